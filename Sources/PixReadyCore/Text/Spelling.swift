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
    var count = 0
    var pendingSpace = false
    for byte in bytes {
      guard byte < 0x80 else { return nil }
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
    return count
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
