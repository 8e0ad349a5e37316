import PixReadyCore
import PixReadyIO

/// The class file `check` reads: CSV text, or a workbook (`.xlsx`, `.ods`) read directly.
enum CheckInput {
  /// A CSV file, read as a stream (and by the parallel fast path when it applies).
  case csv(CSVFileReader)
  /// The first sheet of a workbook, with the school sheet's answers.
  case workbook(WorkbookRecordSource, kind: Workbook.Kind)

  /// The largest workbook file read: the limit of an extracted zip entry.
  static let maximumWorkbookBytes = ZipArchive.Limits.standard.maximumUncompressedSize

  /// Opens `path`: a zip is read as a workbook, anything else as CSV.
  ///
  /// - Returns: the input, or the sentence saying why it cannot be used.
  /// - Parameter bytes: opens the bytes of `path` (`-` for standard input).
  static func open(
    _ path: String, encoding: CSVEncoding?, tree: ValidatedTree, language: Language,
    bytes: (String) throws(CSVInputError) -> ByteInput
  ) -> Result<CheckInput, Refusal> {
    do {
      let reader = try CSVFileReader(input: try bytes(path), path: path, encoding: encoding)
      return .success(.csv(reader))
    } catch .notText(path, .zipWorkbook) where path != "-" {
      return openWorkbook(path, tree: tree, language: language)
    } catch {
      return .failure(Refusal(message: error.message(in: language)))
    }
  }

  /// Why the input cannot be used.
  struct Refusal: Error {
    /// The sentence.
    var message: String
  }

  private static func openWorkbook(
    _ path: String, tree: ValidatedTree, language: Language
  ) -> Result<CheckInput, Refusal> {
    let messages = WorkbookMessages(language: language)
    let bytes: [UInt8]
    do {
      let read = try FileReader.read(path: path, maximum: maximumWorkbookBytes)
      guard read.complete else {
        let failure = ZipArchive.Failure.entryTooLarge(name: path, size: read.bytes.count, limit: maximumWorkbookBytes)
        return .failure(Refusal(message: messages.message(WorkbookReadError(.archive(failure)), path: path)))
      }
      bytes = read.bytes
    } catch {
      return .failure(
        Refusal(message: CSVInputError.cannotOpen(path: path, reason: error.reason).message(in: language)))
    }
    do {
      let workbook = try Workbook.read(bytes: bytes)
      return .success(.workbook(try WorkbookRecordSource(workbook: workbook, tree: tree), kind: workbook.kind))
    } catch {
      return .failure(Refusal(message: messages.message(error, path: path)))
    }
  }

  /// The header record.
  var header: SourceRecord? {
    switch self {
    case .csv(let reader): reader.header
    case .workbook(let source, _): source.header
    }
  }

  /// The delimiter's name for messages; `nil` for a workbook.
  var delimiterName: String? {
    switch self {
    case .csv(let reader): reader.dialect.delimiterName
    case .workbook: nil
    }
  }
}
