import PixReadyCore

/// A class file opened and its columns mapped: the one way `check`, `diff --on` and the tests read
/// a class spreadsheet.
///
/// A zip is read as a workbook (`.xlsx`, `.ods`: first sheet, school answers from the
/// « Établissement » sheet); anything else as CSV text, streamed.
public struct ClassFile {
  /// Where the records come from.
  public enum Records {
    /// A CSV file, read as a stream (and by blocks in the batch engine).
    case csv(CSVFileReader)
    /// The first sheet of a workbook, with the school sheet's answers.
    case workbook(WorkbookRecordSource, kind: Workbook.Kind)
  }

  /// Why a class file cannot be used: a problem of the whole run, whose sentence names the file.
  public enum Refusal: Problem, Equatable {
    /// The file cannot be opened or is not CSV text.
    case csv(CSVInputError)
    /// The file is a zip but not a workbook that can be read.
    case workbook(WorkbookReadError, path: String)

    /// The code of the error refused on.
    public var code: String {
      switch self {
      case .csv(let error): error.code
      case .workbook: "unreadable-workbook"
      }
    }

    /// The sentence in `language`, naming the file (and the sheet, cell or part of a workbook).
    public func message(in language: Language) -> String {
      switch self {
      case .csv(let error): error.message(in: language)
      case .workbook(let error, let path): WorkbookMessages(language: language).message(error, path: path)
      }
    }
  }

  /// The path read (`-` for standard input).
  public let path: String
  /// The records after the header.
  public var records: Records
  /// The header record.
  public let header: SourceRecord
  /// The column names as written (``ColumnMap`` trims them as it matches them).
  public var headers: [String] { header.fields }

  /// The largest workbook file read: the limit of an extracted zip entry.
  public static let maximumWorkbookBytes = ZipArchive.Limits.standard.maximumUncompressedSize

  /// Opens `path` and reads its header.
  ///
  /// - Parameters:
  ///   - encoding: the CSV encoding forced by the user; detected when `nil`.
  ///   - tree: the tree whose school answers a workbook's « Établissement » sheet holds.
  ///   - bytes: opens the bytes of `path` (`-` for standard input).
  /// - Returns: the file, or why it cannot be used.
  public static func open(
    _ path: String, encoding: CSVEncoding? = nil, tree: ValidatedTree,
    bytes: (String) throws(CSVInputError) -> ByteInput
  ) -> Result<ClassFile, Refusal> {
    do throws(CSVInputError) {
      let reader = try CSVFileReader(input: try bytes(path), path: path, encoding: encoding)
      // The reader refuses a file with no line at all, so a header is always there.
      guard let header = reader.header else { throw .empty(path: path) }
      return .success(ClassFile(path: path, records: .csv(reader), header: header))
    } catch .notText(path, .zipWorkbook) where path != "-" {
      return openWorkbook(path, tree: tree)
    } catch {
      return .failure(.csv(error))
    }
  }

  private init(path: String, records: Records, header: SourceRecord) {
    self.path = path
    self.records = records
    self.header = header
  }

  private static func openWorkbook(_ path: String, tree: ValidatedTree) -> Result<
    ClassFile, Refusal
  > {
    let bytes: [UInt8]
    do {
      let read = try FileReader.read(path: path, maximum: maximumWorkbookBytes)
      guard read.complete else {
        let failure = ZipArchive.Failure.entryTooLarge(name: path, size: read.bytes.count, limit: maximumWorkbookBytes)
        return .failure(.workbook(WorkbookReadError(.archive(failure)), path: path))
      }
      bytes = read.bytes
    } catch {
      return .failure(.csv(.cannotOpen(path: path, reason: error.reason)))
    }
    do {
      let workbook = try Workbook.read(bytes: bytes)
      let source = try WorkbookRecordSource(workbook: workbook, tree: tree)
      return .success(ClassFile(path: path, records: .workbook(source, kind: workbook.kind), header: source.header))
    } catch {
      return .failure(.workbook(error, path: path))
    }
  }

  /// The file's columns matched to `tree`'s facts and the identity fields.
  public func columns(for tree: ValidatedTree) -> ColumnMap {
    ColumnMap(headers: headers, tree: tree)
  }

  /// The delimiter's name for messages; `nil` for a workbook.
  public var delimiterName: String? {
    switch records {
    case .csv(let reader): reader.dialect.delimiterName
    case .workbook: nil
    }
  }

  /// Whether the file is a class rather than a school: a CSV file under 64 KiB, a workbook
  /// of under 1,000 rows. Its rows are then walked through the tree one by one, which for so few
  /// rows is faster than compiling the tree's table first (the same diagnoses either way).
  public var isSmall: Bool {
    switch records {
    case .csv(let reader): reader.isSmall
    case .workbook(let source, _): source.rowCount < 1_000
    }
  }

  /// The records as the batch engine reads them: a CSV file by blocks, a workbook's rows one by one.
  public var batchInput: BatchInput {
    switch records {
    case .csv(let reader): .csv(reader)
    case .workbook(let source, _): .records(source)
    }
  }

  /// Calls `body` with the records after the header, whatever the file's kind.
  public mutating func withRecords<Result>(_ body: (inout any RecordSource) throws -> Result) rethrows -> Result {
    var source: any RecordSource
    switch records {
    case .csv(let reader): source = reader
    case .workbook(let workbook, _): source = workbook
    }
    defer {
      switch (records, source) {
      case (.csv, let reader as CSVFileReader): records = .csv(reader)
      case (.workbook(_, let kind), let workbook as WorkbookRecordSource): records = .workbook(workbook, kind: kind)
      default: break
      }
    }
    return try body(&source)
  }

  /// `Lu : …` on standard error after the run: what was read (encoding, delimiter or sheet) and the
  /// columns ignored.
  func readLine(ignored: [String], language: Language) -> String {
    let messages = CheckMessages(language: language)
    switch records {
    case .csv(let reader):
      return messages.readLine(
        path, dialect: reader.dialect, switchLine: reader.encodingSwitchLine, ignored: ignored)
    case .workbook(let source, let kind):
      return messages.readWorkbook(path, source: source, kind: kind, ignored: ignored)
    }
  }
}
