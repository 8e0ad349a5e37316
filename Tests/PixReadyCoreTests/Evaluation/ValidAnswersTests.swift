import PixReadyCore
import Testing

/// Answers reach the evaluator only through the answer reader, which keeps what the facts can take.
struct ValidAnswersTests {
  @Test func theReaderKeepsOnlyAnswersTheFactsCanTake() throws {
    let reader = AnswerReader(tree: try TreeFixtures.shipped())
    let answers = reader.answers([
      "siecleImported": .value("yes"), "garAssigned": .value("maybe"), "orgaMethods": .values(["mail", "fax"]),
      "usualMethod": .values(["mail"]), "knowsCredentials": .unknown, "ghost": .value("yes"),
    ])
    #expect(answers.byFact == ["siecleImported": .value("yes"), "knowsCredentials": .unknown])
    #expect(answers["siecleImported"] == .value("yes"))
    #expect(answers["garAssigned"] == nil)
    #expect(!answers.isEmpty)
    #expect(reader.answers(["ghost": .unknown]).isEmpty)
  }

  @Test func rawAnswersAreEvaluatedAsTheReaderKeepsThem() throws {
    let tree = try TreeFixtures.shipped()
    let raw: Answers = [
      "siecleImported": .value("no"), "garAssigned": .value("yes"), "orgaMethods": .values(["fax"]),
    ]
    let evaluator = Evaluator(tree: tree)
    let diagnosis = evaluator.evaluate(AnswerReader(tree: tree).answers(raw))
    #expect(evaluator.evaluate(raw) == diagnosis)
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "orgaMethods", node: "q3")))
  }

}
