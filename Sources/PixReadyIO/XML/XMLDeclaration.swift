/// How a document announces its encoding: a byte-order mark, then the XML declaration
/// `<?xml version="1.0" encoding="ISO-8859-15"?>`, both optional.
struct XMLDeclaration: Equatable {
  /// The encoding to read the document in (`UTF-8` when nothing says otherwise).
  var encoding: XMLEncoding
  /// The bytes taken by the byte-order mark.
  var markLength: Int
  /// The bytes taken by the declaration after the mark, 0 when there is none.
  var length: Int

  /// Reads the byte-order mark and declaration at the start of `bytes`.
  ///
  /// UTF-16 and UTF-32 are recognised with or without a byte-order mark (from the zero bytes of
  /// `<` or `<?`) and refused, so that no rule (such as the refusal of `<!DOCTYPE`) can be slipped
  /// past in an encoding the reader would misread.
  /// - Throws: ``XMLError`` `.unsupportedEncoding`, `.encodingConflict`, `.invalidDeclaration` or
  ///   `.unexpectedEndOfFile`.
  init(_ bytes: [UInt8]) throws(XMLError) {
    if let wide = Self.wideEncoding(bytes) { throw XMLError(.unsupportedEncoding(wide), line: 1, column: 1) }
    markLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    encoding = .utf8
    length = 0
    let start = markLength
    guard Self.matches(bytes, at: start, "<?xml"), start + 5 < bytes.count, Self.isSpace(bytes[start + 5]) else {
      return
    }
    guard let end = Self.find(bytes, "?>", from: start + 5) else {
      throw XMLError(.unexpectedEndOfFile, line: 1, column: 1)
    }
    let fields = try Self.pseudoAttributes(bytes[(start + 5)..<end])
    if let declared = fields["encoding"] {
      guard let known = XMLEncoding(declared: declared) else {
        throw XMLError(.unsupportedEncoding(declared), line: 1, column: 1)
      }
      if markLength == 3, known != .utf8 { throw XMLError(.encodingConflict(declared: declared), line: 1, column: 1) }
      encoding = known
    }
    length = end + 2 - start
  }

  /// `UTF-16` or `UTF-32` when the first bytes say so, by mark or by the zero bytes of ASCII text.
  private static func wideEncoding(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4))
    if head.starts(with: [0xFF, 0xFE, 0, 0]) || head.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
    let zeros = head.filter { $0 == 0 }.count
    guard head.count >= 2, zeros > 0, head[0] == 0 || head[1] == 0 else { return nil }
    return head.count == 4 && zeros == 3 ? "UTF-32" : "UTF-16"
  }

  /// The `name="value"` pairs of a declaration; only `version`, `encoding` and `standalone`.
  private static func pseudoAttributes(_ bytes: ArraySlice<UInt8>) throws(XMLError) -> [String: String] {
    let invalid = XMLError(.invalidDeclaration, line: 1, column: 1)
    guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || isSpace($0) }) else { throw invalid }
    var fields: [String: String] = [:]
    var index = bytes.startIndex
    while true {
      while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
      if index == bytes.endIndex { break }
      let nameStart = index
      while index < bytes.endIndex, bytes[index] != UInt8(ascii: "="), !isSpace(bytes[index]) { index += 1 }
      let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
      while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { throw invalid }
      index += 1
      while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.endIndex, bytes[index] == 0x22 || bytes[index] == 0x27 else { throw invalid }
      let quote = bytes[index]
      guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { throw invalid }
      guard ["version", "encoding", "standalone"].contains(name), fields[name] == nil else { throw invalid }
      fields[name] = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
      index = close + 1
    }
    guard fields["version"] != nil else { throw invalid }
    return fields
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  static func matches(_ bytes: [UInt8], at index: Int, _ text: String) -> Bool {
    let pattern = Array(text.utf8)
    return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
  }

  static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
    let pattern = Array(text.utf8)
    var index = start
    while index + pattern.count <= bytes.count {
      if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }
}
