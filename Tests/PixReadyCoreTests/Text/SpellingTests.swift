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
}
