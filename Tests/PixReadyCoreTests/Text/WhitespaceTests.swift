import PixReadyCore
import Testing

/// The one idea of whitespace, and the keys built on it.
struct WhitespaceTests {
  /// Tab, no-break space, narrow no-break space, ideographic space, line breaks.
  static let spaces: [Character] = ["\t", "\u{00A0}", "\u{202F}", "\u{3000}", "\n", "\r\n"]

  @Test(arguments: spaces)
  func trimsAndCollapsesEveryKindOfSpaceAlike(_ space: Character) {
    let padded = "\(space) Méthode\(space)\(space)Orga \(space)"
    #expect(Whitespace.contains(space))
    #expect(Whitespace.trimmed(padded) == "Méthode\(space)\(space)Orga")
    #expect(Spelling.key(padded) == "methode orga")
    #expect(ColumnKey.key(padded) == ColumnKey.key("methode_orga"))
  }

  @Test func keepsWhatIsNotWhitespace() {
    #expect(!Whitespace.contains(Character("\u{200B}")))
    #expect(!Whitespace.contains(Character("\u{FEFF}")))
    #expect(Whitespace.trimmed("\u{FEFF}nom ") == "\u{FEFF}nom")
    #expect(Whitespace.trimmed(" \t ") == "")
    #expect(Whitespace.trimmed("") == "")
  }
}
