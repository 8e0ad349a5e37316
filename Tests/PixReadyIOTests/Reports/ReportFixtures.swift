import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// Builds report documents from the example class (the golden reports: `Golden`).
enum ReportFixtures {
  /// The fixed date of every golden report.
  static let generatedAt = "2026-11-24T10:00:00Z"
  /// The key of the anonymised golden report.
  static let goldenKey = Array("pixready-golden-key".utf8)

  /// The rows of `Examples/classe-2nde.csv`, diagnosed with the shipped tree.
  static func exampleRows(commonAnswers: Answers = [:]) throws -> (rows: [RowDiagnosis], summary: BatchSummary) {
    let tree = try IOTestSupport.shippedTree()
    let bytes = try Data(contentsOf: IOTestSupport.packageRoot.appendingPathComponent("Examples/classe-2nde.csv"))
    let file = try ClassFile.open("classe-2nde.csv", tree: tree) { _ in .memory(Array(bytes)) }.get()
    let columns = file.columns(for: tree)
    let context = ReportContext(tree: tree, language: .fr, sourceName: "classe-2nde.csv", generatedAt: generatedAt)
    let run = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: commonAnswers),
      formatter: JSONLinesFormatter(context: context))
    var sink = ""
    var rows: [RowDiagnosis] = []
    let summary = try run.run(file.batchInput, to: &sink, observe: { rows.append($0) })
    return (rows, summary)
  }

  /// The document of the example class.
  static func exampleDocument(
    language: Language = .fr, pseudonymizer: Pseudonymizer? = nil, commonAnswers: Answers = [:]
  ) throws -> ReportDocument {
    let (rows, summary) = try exampleRows(commonAnswers: commonAnswers)
    let context = ReportContext(
      tree: try IOTestSupport.shippedTree(), language: language, sourceName: "Examples/classe-2nde.csv",
      generatedAt: generatedAt)
    var document = ReportDocument(context: context, pseudonymizer: pseudonymizer)
    for row in rows { document.add(row) }
    document.complete(with: summary)
    return document
  }

  /// The raw text of the example class file.
  static func exampleText() throws -> String {
    try String(
      contentsOf: IOTestSupport.packageRoot.appendingPathComponent("Examples/classe-2nde.csv"), encoding: .utf8)
  }
}
