import PixReadyCore

/// How a report format lays out one row, in two parts: what precedes the outcome (the row and
/// line numbers in JSON, then the identity cells), and bytes that depend only on the row's outcome.
///
/// A formatter that has a layout builds its own rows from it (``text(_:index:cells:outcome:)``), and the
/// batch engine writes rows decided from their bytes with the same layout, the identity cells
/// copied from the input and the outcome's bytes asked of the formatter once per outcome: the
/// format is described once, by its formatter.
enum RowLayout: Sendable, Equatable {
  /// `--format csv` with its delimiter.
  case csv(delimiter: UInt8)
  /// `--format jsonl`.
  case jsonLines
  /// `--format json` (records separated by `,\n`).
  case jsonDocument
  /// `--format md|html`: rows write nothing while the run goes (``SilentFormatter``); the byte path
  /// decides them for the observers.
  case silent

  /// How many report bytes an input byte makes, about, for class files as exported (a JSON row
  /// with its trace is some 6 times its CSV line).
  var expansion: Int {
    switch self {
    case .csv: 3
    case .jsonLines, .jsonDocument: 8
    case .silent: 0
    }
  }

  /// The CSV report's delimiter, which identity cells copied as they are must not hold; `nil` otherwise.
  var outputDelimiter: UInt8? {
    switch self {
    case .csv(let delimiter): delimiter
    case .jsonLines, .jsonDocument, .silent: nil
    }
  }

  /// Writes what precedes a row's outcome: its start, then each identity field in `present` (bit
  /// k for field k of `StudentIdentity.Field.allCases`) as `cells` gives it. The formatter then
  /// writes the outcome's bytes; nothing for `.silent`. `index` counts rows written from 0.
  @inline(__always)
  func writeIdentity<Cells: IdentityCells>(
    row: Int, line: Int, index: Int, present: UInt8, cells: Cells, to output: inout ByteWriter
  ) {
    let fieldCount = StudentIdentity.Field.allCases.count
    switch self {
    case .silent:
      return
    case .csv(let delimiter):
      for field in 0..<fieldCount {
        if field > 0 { output.append(delimiter) }
        if present & (1 << field) != 0 { cells.append(field, to: &output) }
      }
    case .jsonLines, .jsonDocument:
      if self == .jsonDocument, index > 0 {
        output.append(UInt8(ascii: ","))
        output.append(UInt8(ascii: "\n"))
      }
      output.append("{\"row\":" as StaticString)
      output.appendDecimal(row)
      output.append(",\"line\":" as StaticString)
      output.appendDecimal(line)
      output.append(",\"student\":{" as StaticString)
      var first = true
      for field in 0..<fieldCount where present & (1 << field) != 0 {
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        output.append(Self.memberPrefix(field))
        cells.append(field, to: &output)
        output.append(UInt8(ascii: "\""))
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// The fields of `student` present, as `writeIdentity` takes them.
  static func present(_ student: StudentIdentity) -> UInt8 {
    var present: UInt8 = 0
    for (index, field) in StudentIdentity.Field.allCases.enumerated() where student[ifPresent: field] != nil {
      present |= 1 << index
    }
    return present
  }

  /// Row `index` (from 0) as its formatter writes it: ``writeIdentity(row:line:index:present:cells:to:)``
  /// with the identity escaped by `cells`, then `outcome`.
  func text<Cells: IdentityCells>(_ diagnosis: RowDiagnosis, index: Int, cells: Cells, outcome: [UInt8]) -> String {
    let buffer = ByteBuffer(capacity: 256 + outcome.count)
    var output = ByteWriter(buffer)
    writeIdentity(
      row: diagnosis.row, line: diagnosis.line, index: index, present: Self.present(diagnosis.student), cells: cells,
      to: &output)
    output.append(outcome)
    output.commit()
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// `"name":"` for the identity field at `field`, as `JSONText` writes the key (literals, so that
  /// writing one reads no global; a test checks them against the field names).
  @inline(__always)
  static func memberPrefix(_ field: Int) -> StaticString {
    switch StudentIdentity.Field.allCases[field] {
    case .ine: "\"ine\":\""
    case .nom: "\"nom\":\""
    case .prenom: "\"prenom\":\""
    case .dateNaissance: "\"date_naissance\":\""
    case .classe: "\"classe\":\""
    }
  }
}

/// A report formatter with a ``RowLayout``: its rows are the layout's start and identity, then
/// ``outcomeBytes(_:)``.
protocol LaidOutFormatter: ReportFormatter {
  /// The layout of its rows.
  var rowLayout: RowLayout { get }
  /// The bytes after the identity of a row with `diagnosis`'s outcome (they do not depend on who
  /// the row is, nor on its row and line numbers).
  func outcomeBytes(_ diagnosis: RowDiagnosis) -> [UInt8]
}
