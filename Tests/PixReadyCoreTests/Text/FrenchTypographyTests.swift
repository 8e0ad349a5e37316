import PixReadyCore
import Testing

@Suite("French typography")
struct FrenchTypographyTests {
  @Test(
    "spaces before high punctuation and inside guillemets become non-breaking",
    arguments: [
      ("Qui : l'administrateur", "Qui\u{00A0}: l'administrateur"),
      ("Avez-vous mis à jour la liste ?", "Avez-vous mis à jour la liste\u{202F}?"),
      ("C'est parfait !", "C'est parfait\u{202F}!"),
      ("un ; deux", "un\u{202F}; deux"),
      ("la colonne « ine »", "la colonne «\u{202F}ine\u{202F}»"),
      ("« ? » aide", "«\u{202F}?\u{202F}» aide"),
    ])
  func typesets(_ text: String, _ expected: String) {
    #expect(FrenchTypography.typeset(text) == expected)
  }

  @Test(
    "marks without a space, indentation and English text stay as written",
    arguments: [
      "classe.csv:12:3: erreur", "https://pix.fr", "  ? aide", "Who: the ENT administrator", "", "x : ",
    ])
  func leavesAlone(_ text: String) {
    let typeset = FrenchTypography.typeset(text)
    #expect(
      typeset.unicodeScalars.filter { $0 == "\u{00A0}" || $0 == "\u{202F}" }.count
        == (text == "x : " ? 1 : 0))
  }

  @Test("typesetting twice changes nothing")
  func idempotent() {
    let once = FrenchTypography.typeset("Résultat : « Prêt » ; vraiment ? oui !")
    #expect(FrenchTypography.typeset(once) == once)
    #expect(!once.contains(" :") && !once.contains(" ?") && !once.contains("« "))
  }

  @Test("English is never typeset")
  func english() {
    #expect(Language.en.typeset("Why ? « x »") == "Why ? « x »")
    #expect(Language.fr.typeset("Pourquoi ?") == "Pourquoi\u{202F}?")
  }
}

/// The byte-level typesetting and the fast paths of the escapers against plain scalar-by-scalar
/// references, on texts built from the characters that matter to them.
struct TextFastPathTests {
  /// Characters around which spaces change, or which escapers change.
  static let alphabet: [String] = [
    " ", " ", "a", "é", ":", ";", "?", "!", "«", "»", "\u{00A0}", "\u{202F}", "\t", "\n", "\r", "_", "*", "|",
    "<", "&", "\u{202E}", "\u{2069}", "Ω", "x",
  ]

