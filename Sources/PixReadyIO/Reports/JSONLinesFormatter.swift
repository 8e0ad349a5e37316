import PixReadyCore

/// `--format jsonl`: one JSON object per input row, in input order.
public struct JSONLinesFormatter: ReportFormatter {
  let context: ReportContext

  /// Creates the formatter.
  public init(context: ReportContext) {
    self.context = context
  }

  /// Nothing before the rows.
  public func header() -> String { "" }

  /// `{"row","line","student","verdict","steps","pending","error","trace"}` and a line break: the
  /// start and identity of ``RowLayout``, then the outcome's members.
  public func row(_ diagnosis: RowDiagnosis, index: Int) -> String {
    rowLayout.text(
      diagnosis, index: index, cells: JSONCells(student: diagnosis.student), outcome: outcomeBytes(diagnosis))
  }

  /// After the rows, one `{"warning": {…}}` line per warning (only with `--siecle`).
  public func footer(_ summary: BatchSummary) -> String {
    summary.warnings.map { "{\"warning\":" + Self.warning($0) + "}\n" }.joined()
  }

  /// A warning as a JSON object: code, row, line, student, message.
  static func warning(_ warning: ReportWarning) -> String {
    JSONText.object([
      ("code", JSONText.string(warning.code)), ("row", warning.row.map(String.init) ?? "null"),
      ("line", warning.line.map(String.init) ?? "null"), ("student", student(warning.student)),
      ("message", JSONText.string(warning.message)),
    ])
  }

  private static func student(_ identity: StudentIdentity) -> String {
    JSONText.object(
      StudentIdentity.Field.allCases.compactMap { field in
        identity[ifPresent: field].map { (field.rawValue, JSONText.string($0)) }
      })
  }

  /// The members of a row's object after its identity (`,"verdict":…,"trace":[…]}`), shared with
  /// the JSON document format.
  static func outcomeMembers(_ diagnosis: RowDiagnosis, context: ReportContext) -> String {
    var pending = "null"
    var error = "null"
    switch diagnosis.status {
    case .verdict: break
    case .pending(let fact): pending = JSONText.string(fact)
    case .error(let rowError):
      // A workbook's rows also name the cell (`"cell": "Élèves!F12"`); CSV rows have their line.
      error = JSONText.object(
        [("code", JSONText.string(rowError.code.rawValue)), ("column", JSONText.string(rowError.column))]
          + (rowError.cell.map { [("cell", JSONText.string($0))] } ?? []) + [
            ("value", JSONText.string(rowError.value)),
            ("message", JSONText.string(BatchMessages(language: context.language).rowError(rowError))),
            ("cells", "[" + rowError.cells.map(cell).joined(separator: ",") + "]"),
          ])
    }
    let trace =
      "["
      + diagnosis.trace.map { entry in
        JSONText.object([("fact", JSONText.string(entry.fact)), ("answer", answer(entry.answer, fact: entry.fact))])
      }.joined(separator: ",") + "]"
    let members = JSONText.object([
      ("verdict", JSONText.string(diagnosis.status.word)), ("steps", JSONText.strings(diagnosis.steps.map(\.id))),
      ("pending", pending), ("error", error), ("trace", trace),
    ])
    return "," + members.dropFirst()
  }

  /// One bad cell of a rejected row: where, what, the likely fix (`null` when none is close) and what is accepted.
  private static func cell(_ cell: RowError.Cell) -> String {
    JSONText.object([
      ("code", JSONText.string(cell.code.rawValue)), ("column", JSONText.string(cell.column)),
      ("value", JSONText.string(cell.value)), ("suggestion", cell.suggestion.map(JSONText.string) ?? "null"),
      ("accepted", JSONText.strings(cell.accepted)),
    ])
  }

  private static func answer(_ answer: Answer, fact: String) -> String {
    switch answer {
    case .value(let value): return JSONText.string(value)
    case .values(let values): return JSONText.strings(values.sorted())
    case .unknown: return "null"
    }
  }
}

extension JSONLinesFormatter: LaidOutFormatter {
  var rowLayout: RowLayout { .jsonLines }

  /// The outcome's members and the line break.
  func outcomeBytes(_ diagnosis: RowDiagnosis) -> [UInt8] {
    Array((Self.outcomeMembers(diagnosis, context: context) + "\n").utf8)
  }
}

/// Identity cells as the text of JSON strings (between the quotes ``RowLayout`` writes).
struct JSONCells: IdentityCells {
  /// The identity.
  let student: StudentIdentity

  func append(_ field: Int, to output: inout ByteWriter) {
    output.append(String(JSONText.string(student[StudentIdentity.Field.allCases[field]]).dropFirst().dropLast()))
  }
}
