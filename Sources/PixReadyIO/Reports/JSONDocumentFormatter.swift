import PixReadyCore

/// `--format json`: one document with the tree, the records and the summary.
public struct JSONDocumentFormatter: ReportFormatter {
  let context: ReportContext

  /// Creates the formatter.
  public init(context: ReportContext) {
    self.context = context
  }

  /// `{"tree": …, "source": …, "generatedAt": …, "anonymized": …, "records": [`
  public func header() -> String {
    let identity = context.tree.identity
    let tree = JSONText.object([
      ("id", JSONText.string(identity.id)), ("version", JSONText.string(identity.version)),
      ("contentHash", JSONText.string(identity.contentHash)),
    ])
    return "{\"tree\":\(tree),\"source\":\(JSONText.string(context.sourceName)),"
      + "\"generatedAt\":\(JSONText.string(context.generatedAt)),\"anonymized\":\(context.anonymized),"
      + "\"records\":[\n"
  }

  /// One record, with a comma before every record but the first (``RowLayout``).
  public func row(_ diagnosis: RowDiagnosis, index: Int) -> String {
    rowLayout.text(
      diagnosis, index: index, cells: JSONCells(student: diagnosis.student), outcome: outcomeBytes(diagnosis))
  }

  /// `], "summary": {…}}`
  public func footer(_ summary: BatchSummary) -> String {
    "\n],\"summary\":" + Self.summary(summary) + "}\n"
  }

  /// The summary as a JSON object.
  static func summary(_ summary: BatchSummary) -> String {
    let verdicts = JSONText.object(Verdict.allCases.map { ($0.rawValue, String(summary.verdicts[$0] ?? 0)) })
    let pending = JSONText.object(summary.pending.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
    return JSONText.object([
      ("rows", String(summary.rows)), ("verdicts", verdicts), ("pending", String(summary.pendingCount)),
      ("pendingByFact", pending), ("errors", String(summary.errors)),
      ("schoolSteps", JSONText.strings(summary.schoolSteps.map(\.id))),
      ("warnings", "[" + summary.warnings.map(JSONLinesFormatter.warning).joined(separator: ",") + "]"),
    ])
  }
}

extension JSONDocumentFormatter: LaidOutFormatter {
  var rowLayout: RowLayout { .jsonDocument }

  /// The outcome's members.
  func outcomeBytes(_ diagnosis: RowDiagnosis) -> [UInt8] {
    Array(JSONLinesFormatter.outcomeMembers(diagnosis, context: context).utf8)
  }
}
