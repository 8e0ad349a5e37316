import PixReadyCore

/// The report formats the byte path writes, and how it puts a row together: the identity cells
/// copied from the input, then the bytes that depend only on the table entry.
///
/// Those bytes are learnt from the formatter itself (a row with an empty identity), so the fast
/// path writes what the formatter would, and checks it against the formatter before trusting it.
enum RowShape: Sendable, Equatable {
  /// `--format csv` with its delimiter.
  case csv(delimiter: UInt8)
  /// `--format jsonl`.
  case jsonLines
  /// `--format json` (records separated by `,\n`).
  case jsonDocument
  /// `--format md|html`: rows write nothing while the run goes (``SilentFormatter``); the byte path
  /// decides them for the observers.
  case silent

  /// The shape of a formatter the byte path knows, `nil` for any other.
  init?(formatter: any ReportFormatter) {
    switch formatter {
    case let csv as CSVReportFormatter:
      guard let delimiter = csv.delimiter.asciiValue else { return nil }
      self = .csv(delimiter: delimiter)
    case is JSONLinesFormatter: self = .jsonLines
    case is JSONDocumentFormatter: self = .jsonDocument
    case is SilentFormatter: self = .silent
    default: return nil
    }
  }

  /// How many report bytes an input byte makes, about, for class files as exported (a JSON row
  /// with its trace is some 6 times its CSV line).
  var expansion: Int {
    switch self {
    case .csv: 3
    case .jsonLines, .jsonDocument: 8
    case .silent: 0
    }
  }

  /// The CSV report's delimiter, `nil` for JSON.
  var outputDelimiter: UInt8? {
    switch self {
    case .csv(let delimiter): delimiter
    case .jsonLines, .jsonDocument, .silent: nil
    }
  }

  /// How the formatter starts a row whose identity is empty, at row 0 and line 0 (index 1).
  private var emptyRowStart: [UInt8] {
    switch self {
    case .csv(let delimiter): [UInt8](repeating: delimiter, count: StudentIdentity.Field.allCases.count - 1)
    case .jsonLines: Array(#"{"row":0,"line":0,"student":{}"#.utf8)
    case .jsonDocument: Array(",\n{\"row\":0,\"line\":0,\"student\":{}".utf8)
    case .silent: []
    }
  }

  /// What follows the identity in `text`, the formatter's row for an empty identity at row 0,
  /// line 0 and index 1; `nil` when the row does not start as expected.
  func suffix(ofEmptyRow text: String) -> [UInt8]? {
    let bytes = Array(text.utf8)
    let start = emptyRowStart
    guard bytes.starts(with: start) else { return nil }
    return Array(bytes[start.count...])
  }

  /// Writes one row: what precedes the identity, each present cell of `cells`, and the outcome's
  /// `suffix`.
  @inline(__always)
  func write<Cells: IdentityCells>(
    row: Int, line: Int, present: UInt8, suffix: UnsafeBufferPointer<UInt8>, cells: Cells,
    to output: inout ByteWriter
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
      if self == .jsonDocument, row > 1 {
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
    if let base = suffix.baseAddress { output.append(base, suffix.count) }
  }

  /// Writes one row whose identity cells are UTF-8 byte ranges of the input (`starts[k]..<ends[k]`),
  /// copied as they are: the row's bytes are reserved at once, then written without more checks.
  @inline(__always)
  func writeCopying(
    row: Int, line: Int, present: UInt8, suffix: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>,
    starts: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>, to output: inout ByteWriter
  ) {
    if self == .silent { return }
    let fieldCount = StudentIdentity.Field.allCases.count
    var identityBytes = 0
    for field in 0..<fieldCount where present & (1 << field) != 0 { identityBytes += ends[field] - starts[field] }
    // Room for the keys and numbers of JSON, and for the words copied past each cell's end.
    var position = output.cursor(reserving: identityBytes + suffix.count + 16 * fieldCount + 64)
    switch self {
    case .csv(let delimiter):
      for field in 0..<fieldCount {
        if field > 0 {
          position.pointee = delimiter
          position += 1
        }
        if present & (1 << field) != 0 {
          position = ByteWriter.copyWords(base + starts[field], ends[field] - starts[field], to: position)
        }
      }
    case .jsonLines, .jsonDocument:
      if self == .jsonDocument, row > 1 {
        position[0] = UInt8(ascii: ",")
        position[1] = UInt8(ascii: "\n")
        position += 2
      }
      position = Self.put("{\"row\":", at: position)
      position = ByteWriter.writeDecimal(row, to: position)
      position = Self.put(",\"line\":", at: position)
      position = ByteWriter.writeDecimal(line, to: position)
      position = Self.put(",\"student\":{", at: position)
      var first = true
      for field in 0..<fieldCount where present & (1 << field) != 0 {
        if !first {
          position.pointee = UInt8(ascii: ",")
          position += 1
        }
        first = false
        position = Self.put(Self.memberPrefix(field), at: position)
        position = ByteWriter.copyWords(base + starts[field], ends[field] - starts[field], to: position)
        position.pointee = UInt8(ascii: "\"")
        position += 1
      }
      position.pointee = UInt8(ascii: "}")
      position += 1
    case .silent:
      break
    }
    if let source = suffix.baseAddress {
      position.update(from: source, count: suffix.count)
      position += suffix.count
    }
    output.advance(to: position)
  }

  @inline(__always)
  private static func put(_ text: StaticString, at position: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>
  {
    position.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    return position + text.utf8CodeUnitCount
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
