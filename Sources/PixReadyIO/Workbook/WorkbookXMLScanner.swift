/// A small pull tokenizer for the XML parts of a workbook: start and end tags with their
/// attributes, and text with the five predefined entities and character references decoded.
///
/// Pure Swift over bytes, never recursive, and it never crashes on hostile input: anything it
/// does not understand is a ``Failure`` with its line. A `<!DOCTYPE` is refused (workbooks have
/// none, and without one no entity can be declared). Names lose their namespace prefix
/// (`table:table-cell` is `table-cell`). Kept behind this small interface so that the project's
/// shared streaming XML reader can replace it.
struct WorkbookXMLScanner {
  /// One token.
  enum Event: Equatable {
    /// `<name a="1">`, or the first half of `<name/>`.
    case start(name: String, attributes: [String: String])
    /// `</name>`, or the second half of `<name/>`.
    case end(name: String)
    /// Character data (CDATA included), decoded.
    case text(String)
  }

  /// Why the part cannot be read.
  enum Failure: Error, Equatable {
    /// The bytes are not well-formed XML here.
    case malformed(line: Int)
    /// The part declares a document type.
    case doctype(line: Int)
  }

  private let bytes: [UInt8]
  private var index = 0
  private var pendingEnd: String?

  /// Starts at the beginning of `bytes` (a UTF-8 byte-order mark is skipped).
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  /// The next token, `nil` at the end.
  mutating func next() throws(Failure) -> Event? {
    if let name = pendingEnd {
      pendingEnd = nil
      return .end(name: name)
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else { return .text(try text()) }
      if let event = try markup() { return event }
    }
    return nil
  }

  /// The line of the current position, from 1, for messages.
  var line: Int { 1 + bytes[..<min(index, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

  private func failure() -> Failure { .malformed(line: line) }

  private mutating func text() throws(Failure) -> String {
    let start = index
    while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
    guard let text = Self.decode(bytes[start..<index]) else { throw failure() }
    return text
  }

  /// A tag, or `nil` for what yields no token (comment, processing instruction).
  private mutating func markup() throws(Failure) -> Event? {
    if starts("<!--") { return try skip(past: "-->") }
    if starts("<?") { return try skip(past: "?>") }
    if starts("<![CDATA[") {
      let start = index + 9
      guard let end = find("]]>", from: start) else { throw failure() }
      index = end + 3
      return .text(String(decoding: bytes[start..<end], as: UTF8.self))
    }
    if starts("<!") { throw starts("<!DOCTYPE") ? Failure.doctype(line: line) : failure() }
    index += 1
    if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
      index += 1
      let name = self.name()
      skipSpaces()
      guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw failure() }
      index += 1
      return .end(name: name)
    }
    let name = self.name()
    guard !name.isEmpty else { throw failure() }
    var attributes: [String: String] = [:]
    while true {
      skipSpaces()
      guard index < bytes.count else { throw failure() }
      switch bytes[index] {
      case UInt8(ascii: ">"):
        index += 1
        return .start(name: name, attributes: attributes)
      case UInt8(ascii: "/"):
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw failure() }
        index += 2
        pendingEnd = name
        return .start(name: name, attributes: attributes)
      default:
        let (key, value) = try attribute()
        attributes[key] = value
      }
    }
  }

  private mutating func attribute() throws(Failure) -> (String, String) {
    let key = name()
    skipSpaces()
    guard !key.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw failure() }
    index += 1
    skipSpaces()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
      throw failure()
    }
    let quote = bytes[index]
    let start = index + 1
    index = start
    while index < bytes.count, bytes[index] != quote {
      if bytes[index] == UInt8(ascii: "<") { throw failure() }
      index += 1
    }
    guard index < bytes.count else { throw failure() }
    guard let value = Self.decode(bytes[start..<index]) else { throw failure() }
    index += 1
    return (key, value)
  }

  /// A name without its namespace prefix.
  private mutating func name() -> String {
    let start = index
    var local = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
      {
        break
      }
      if byte == UInt8(ascii: ":") { local = index + 1 }
      index += 1
    }
    return start == index ? "" : String(decoding: bytes[local..<index], as: UTF8.self)
  }

  private mutating func skipSpaces() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  private func starts(_ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != prefix.utf8Start[offset] { return false }
    return true
  }

  private func find(_ marker: StaticString, from start: Int) -> Int? {
    let count = marker.utf8CodeUnitCount
    var position = start
    while position + count <= bytes.count {
      var matches = true
      for offset in 0..<count where bytes[position + offset] != marker.utf8Start[offset] {
        matches = false
        break
      }
      if matches { return position }
      position += 1
    }
    return nil
  }

  private mutating func skip(past marker: StaticString) throws(Failure) -> Event? {
    guard let end = find(marker, from: index + 2) else { throw failure() }
    index = end + marker.utf8CodeUnitCount
    return nil
  }

  /// Text with its references decoded; `nil` for an unknown entity or a bad character reference.
  static func decode(_ slice: ArraySlice<UInt8>) -> String? {
    guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
    var output: [UInt8] = []
    output.reserveCapacity(slice.count)
    var position = slice.startIndex
    while position < slice.endIndex {
      let byte = slice[position]
      guard byte == UInt8(ascii: "&") else {
        output.append(byte)
        position += 1
        continue
      }
      guard let semicolon = slice[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
        return nil
      }
      let entity = String(decoding: slice[(position + 1)..<semicolon], as: UTF8.self)
      guard let scalar = reference(entity) else { return nil }
      output += Array(String(Character(scalar)).utf8)
      position = semicolon + 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func reference(_ entity: String) -> Unicode.Scalar? {
    switch entity {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard entity.hasPrefix("#") else { return nil }
      let digits = entity.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}
