import PixReadyCore
import Testing

@testable import PixReadyIO

/// The screen's filter of names against `Spelling.key`: it may fail to tell, never tell wrong.
struct NameFilterTests {
  static let lastNames = ["Martin", "Le Goff", "N'Diaye", "Dupont-Moreau", "Lefèvre", "Þór", "O"]

  /// `text` written as a roster might: other capitals, spaces and tabs around and between words.
  static func variant(_ text: String, _ seed: Int) -> String {
    var result = seed % 2 == 0 ? " " : "\t "
    for (index, character) in text.enumerated() {
      let letter = (seed >> (index % 8)) & 1 == 0 ? character.uppercased() : character.lowercased()
      result += character == " " ? (seed % 3 == 0 ? " \t " : "  ") : letter
    }
    return result + (seed % 5 == 0 ? "  " : "")
  }

  static func absent(_ filter: NameFilter, utf8: Bool = false, _ cells: String...) -> Bool {
    let bytes = cells.map { Array($0.utf8) }
    return bytes[0].withUnsafeBufferPointer { first in
      bytes.count == 1
        ? filter.surelyAbsent(first, utf8: utf8)
        : bytes[1].withUnsafeBufferPointer { filter.surelyAbsent(first, $0, utf8: utf8) }
    }
  }

  @Test func neverTellsANameOfTheFilterAbsentHoweverItIsWritten() {
    let filter = NameFilter(Self.lastNames.map { [Spelling.key($0)] })
    for name in Self.lastNames where name.utf8.allSatisfy({ $0 < 0x80 }) {
      for seed in 0..<64 {
        let cell = Self.variant(name, seed)
        #expect(Spelling.key(cell) == Spelling.key(name))
        #expect(!Self.absent(filter, cell), "« \(cell) »")
      }
    }
  }

  @Test(arguments: [false, true])
  func tellsAbsentOnlyWhatSpellingKeysAsNoNameOfTheFilter(utf8: Bool) {
    let keys = Set(Self.lastNames.map { Spelling.key($0) } + ["lefevre", "eloise"])
    let filter = NameFilter(keys.map { [$0] })
    let letters = Array("abcdeéfgilmnoprstuvÈÏ -'\tLEMARTIN".utf8)
    var (told, ascii) = (0, 0)
    var state: UInt64 = 42
    for _ in 0..<5_000 {
      var cell: [UInt8] = []
      for _ in 0..<(1 + Int(state >> 60)) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        cell.append(letters[Int(state >> 33) % letters.count])
      }
      let text = String(decoding: cell, as: UTF8.self)
      let absent = cell.withUnsafeBufferPointer { filter.surelyAbsent($0, utf8: utf8) }
      // Without `utf8`, only ASCII cells are keyed; with it, whole characters of Latin-1 too.
      if cell.allSatisfy({ $0 < 0x80 }) || (utf8 && text.utf8.elementsEqual(cell) && !text.contains("\u{FFFD}")) {
        ascii += 1
      }
      if absent {
        told += 1
        #expect(!keys.contains(Spelling.key(text)), "« \(text) »")
      }
    }
    // Seven names in 256 bits: most ASCII cells no name has are told so.
    #expect(ascii > 1_000)
    #expect(told > ascii * 9 / 10)
  }

  @Test func cannotTellACellPastASCIIUnlessItIsUTF8() {
    let filter = NameFilter([[Spelling.key("Martin")]])
    #expect(!Self.absent(filter, "Lefèvre"))
    #expect(
      [0x4C, 0x65, 0x66, 0xE8, 0x76, 0x72, 0x65].withUnsafeBufferPointer { !filter.surelyAbsent($0, utf8: false) })
    #expect(Self.absent(filter, "Lefevre"))
    // In UTF-8, Latin-1's letters are keyed; a byte of Windows-1252 or another character is not.
    #expect(Self.absent(filter, utf8: true, "Lefèvre"))
    #expect(
      [0x4C, 0x65, 0x66, 0xE8, 0x76, 0x72, 0x65].withUnsafeBufferPointer { !filter.surelyAbsent($0, utf8: true) })
    #expect(!Self.absent(filter, utf8: true, "Łukasz"))
    #expect(!Self.absent(filter, utf8: true, "Þór"))
  }

  @Test func aUTF8CellWithAccentsFindsItsName() {
    let filter = NameFilter([[Spelling.key("Lefèvre"), Spelling.key("Anaïs")], [Spelling.key("Müller"), "zoe"]])
    #expect(!Self.absent(filter, utf8: true, " LEFÈVRE", "anaïs "))
    #expect(!Self.absent(filter, utf8: true, "Lefevre", "ANAÏS"))
    #expect(!Self.absent(filter, utf8: true, "MÜLLER", "Zoé"))
    #expect(Self.absent(filter, utf8: true, "Lefèvre", "Zoé"))
  }

  @Test func namesWhoseKeyIsNotASCIIAreLeftOut() {
    // « Þ » has no ASCII key: no ASCII cell keys as « þor ».
    let filter = NameFilter([[Spelling.key("Þór")], [Spelling.key("Lefèvre")]])
    #expect(!Spelling.key("Þór").utf8.allSatisfy { $0 < 0x80 })
    #expect(Self.absent(filter, "Thor"))
    #expect(!Self.absent(filter, "LEFEVRE"), "« Lefèvre » keys as « lefevre »")
  }

  @Test func anEmptyKeyIsNoName() {
    let filter = NameFilter([[Spelling.key("Martin"), Spelling.key("Léa")], [Spelling.key("Petit"), "jules"]])
    #expect(Self.absent(filter, ""))
    #expect(Self.absent(filter, " \t "))
    #expect(Self.absent(filter, "Petit", "  "))
    #expect(Self.absent(filter, "", "Jules"))
  }

  @Test func twoKeysAreOneNameTogether() {
    let filter = NameFilter([[Spelling.key("Petit"), "jules"], [Spelling.key("Le Goff"), "anna maria"]])
    #expect(!Self.absent(filter, "PETIT", " Jules"))
    #expect(!Self.absent(filter, "le  goff", "Anna\tMaria"))
    #expect(Self.absent(filter, "Petit", "Paul"))
    #expect(Self.absent(filter, "Jules", "Petit"))
    #expect(Self.absent(filter, "Petitjules", ""))
    #expect(!Self.absent(filter, "Petit", "Jérôme"), "a first name past ASCII: cannot tell")
  }
}
