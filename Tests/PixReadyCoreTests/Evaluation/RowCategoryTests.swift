import PixReadyCore
import Testing

@Suite("Status words")
struct RowCategoryTests {
  @Test(
    "the authoring tools say each verdict with the reports' word",
    arguments: [
      (Verdict.ready, Language.fr, "prêt"), (.action, .fr, "action à mener"), (.support, .fr, "support Pix"),
      (.ready, .en, "ready"), (.action, .en, "action needed"), (.support, .en, "Pix support"),
    ])
  func authoringWordIsTheReportsWord(_ verdict: Verdict, _ language: Language, _ expected: String) {
    #expect(AuthoringMessages(language: language).verdictWord(verdict) == expected)
    #expect(RowCategory(verdict).word(in: language) == expected)
  }

  @Test("a pending row is « en attente », 'pending'")
  func pendingWord() {
    #expect(AuthoringMessages(language: .fr).pendingWord == "en attente")
    #expect(AuthoringMessages(language: .en).pendingWord == "pending")
  }

  @Test(
    "a label keeps its capital, the word inside a sentence does not, except Pix",
    arguments: [
      (RowCategory.ready, Language.fr, "Prêt", "prêt"), (.error, .fr, "Ligne à corriger", "ligne à corriger"),
      (.support, .en, "Pix support", "Pix support"), (.pending, .en, "Pending", "pending"),
    ])
  func labelAndWord(_ category: RowCategory, _ language: Language, _ name: String, _ word: String) {
    #expect(category.name(in: language) == name)
    #expect(category.word(in: language) == word)
  }
}
