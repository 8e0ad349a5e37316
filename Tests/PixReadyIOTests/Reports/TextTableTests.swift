import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// The text table gives each text one index, telling texts apart as Swift compares strings, with
/// or without the byte-for-byte memory of short spellings.
struct TextTableTests {
  @Test func canonicallyEqualSpellingsShareTheFirstOnesIndex() {
    var table = TextTable()
    let composed = "Zoé"
    let decomposed = "Zoe\u{301}"
    #expect(table.intern(composed) == 0)
    #expect(table.intern("Léa") == 1)
    #expect(table.intern(decomposed) == 0)
    #expect(table.intern(decomposed) == 0)
    #expect(table.texts == ["Zoé", "Léa"])
    #expect(Array(table.texts[0].utf8) == Array(composed.utf8))
    // The Kelvin sign is canonically the letter K: one text, kept as first met.
    #expect(table.intern("\u{212A}im") == 2)
    #expect(table.intern("Kim") == 2)
    #expect(Array(table.texts[2].utf8) == Array("\u{212A}im".utf8))
  }

  @Test func internsATrimmedTextOnceWhateverItsSpacesWere() {
    var table = TextTable()
    #expect(table.intern(trimming: " 2NDE1 ") == 0)
    #expect(table.intern(trimming: "2NDE1") == 0)
    #expect(table.intern(trimming: "2NDE1\t") == 0)
    #expect(table.intern(trimming: " 2NDE1 ") == 0)
    #expect(table.intern(trimming: "\u{00A0}1ERE2 un nom de classe bien long ") == 1)
    #expect(table.intern("1ERE2 un nom de classe bien long") == 1)
    #expect(table.intern(trimming: "") == 2)
    #expect(table.texts == ["2NDE1", "1ERE2 un nom de classe bien long", ""])
  }

  @Test func givesTheIndicesADictionaryWouldPastItsMemoryOfShortSpellings() {
    // More distinct short texts than the table remembers byte for byte, long ones, empty and
    // padded ones, each met several times in a shuffled order.
    let distinct =
      (0..<(ShortSpellings.limit + 5_000)).map { "n\($0)" } + (0..<300).map { "un nom bien plus long que quinze \($0)" }
      + ["", " ", " Léa ", "Léa", "Le\u{301}a"]
    var generator = SplitMix(seed: 7)
    let texts = (distinct + distinct.prefix(20_000) + distinct.suffix(500)).shuffled(using: &generator)
    var table = TextTable()
    var reference: [String: Int32] = [:]
    var order: [String] = []
    for text in texts {
      let expected = reference[text] ?? Int32(order.count)
      if reference[text] == nil {
        reference[text] = expected
        order.append(text)
      }
      let index = table.intern(text)
      guard index == expected else {
        Issue.record("« \(text) » got \(index), expected \(expected)")
        return
      }
    }
    #expect(table.texts == order)
    #expect(table.trimmed(reference[" Léa "]!) == "Léa")
  }
}
