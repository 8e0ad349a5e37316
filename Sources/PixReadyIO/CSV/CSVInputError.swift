/// Why a class file cannot be used at all. Nothing is written when one of these is thrown.
public enum CSVInputError: Error, Sendable, Equatable {
  /// The file cannot be opened.
  case cannotOpen(path: String, reason: String)
  /// Reading failed midway.
  case readFailed(path: String, reason: String)
  /// The file holds no line of text.
  case empty(path: String)
  /// The file is a spreadsheet or other binary file, not CSV text.
  case notText(path: String, kind: BinaryKind)
  /// The file is UTF-16 (« Texte Unicode » in Excel), which this reader does not take.
  case utf16(path: String)
  /// A single record is larger than the reader accepts: most likely a quote never closed.
  case recordTooLong(path: String, line: Int, limit: Int)
  /// A quote opened on this line is never closed: the rest of the file would be one cell.
  case unterminatedQuote(path: String, line: Int)
  /// A record has more fields than the reader accepts (`limit`, Excel's column count).
  case tooManyFields(path: String, line: Int, limit: Int)

  /// What a binary file looks like.
  public enum BinaryKind: String, Sendable, Equatable {
    /// An Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods): a zip archive.
    case zipWorkbook = "xlsx"
    /// An old Excel workbook (.xls).
    case legacyWorkbook = "xls"
    /// Other binary data (NUL bytes).
    case binary
  }

  /// The file concerned.
  public var path: String {
    switch self {
    case .cannotOpen(let path, _), .readFailed(let path, _), .empty(let path), .notText(let path, _),
      .utf16(let path), .recordTooLong(let path, _, _), .unterminatedQuote(let path, _), .tooManyFields(let path, _, _):
      path
    }
  }
}
