import PixReadyCore
import Testing

/// The short spellings listed as accepted values (issue 17 §2) read as the labels do: the empty
/// set labelled « Aucune » is spelled `aucune`, the value labelled « Aucun compte Pix » `aucun`.
struct ShortSpellingTests {
  @Test func theEmptySetAgreesWithItsLabel() throws {
    let orgaMethods = try #require(try TreeFixtures.shipped().fact("orgaMethods"))
    #expect(orgaMethods.emptySet?.label.fr == "Aucune")
    #expect(orgaMethods.shortSpelling(of: "") == "aucune")
    #expect(orgaMethods.values.map { orgaMethods.shortSpelling(of: $0.id) } == ["mediacentre", "identifiant", "mail"])
  }

  @Test func aSpellingCountsOnlyWhenTheLabelHoldsItAsWholeWords() throws {
    let usualMethod = try #require(try TreeFixtures.shipped().fact("usualMethod"))
    #expect(usualMethod.values.map { usualMethod.shortSpelling(of: $0.id) } == ["ENT", "identifiant", "mail", "aucun"])
    let fact = Fact(
      id: "f", scope: .student, kind: .choice, question: LocalizedText(fr: "F ?"),
      values: [FactValue(id: "v", label: LocalizedText(fr: "Entrée"), accept: ["ENT"])])
    #expect(fact.shortSpelling(of: "v") == "entrée")
  }
}
