import PixReadyCore
import Testing

/// The comparison key: ASCII text is read byte by byte, other text scalar by scalar, to the same key.
struct SpellingTests {
  @Test(arguments: [
    ("  Jean\tPIERRE\r\n  Dupont ", "jean pierre dupont"),
    ("\u{0B}\u{0C}2NDE3", "2nde3"),
    ("Jean  Élodie", "jean elodie"),
    ("  ÉLOÏSE\u{00A0}\u{2003}Cœur ", "eloise coeur"),
    ("L\u{2019}ENT\u{85}Médiacentre", "l'ent mediacentre"),
    ("E\u{301}loi\u{308}se", "eloise"),
    ("", ""),
    (" \t ", ""),
  ])
  func foldsCaseAccentsAndWhitespace(text: String, key: String) {
    #expect(Spelling.key(text) == key)
    #expect(Spelling.key(Substring(text)) == key)
  }

  /// The byte walker gives the bytes of the key, or stops at the first byte past ASCII.
  @Test(arguments: ["  Jean\tPIERRE\r\n  Dupont ", "\u{0B}\u{0C}2NDE3", "Jean  Élodie", "", " \t ", "A", "Z@[`z"])
  func theByteWalkerWalksTheKeyOfASCIIText(text: String) {
    var walked: [UInt8] = []
    let count = Spelling.forEachKeyByte(ofASCII: text.utf8) { walked.append($0) }
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(count == walked.count)
      #expect(String(decoding: walked, as: UTF8.self) == Spelling.key(text))
    } else {
      #expect(count == nil)
    }
  }

  /// In UTF-8, the walker keys Latin-1's letters as ``Spelling/key(_:)`` does scalar by scalar, and
  /// stops at any other character: every scalar from U+00A0 to U+017F, alone and between words.
  @Test func theUTF8WalkerKeysLatin1LettersAsTheScalarRuleDoes() {
    var keyed = 0
    for value in 0xA0...0x17F {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in ["\(scalar)", " Jean\(scalar)\tMARIE\(scalar) ", "\(scalar)\(scalar)x"] {
        // A combining mark first keys as nothing and sends the text the scalar way.
        let expected = Spelling.key("\u{301}" + text)
        var walked: [UInt8] = []
        guard let count = Spelling.forEachKeyByte(ofUTF8: text.utf8, { walked.append($0) }) else { continue }
        keyed += 1
        #expect((0xC0...0xFF).contains(value), "U+\(String(value, radix: 16)) is not Latin-1's")
        #expect(count == walked.count)
        #expect(String(decoding: walked, as: UTF8.self) == expected, "U+\(String(value, radix: 16))")
        #expect(Spelling.key(text) == expected)
      }
    }
    // À to ÿ but ×, ÷, Ð, ð, Þ and þ, whose keys are not ASCII: 58 letters, three texts each.
    #expect(keyed == 58 * 3)
    #expect(Spelling.key("\u{301}Éloïse Cæcilia") == "eloise caecilia")
    #expect(Spelling.forEachKeyByte(ofUTF8: Array("E\u{301}".utf8)) { _ in } == nil)
    #expect(Spelling.forEachKeyByte(ofUTF8: [0x41, 0xC3]) { _ in } == nil, "a character cut short")
    #expect(Spelling.forEachKeyByte(ofUTF8: [0xC3, 0x41]) { _ in } == nil)
  }
}
