import PixReadyCore
import Testing

@Suite("Quoting and suggestions")
struct QuotingTests {
  @Test("quotes in each language's marks", arguments: [(Language.fr, "« 2NDE1 »"), (.en, "'2NDE1'")])
  func quotes(_ language: Language, _ expected: String) {
    #expect(language.quoted("2NDE1") == expected)
  }

  @Test(
    "suggests with a leading space, in each language",
    arguments: [(Language.fr, " Vouliez-vous dire « oui » ?"), (.en, " Did you mean 'oui'?")])
  func suggests(_ language: Language, _ expected: String) {
    #expect(language.didYouMean("oui") == expected)
  }

  @Test("says nothing without a suggestion", arguments: Language.allCases)
  func saysNothingWithoutSuggestion(_ language: Language) {
    #expect(language.didYouMean(nil) == "")
  }
}
