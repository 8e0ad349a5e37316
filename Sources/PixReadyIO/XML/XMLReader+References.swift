extension XMLReader {
  /// The longest reference read (`&#x0010FFFF;` fits).
  private static let maximumReferenceLength = 16

  /// Reads the reference at `&` and returns its UTF-8 bytes: one of the five predefined entities
  /// or a character reference. No other entity exists, since document type declarations are refused.
  mutating func reference() throws(XMLError) -> [UInt8] {
    let start = position
    var end = start + 1
    while end < text.count, end - start <= Self.maximumReferenceLength, !Self.endsReference(text[end]) { end += 1 }
    guard end < text.count else { throw error(.unexpectedEndOfFile, at: text.count) }
    guard text[end] == UInt8(ascii: ";") else { throw error(.expected(";"), at: start) }
    let body = String(decoding: text[(start + 1)..<end], as: UTF8.self)
    position = end + 1
    switch body {
    case "lt": return [UInt8(ascii: "<")]
    case "gt": return [UInt8(ascii: ">")]
    case "amp": return [UInt8(ascii: "&")]
    case "apos": return [UInt8(ascii: "'")]
    case "quot": return [UInt8(ascii: "\"")]
    default: break
    }
    guard body.hasPrefix("#") else {
      if body.isEmpty || !body.utf8.allSatisfy({ $0 > 0x20 }) { throw error(.expectedName, at: start + 1) }
      throw error(.undeclaredEntity(body), at: start)
    }
    let digits = body.dropFirst()
    let value =
      digits.hasPrefix("x")
      ? UInt32(digits.dropFirst(), radix: 16) : digits.allSatisfy(\.isASCII) ? UInt32(digits, radix: 10) : nil
    guard let value, !digits.hasPrefix("x+"), !digits.hasPrefix("+"), XMLTranscoder.allowed(value),
      let scalar = Unicode.Scalar(value)
    else {
      throw error(.invalidCharacterReference(body), at: start)
    }
    return Array(String(Character(scalar)).utf8)
  }

  /// Whether `byte` cannot be part of a reference's name: `;` ends it, markup, quotes and spaces break it.
  private static func endsReference(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: ">"), 0x22, 0x27, 0x20, 0x09, 0x0A,
      0x0D:
      true
    default: false
    }
  }
}
