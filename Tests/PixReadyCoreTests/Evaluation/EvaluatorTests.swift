import PixReadyCore
import Testing

/// The evaluator with partial answers: it names the next fact, never one off the path.
struct EvaluatorTests {
  @Test func asksForTheFirstSchoolQuestionWhenNothingIsKnown() throws {
    let diagnosis = Evaluator(tree: try TreeFixtures.shipped()).evaluate([:])
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "siecleImported", node: "q1")))
    #expect(!diagnosis.isComplete)
    #expect(diagnosis.steps == [])
  }

  @Test func keepsStepsGatheredBeforeTheMissingFact() throws {
    let diagnosis = Evaluator(tree: try TreeFixtures.shipped()).evaluate([
      "siecleImported": .value("no"), "garAssigned": .value("yes"),
    ])
    #expect(diagnosis.missing?.fact == "orgaMethods")
    #expect(diagnosis.steps.map(\.id) == ["import-siecle"])
    #expect(diagnosis.notes.map(\.fr.plain).last == "C'est parfait !")
  }

  @Test func neverNeedsAFactOffThePath() throws {
    let diagnosis = Evaluator(tree: try TreeFixtures.shipped()).evaluate([
      "siecleImported": .value("yes"), "garAssigned": .value("yes"), "orgaMethods": .values([]),
      "usualMethod": .value("none"), "certifiable": .value("certifiable"),
    ])
    #expect(diagnosis.conclusion?.verdict == .action)
    #expect(
      diagnosis.trace.map(\.fact) == ["siecleImported", "garAssigned", "orgaMethods", "usualMethod", "certifiable"])
  }

  @Test func namesTheTreeThatProducedTheDiagnosis() throws {
    let tree = try TreeFixtures.shipped()
    let diagnosis = Evaluator(tree: tree).evaluate([:])
    #expect(diagnosis.tree.id == "certification-readiness")
    #expect(diagnosis.tree.version == "2.0.0")
    #expect(
      diagnosis.tree.contentHash
        == String(SHA256.hex(of: try TreeFixtures.shippedBytes("certification-readiness")).prefix(16)))
  }

  @Test func showsTheNoteOfEveryMethodInASetAnswer() throws {
    let diagnosis = Evaluator(tree: try TreeFixtures.shipped()).evaluate([
      "siecleImported": .value("yes"), "garAssigned": .value("yes"), "orgaMethods": .values(["mail", "mediacentre"]),
    ])
    let notes = diagnosis.notes.map(\.fr)
    #expect(notes.count == 4)
    #expect(notes[2].plain.hasPrefix("Mediacentre :"))
    #expect(notes[3].plain.hasPrefix("Adresse e-mail :"))
    #expect(diagnosis.missing?.fact == "usualMethod")
  }

  @Test func completesWithTheOutcomeNodeItsVerdictAndHeadline() throws {
    let tree = try TreeFixtures.shipped()
    let diagnosis = Evaluator(tree: tree).evaluate([
      "siecleImported": .value("yes"), "garAssigned": .value("yes"), "orgaMethods": .values(["mediacentre"]),
      "usualMethod": .value("mediacentre"), "knowsCredentials": .value("yes"), "certifiable": .value("certifiable"),
    ])
    guard case .outcome(let outcome)? = tree.tree.nodes.first(where: { $0.id == "ok-mediacentre" })?.kind else {
      Issue.record("no outcome node ok-mediacentre")
      return
    }
    #expect(
      diagnosis.outcome
        == .complete(Diagnosis.Conclusion(verdict: .ready, node: "ok-mediacentre", headline: outcome.title)))
    #expect(diagnosis.missing == nil)
  }
}
