// The CSV reader and the batch engine: one worker decoding every row and several workers deciding
// rows from their bytes must give the same bytes, the same summary and the same observed rows, or
// refuse the file the same way. The whole input is the class file (so fixtures are seeds as they
// are); its length chooses the report format, the language, the common answers, the block size,
// whether the report hides identities behind pseudonyms and whether rows are observed (as the
// Markdown and HTML reports and the SIECLE cross-check do). Inputs of which the 1024 bit of the
// length is set also go through the whole `check` run twice, every row decoded and rows decided from
// their bytes (compact rows for the document and the cross-check): the same report, the same
// console, the same outcome, for Markdown or HTML, with or without SIECLE and pseudonyms.
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

/// The SIECLE export of the check runs: a test fixture of eight students.
let siecleExport = FuzzDriver.root + "/Tests/PixReadyIOTests/Fixtures/siecle/eleves-iso-8859-15.xml"

/// What a `check` run of `input` writes and says, and its summary (compared as a value: its
/// dictionaries may print in any order), every row decoded or not.
func check(_ input: [UInt8], _ selector: UInt8, anonymized: Bool, decodesEveryRow: Bool) -> (String, BatchSummary?) {
  let plan = CheckPlan(
    input: "classe.csv", format: selector & 1 == 0 ? .md : .html,
    pseudonymKey: anonymized ? Array("clé".utf8) : nil,
    siecle: selector & 2 == 0 ? nil : CheckPlan.Siecle(path: siecleExport, scope: .rosterDivisions),
    tree: tree, language: selector & 8 == 0 ? .fr : .en, generatedAt: "2026-11-24T10:00:00Z", currentYear: 2026,
    workers: 2, decodesEveryRow: decodesEveryRow)
  var said = ""
  let console = RunConsole(say: { said += $0 }, fail: { said += "failed: \($0.message(in: .en))\n" })
  var output = Sink()
  let outcome = try? CheckRun(plan: plan).run(
    standardOutput: &output, console: console, openInput: { _ throws(CSVInputError) in .memory(input) })
  var summary: BatchSummary?
  var ending = "no outcome"
  switch outcome {
  case .finished(let finished, let findings)?:
    summary = finished
    ending = "finished, findings: \(findings)"
  case .refused?: ending = "refused"
  case .writeFailed?: ending = "write failed"
  case nil: break
  }
  return (String(decoding: output.bytes, as: UTF8.self) + "\n-- said:\n" + said + "\n-- " + ending, summary)
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
  if input.count & 1024 != 0 {
    let anonymized = input.count & 256 != 0
    let reference = check(input, selector, anonymized: anonymized, decodesEveryRow: true)
    let bytePath = check(input, selector, anonymized: anonymized, decodesEveryRow: false)
    FuzzDriver.require(reference.0 == bytePath.0, "the check runs wrote or said different things")
    FuzzDriver.require(reference.1 == bytePath.1, "the check runs gave different summaries")
  }
}
