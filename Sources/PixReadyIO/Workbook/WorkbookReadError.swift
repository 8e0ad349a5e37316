/// Why a workbook cannot be read, with where: the part of the zip, the sheet, the cell, the line.
public struct WorkbookReadError: Error, Sendable, Equatable {
  /// What went wrong.
  public enum Code: Sendable, Equatable {
    /// The zip archive itself is unreadable or exceeds a limit.
    case archive(ZipArchive.Failure)
    /// A zip that is neither an `.xlsx` nor an `.ods` (no `xl/workbook.xml`, no `content.xml`).
    case notAWorkbook
    /// A part the workbook refers to is missing.
    case missingPart
    /// A part is not well-formed XML, or declares a document type (at ``WorkbookReadError/line``).
    case xml(XMLError.Kind)
    /// The workbook has no sheet.
    case noSheet
    /// The first sheet holds no cell: no header row.
    case emptySheet
    /// A cell's reference (`r="…"`) is not a cell reference.
    case badCellReference
    /// A cell points to a shared string that does not exist.
    case badSharedString
    /// The sheets hold more cells than the limit.
    case tooManyCells(limit: Int)
  }

  /// What went wrong.
  public var code: Code
  /// The part of the zip (`xl/worksheets/sheet1.xml`), when known.
  public var part: String?
  /// The sheet's name, when known.
  public var sheet: String?
  /// The cell, when known.
  public var cell: CellReference?
  /// The line in the part, when known.
  public var line: Int?
  /// The column in the part's line, in characters, when known.
  public var column: Int?
  /// The value at fault (a reference, an index), when there is one.
  public var value: String?

  /// Creates an error.
  public init(
    _ code: Code, part: String? = nil, sheet: String? = nil, cell: CellReference? = nil, line: Int? = nil,
    value: String? = nil
  ) {
    self.code = code
    self.part = part
    self.sheet = sheet
    self.cell = cell
    self.line = line
    self.value = value
  }

  /// The error of an XML failure in `part`.
  init(_ error: XMLError, part: String, sheet: String? = nil) {
    self.init(.xml(error.kind), part: part, sheet: sheet, line: error.line)
    column = error.column
  }
}
