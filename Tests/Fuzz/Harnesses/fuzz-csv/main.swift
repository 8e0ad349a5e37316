// The CSV reader and the batch engine: one worker decoding every row and several workers deciding
// rows from their bytes must give the same bytes, the same summary and the same observed rows, or
// refuse the file the same way. The whole input is the class file (so fixtures are seeds as they
// are); its length chooses the report format, the language, the common answers, the block size,
// whether the report hides identities behind pseudonyms and whether rows are observed (as the
// Markdown and HTML reports and the SIECLE cross-check do).
import Foundation
import FuzzDriver
import PixReadyCore
import PixReadyIO

let tree = FuzzDriver.shippedTree()

/// Collects what is written.
final class Sink: ByteOutputStream {
  var bytes: [UInt8] = []
  func write(_ string: String) { bytes += string.utf8 }
  func write(bytes: UnsafeRawBufferPointer) { self.bytes += bytes }
}

func formatter(_ selector: UInt8) -> any ReportFormatter {
  let context = ReportContext(
    tree: tree, language: selector & 8 == 0 ? .fr : .en, sourceName: "classe.csv",
    generatedAt: "2026-11-24T10:00:00Z")
  switch selector % 4 {
  case 0: return CSVReportFormatter(context: context)
  case 1: return CSVReportFormatter(context: context, delimiter: "\t", byteOrderMark: false)
  case 2: return JSONLinesFormatter(context: context)
  default: return JSONDocumentFormatter(context: context)
  }
}

/// Diagnosers by header and common answers: building one compiles the tree's table (mutated
/// inputs mostly keep their header).
nonisolated(unsafe) var diagnosers: [String: BatchDiagnoser] = [:]

func diagnoser(headers: [String], _ selector: UInt8) -> BatchDiagnoser {
  let key = headers.joined(separator: "\u{0}") + (selector & 16 == 0 ? "" : "\u{1}")
  if let known = diagnosers[key] { return known }
  let answers: Answers = selector & 16 == 0 ? [:] : ["siecleImported": .value("yes")]
  let diagnoser = BatchDiagnoser(tree: tree, columns: ColumnMap(headers: headers, tree: tree), commonAnswers: answers)
  if diagnosers.count >= 256 { diagnosers.removeAll() }
  diagnosers[key] = diagnoser
  return diagnoser
}

func batch(_ bytes: [UInt8], _ selector: UInt8, context: BatchContext) -> Result<
  (BatchEngine, CSVFileReader), CSVInputError
> {
  do {
    // Small chunks: inputs are at most 16 KiB, so that a record also meets chunk boundaries.
    let reader = try CSVFileReader(input: .memory(bytes), path: "classe.csv", chunkSize: 1 << 12)
    let headers = reader.header?.fields.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
    let diagnoser = diagnoser(headers: headers, selector)
    return .success((BatchEngine(diagnoser: diagnoser, formatter: formatter(selector), context: context), reader))
  } catch {
    return .failure(error)
  }
}

FuzzDriver.run { input in
  let selector = UInt8(truncatingIfNeeded: input.count)
  let bytes = input
  let pseudonymizer = input.count & 256 == 0 ? nil : Pseudonymizer(key: Array("clé".utf8))
  let reference = BatchContext(workers: 1, blockSize: 1 << 14, decodesEveryRow: true, pseudonymizer: pseudonymizer)
  let parallel = BatchContext(workers: 2, blockSize: 64 << Int(selector >> 5), pseudonymizer: pseudonymizer)
  guard case .success(let (slowRun, slowReader)) = batch(bytes, selector, context: reference),
    case .success(let (fastRun, fastReader)) = batch(bytes, selector, context: parallel)
  else { return }
  let observes = input.count & 512 != 0
  var slowRows: [RowDiagnosis] = []
  var fastRows: [RowDiagnosis] = []
  let slow = Sink()
  var slowOutput = slow
  let slowResult = Result {
    try slowRun.run(.csv(slowReader), to: &slowOutput, observe: observes ? { slowRows.append($0) } : nil)
  }
  var fastOutput = Sink()
  let fastResult = Result {
    try fastRun.run(.csv(fastReader), to: &fastOutput, observe: observes ? { fastRows.append($0) } : nil)
  }
  switch (slowResult, fastResult) {
  case (.success(let slowSummary), .success(let fastSummary)):
    FuzzDriver.require(slow.bytes == fastOutput.bytes, "the two runs wrote different bytes")
    FuzzDriver.require(slowSummary == fastSummary, "the two runs gave different summaries")
    FuzzDriver.require(slowRows == fastRows, "the two runs handed observers different rows")
  case (.failure(let slowError), .failure(let fastError)):
    FuzzDriver.require(
      (slowError as? CSVInputError) == (fastError as? CSVInputError), "different errors: \(slowError) / \(fastError)")
  case (.success, .failure(let error)), (.failure(let error), .success):
    FuzzDriver.require(false, "one run failed, the other did not: \(error)")
  }
}