  /// A deterministic pseudo-random text.
  static func text(_ seed: Int) -> String {
    var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    var text = ""
    for _ in 0..<(seed % 41) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += alphabet[Int(state >> 33) % alphabet.count]
    }
    return text
  }

  /// French typography as it was first written, one scalar at a time.
  static func referenceTypeset(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      [" ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}"].contains(scalar)
    }
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      guard scalar == " " else {
        result.append(scalar)
        continue
      }
      let before = index > 0 ? scalars[index - 1] : nil
      let after = index + 1 < scalars.count ? scalars[index + 1] : nil
      var replacement: Unicode.Scalar = " "
      if before == "«", let after, !isSpace(after) {
        replacement = "\u{202F}"
      } else if let before, !isSpace(before), let after {
        switch after {
        case ":": replacement = "\u{00A0}"
        case ";", "?", "!", "»": replacement = "\u{202F}"
        default: break
        }
      }
      result.append(replacement)
    }
    return String(result)
  }

  @Test func typesettingBytesAgreesWithTheScalarReference() {
    for seed in 0..<5_000 {
      let text = Self.text(seed)
      #expect(FrenchTypography.typeset(text) == Self.referenceTypeset(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func typesettingConsecutiveRangesGivesTheWholeText() {
    for seed in 0..<3_000 {
      let bytes = Array(Self.text(seed).utf8)
      let whole = Array(FrenchTypography.typeset(String(decoding: bytes, as: UTF8.self)).utf8)
      // Cut anywhere, even inside a character: two or three ranges read in their context.
      let cuts = [0, (seed * 7) % (bytes.count + 1), (seed * 13) % (bytes.count + 1), bytes.count].sorted()
      var pieces: [UInt8] = []
      bytes.withUnsafeBufferPointer { buffer in
        for (start, end) in zip(cuts, cuts.dropFirst()) {
          FrenchTypography.typeset(buffer, range: start..<end, appendingTo: &pieces)
        }
      }
      #expect(pieces == whole, "\(bytes) cut at \(cuts)")
    }
  }

  @Test func aRangesMiddleDoesNotDependOnTheTextAroundIt() {
    // The middle of a piece (more than `reach` bytes from its ends), typeset alone, is what it
    // becomes inside any text. Pieces and texts are cut anywhere, even inside a character, as a
    // writer's buffer may be.
    func check(_ before: [UInt8], _ piece: [UInt8], _ after: [UInt8]) {
      let reach = FrenchTypography.reach
      guard piece.count > 2 * reach else { return }
      let middle = reach..<(piece.count - reach)
      var alone: [UInt8] = []
      piece.withUnsafeBufferPointer { FrenchTypography.typeset($0, range: middle, appendingTo: &alone) }
      var inside: [UInt8] = []
      (before + piece + after).withUnsafeBufferPointer { buffer in
        let shifted = (before.count + middle.lowerBound)..<(before.count + middle.upperBound)
        FrenchTypography.typeset(buffer, range: shifted, appendingTo: &inside)
      }
      #expect(inside == alone, "\(before) + \(piece) + \(after)")
    }
    // A narrow no-break space (E2 80 AF) cut by the piece's start, then « : »: its first byte,
    // three places back, decides.
    check([0xE2], [0x80, 0xAF, 0x20, 0x3A, 0x61, 0x61, 0x61, 0x61], [])
    for seed in 0..<3_000 {
      check(
        Array(Self.text(seed + 7_919).utf8.dropLast(seed / 9 % 3)),
        Array(Self.text(seed).utf8.dropFirst(seed % 3).dropLast(seed / 3 % 3)),
        Array(Self.text(seed + 104_729).utf8.dropFirst(seed / 27 % 3)))
    }
  }

  @Test func markdownTextWithNothingToEscapeIsReturnedAsIsAndOtherTextIsEscaped() {
    #expect(MarkdownText.inline("Durand Léa 2NDE1") == "Durand Léa 2NDE1")
    #expect(MarkdownText.inline("a*b") == "a\\*b")
    #expect(MarkdownText.inline("a\u{202E}b") != "a\u{202E}b")
  }

  @Test func trimmingKeepsVisibleEndsAndRemovesUnicodeSpaces() {
    #expect(Whitespace.trimmed("Léa") == "Léa")
    #expect(Whitespace.trimmed("\u{00A0}Léa\t") == "Léa")
    #expect(Whitespace.trimmed("a b") == "a b")
    #expect(Whitespace.trimmed(" \u{3000} ") == "")
  }

  @Test(
    "typesetting line by line gives the bytes of the whole text",
    arguments: [
      "a :\n: b\n« x »\n«\n» ; c !\n", "fin ?\n ? début\n«  »\n", "\u{00A0}? « ! » :\n\n x « y\n» z",
      "« « a » » ; ?!\n:", "ligne 1 : ok\r\nligne 2 ? non\r\n",
    ])
  func typesetsLineByLineAsAWhole(_ text: String) {
    let whole = Array(FrenchTypography.typeset(text).utf8)
    var byLines: [UInt8] = []
    var line: [UInt8] = []
    for byte in text.utf8 {
      line.append(byte)
      guard byte == 0x0A else { continue }
      line.withUnsafeBufferPointer { FrenchTypography.typeset($0, appendingTo: &byLines) }
      line.removeAll()
    }
    line.withUnsafeBufferPointer { FrenchTypography.typeset($0, appendingTo: &byLines) }
    #expect(byLines == whole)
    #expect(whole != Array(text.utf8), "each text has something to typeset")
  }
}
