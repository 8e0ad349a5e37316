/// The comparison key of what a person or a spreadsheet typed: case- and accent-insensitive.
///
/// `Médiacentre`, ` MEDIACENTRE ` and `médiacentre` share the key `mediacentre`. Whitespace runs (``Whitespace``)
/// become one space; typographic apostrophes and dashes become ASCII ones.
public enum Spelling {
  /// The comparison key of `text`.
  public static func key(_ text: some StringProtocol) -> String {
    key(String(text))
  }

  /// The comparison key of `text` (not generic, so that callers in other modules run it at full speed).
  public static func key(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text.utf8) }
    if let key = latin1Key(text.utf8) { return key }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let ascii = scalar.isASCII
      if ascii ? isASCIIWhitespace(UInt8(scalar.value)) : Whitespace.contains(scalar) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      if ascii {
        bytes.append(lowercased(UInt8(scalar.value)))
      } else {
        bytes.append(contentsOf: folded(scalar).utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Walks the key of ASCII bytes without making it: calls `body` with each byte of the key, in
  /// order. The one statement of the key's rule for ASCII, which ``key(_:)`` and readers of raw
  /// cells share.
  ///
  /// - Returns: the key's length; `nil` at the first byte past ASCII, whose key only ``key(_:)``
  ///   makes (the bytes handed to `body` before it are then to be dropped).
  @inlinable
  public static func forEachKeyByte(
    ofASCII bytes: some Sequence<UInt8>, _ body: (UInt8) -> Void
  ) -> Int? {
    forEachKeyByte(bytes, latin1: nil, body)
  }

  /// ``forEachKeyByte(ofASCII:_:)`` of UTF-8 bytes that may also hold the letters of Latin-1
  /// (`À` to `ÿ`, two bytes each, as French names have them) whose key is ASCII (`é` is `e`, `æ`
  /// is `ae`).
  ///
  /// - Returns: the key's length; `nil` at the first byte of any other character.
  @inlinable
  public static func forEachKeyByte(
    ofUTF8 bytes: some Sequence<UInt8>, _ body: (UInt8) -> Void
  ) -> Int? {
    latin1Keys.withUnsafeBufferPointer { forEachKeyByte(bytes, latin1: $0, body) }
  }

  /// The walk of both: with `latin1` (``latin1Keys``), a letter of Latin-1 gives its key.
  @inlinable
  static func forEachKeyByte(
    _ bytes: some Sequence<UInt8>, latin1: UnsafeBufferPointer<UInt16>?, _ body: (UInt8) -> Void
  ) -> Int? {
    var count = 0
    var pendingSpace = false
    var lead = false
    for byte in bytes {
      if lead {
        // The second byte of U+00C0…U+00FF: its key's bytes, the first in the low half.
        lead = false
        guard let latin1, byte & 0xC0 == 0x80, case let folded = latin1[Int(byte & 0x3F)], folded != 0 else {
          return nil
        }
        if pendingSpace {
          body(0x20)
          count += 1
          pendingSpace = false
        }
        body(UInt8(truncatingIfNeeded: folded))
        count += 1
        if folded > 0xFF {
          body(UInt8(truncatingIfNeeded: folded >> 8))
          count += 1
        }
        continue
      }
      guard byte < 0x80 else {
        guard latin1 != nil, byte == 0xC3 else { return nil }
        lead = true
        continue
      }
      if isASCIIWhitespace(byte) {
        pendingSpace = count > 0
        continue
      }
      if pendingSpace {
        body(0x20)
        count += 1
        pendingSpace = false
      }
      body(lowercased(byte))
      count += 1
    }
    return lead ? nil : count
  }

  /// The key of U+00C0 + k for k in 0..<64 (`À` to `ÿ`) when it is one or two ASCII bytes, the
  /// first in the low half; 0 for the others (`×`, `Þ`…). Worked out by the rule ``key(_:)``
  /// follows, scalar by scalar.
  @usableFromInline
  static let latin1Keys: [UInt16] = (0xC0...0xFF).map { value in
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
    let key = Array(folded(scalar).utf8)
    guard (1...2).contains(key.count), key.allSatisfy({ $0 < 0x80 && !isASCIIWhitespace($0) }) else { return 0 }
    return UInt16(key[0]) | (key.count == 2 ? UInt16(key[1]) << 8 : 0)
  }

  /// The key of UTF-8 text with no character past Latin-1's letters, walked byte by byte; `nil`
  /// for other text.
  private static func latin1Key(_ utf8: String.UTF8View) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 2)
    guard forEachKeyByte(ofUTF8: utf8, { bytes.append($0) }) != nil else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// White_Space in ASCII: 09–0D and 20, no property to look up.
  @usableFromInline
  static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// An ASCII capital made small; any other byte as it is.
  @usableFromInline
  static func lowercased(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }

  /// The same key for ASCII text, byte by byte: names typed in a spreadsheet mostly are.
  private static func asciiKey(_ utf8: String.UTF8View) -> String {
    String(unsafeUninitializedCapacity: utf8.count) { buffer in
      var count = 0
      _ = forEachKeyByte(ofASCII: utf8) { byte in
        buffer[count] = byte
        count += 1
      }
      return count
    }
  }

  private static func folded(_ scalar: Unicode.Scalar) -> String {
    if let mapped = foldings[scalar] { return mapped }
    if scalar.properties.generalCategory == .nonspacingMark { return "" }
    return scalar.properties.lowercaseMapping
  }

  private static let foldings: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
      ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("\u{2019}\u{2018}\u{02BC}", "'"),
      ("\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2212}", "-"), ("\u{00A0}\u{202F}", " "),
      // Letters of names from other Latin alphabets, as SIECLE spells them and a roster may not.
      ("šśşŠŚŞ", "s"), ("žźżŽŹŻ", "z"), ("čćČĆ", "c"), ("řŘ", "r"), ("ěęėĚĘĖ", "e"), ("ňńŇŃ", "n"), ("ťŤ", "t"),
      ("ďđĎĐ", "d"), ("łŁ", "l"), ("ąāĄĀ", "a"), ("őōŐŌ", "o"), ("űůūŰŮŪ", "u"), ("ğĞ", "g"), ("ıİīĪ", "i"),
    ]
    for (letters, replacement) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = replacement }
    }
    table["œ"] = "oe"
    table["Œ"] = "oe"
    table["æ"] = "ae"
    table["Æ"] = "ae"
    table["ß"] = "ss"
    return table
  }()
}
