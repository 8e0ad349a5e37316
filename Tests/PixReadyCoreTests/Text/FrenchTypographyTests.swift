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
