import Foundation
import PixReadyCore

/// `--format csv`: identity columns, then the columns people read (the result as ``RowCategory``
/// names it, step titles, pending question, error message), then those for scripts (the verdict
/// word and the step ids, a contract).
///
/// `;`-separated UTF-8 with a byte-order mark by default, so that Excel in French opens it as is.
public struct CSVReportFormatter: ReportFormatter {
  let context: ReportContext
  let delimiter: Character
  let byteOrderMark: Bool

  /// Creates the formatter; `delimiter` is an ASCII character (`;`, `,` or a tab).
  public init(context: ReportContext, delimiter: Character = ";", byteOrderMark: Bool = true) {
    precondition(delimiter.isASCII, "a CSV report's delimiter is an ASCII character")
    self.context = context
    self.delimiter = delimiter
    self.byteOrderMark = byteOrderMark
  }

  /// The header line (after the byte-order mark).
  public func header() -> String {
    let fr = context.language == .fr
    let columns =
      StudentIdentity.Field.allCases.map(\.rawValue)
      + (fr
        ? ["resultat", "titres_etapes", "question_en_attente", "erreur", "verdict", "etapes"]
        : ["result", "step_titles", "pending_question", "error", "verdict", "steps"])
    return (byteOrderMark ? "\u{FEFF}" : "") + line(columns)
  }

  /// One line per row: the identity cells (``RowLayout``), then the outcome's columns.
  public func row(_ diagnosis: RowDiagnosis, index: Int) -> String {
    rowLayout.text(diagnosis, index: index, cells: Cells(student: diagnosis.student), outcome: outcomeBytes(diagnosis))
  }

  /// After the rows, one line per warning (only with `--siecle`): identity, « Avertissement », the
  /// message in the error column, `warning` and the warning's code in the script columns.
  public func footer(_ summary: BatchSummary) -> String {
    let word = context.language == .fr ? "Avertissement" : "Warning"
    return summary.warnings.map { warning in
      line(
        StudentIdentity.Field.allCases.map { warning.student[$0] } + [
          word, "", "", warning.message, "warning", warning.code,
        ])
    }.joined()
  }

  private func line(_ fields: [String]) -> String {
    Self.line(fields, delimiter: delimiter)
  }

  /// One CSV line (RFC 4180 quoting when needed), ending with CRLF for Excel.
  ///
  /// A field is quoted when one of its bytes is a common separator (`;`, `,` or a tab, whatever the
  /// delimiter: LibreOffice's default import splits on several of them), a quote or a line break
  /// (checked on bytes: a `\r\n` or a delimiter followed by a combining mark is one `Character`,
  /// yet still needs quotes).
  ///
  /// A cell starting with `=`, `+`, `-` or `@` gets a leading `'`, so that a spreadsheet shows it as
  /// text instead of running it as a formula (a « name » such as `=HYPERLINK(…)`).
  static func line(_ fields: [String], delimiter: Character) -> String {
    var text = ""
    for (index, cell) in fields.enumerated() {
      if index > 0 { text.append(delimiter) }
      text += field(cell)
    }
    return text + "\r\n"
  }

  /// One cell as a CSV line holds it: after `'` when it starts like a formula, quoted when needed.
  static func field(_ cell: String) -> String {
    let field = cell.utf8.first.map(startsFormula) == true ? "'" + cell : cell
    guard field.utf8.contains(where: quotedBytes.contains) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The bytes that make a cell quoted: the common separators, the quote and line breaks.
  static let quotedBytes: Set<UInt8> = [
    UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: "\""), UInt8(ascii: "\n"),
    UInt8(ascii: "\r"),
  ]

  /// Whether a spreadsheet reads a cell starting with `byte` as a formula: `=`, `+`, `-` or `@`
  /// (compared, not hashed: it is asked for every identity cell of every row).
  @inline(__always)
  static func startsFormula(_ byte: UInt8) -> Bool {
    byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40
  }
}

extension CSVReportFormatter: LaidOutFormatter {
  /// The identity cells separated by the delimiter.
  var rowLayout: RowLayout { .csv(delimiter: delimiter.asciiValue ?? UInt8(ascii: ";")) }

  /// The delimiter, then the columns after the identity, and the line break.
  func outcomeBytes(_ diagnosis: RowDiagnosis) -> [UInt8] {
    var pending = ""
    var error = ""
    switch diagnosis.status {
    case .verdict: break
    case .pending(let fact):
      pending = context.tree.questionText(of: fact, node: diagnosis.pendingNode, in: context.language)
    case .error(let rowError): error = BatchMessages(language: context.language).rowError(rowError)
    }
    let columns = [
      RowCategory(diagnosis.status).name(in: context.language),
      diagnosis.steps.map { $0.title.text(in: context.language) }.joined(separator: " | "), pending, error,
      diagnosis.status.word, diagnosis.steps.map(\.id).joined(separator: ", "),
    ]
    return Array((String(delimiter) + line(columns)).utf8)
  }

  /// Identity cells as CSV fields.
  private struct Cells: IdentityCells {
    let student: StudentIdentity

    func append(_ field: Int, to output: inout ByteWriter) {
      output.append(CSVReportFormatter.field(student[StudentIdentity.Field.allCases[field]]))
    }
  }
}
