import PixReadyCore
import Testing

/// « Je ne sais pas »: planned by `whenUnknown`, pending elsewhere, proven by `lint`, compiled in the table.
struct UnknownAnswerTests {
  private func tree() throws -> ValidatedTree {
    let check = try TreeFixtures.check("valid-unknown.json")
    return try #require(check.tree, "\(check.diagnostics.map { $0.formatted(in: .en) })")
  }

  @Test func aPlannedUnknownTakesItsEdgeAndGoesOn() throws {
    let evaluator = Evaluator(tree: try tree())
    let diagnosis = evaluator.evaluate(["listUpdated": .unknown, "methods": .values([]), "level": .value("low")])
    #expect(diagnosis.steps.map(\.id) == ["check-list", "train"])
    #expect(diagnosis.conclusion?.verdict == .action)
    #expect(diagnosis.notes.map(\.fr) == ["À vérifier."])
    #expect(diagnosis.trace.first == Diagnosis.TraceEntry(node: "q-list", fact: "listUpdated", answer: .unknown))
  }

  @Test func anUnknownAnswerWithoutAnEdgeLeavesTheCasePendingOnThatQuestion() throws {
    let evaluator = Evaluator(tree: try tree())
    let diagnosis = evaluator.evaluate(["listUpdated": .value("yes"), "methods": .values(["gar"]), "knows": .unknown])
    #expect(!diagnosis.isComplete)
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "knows", node: "q-knows")))
  }

  @Test func aBranchTestingAnUnknownFactWaitsForIt() throws {
    let evaluator = Evaluator(tree: try tree())
    let diagnosis = evaluator.evaluate(["listUpdated": .value("yes"), "methods": .unknown])
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "methods", node: "q-methods")))
  }

  @Test func anUnknownLevelGivesNoStepButANote() throws {
    let evaluator = Evaluator(tree: try tree())
    let diagnosis = evaluator.evaluate(["listUpdated": .value("yes"), "methods": .values([]), "level": .unknown])
    #expect(diagnosis.conclusion?.verdict == .ready)
    #expect(diagnosis.notes.map(\.fr) == ["Niveau non vérifié."])
  }

  @Test func answersTheTreeCannotTakeCountAsNotGivenInsteadOfStopping() throws {
    let evaluator = Evaluator(tree: try tree())
    let diagnosis = evaluator.evaluate(["listUpdated": .value("maybe"), "methods": .value("gar"), "ghost": .unknown])
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "listUpdated", node: "q-list")))
  }

  @Test func theProofCountsUnknownAnswersWhereAQuestionPlansThem() throws {
    let check = try TreeFixtures.check("valid-unknown.json")
    // listUpdated 2 + unknown, methods 4 (no question plans unknown), knows 2, level 2 + unknown.
    #expect(check.combinationsProven == CombinationCount(3 * 4 * 2 * 3))
    #expect(check.combinationsPending == .zero)
    #expect(check.diagnostics.isEmpty)
  }

  @Test func theProofCountsCasesLeftPendingByAnUnknownNoNodePlansFor() {
    let json = """
      {"format": "pixready-tree/1", "id": "pending", "version": "1", "title": {"fr": "Attente", "en": "Pending"}, "start": "q1",
       "actors": [], "steps": [],
       "facts": [{"id": "b", "scope": "school", "type": "boolean", "question": {"fr": "1 ?", "en": "1?"}},
                 {"id": "c", "scope": "student", "type": "boolean", "question": {"fr": "2 ?", "en": "2?"}}],
       "nodes": [{"id": "q1", "kind": "question", "fact": "b", "answers": {"yes": "q2", "no": "q2"}, "whenUnknown": "q2"},
                 {"id": "q2", "kind": "question", "fact": "c", "answers": {"yes": "b-end", "no": "b-end"}},
                 {"id": "b-end", "kind": "branch", "cases": [{"if": {"fact": "b", "is": "yes"}, "next": "end"}],
                  "otherwise": "end"},
                 {"id": "end", "kind": "outcome", "title": {"fr": "Fin", "en": "End"}}]}
      """
    let check = TreeCheck(bytes: Array(json.utf8), sourceName: "pending.json")
    #expect(check.diagnostics.isEmpty)
    #expect(check.combinationsProven == CombinationCount(2 * 2))
    #expect(check.combinationsPending == CombinationCount(1 * 2))
  }

  @Test func theTableGivesTheEvaluatorsDiagnosisForEveryEntry() throws {
    let tree = try tree()
    let table = try #require(EvaluationTable(tree: tree))
    let evaluator = Evaluator(tree: tree)
    #expect(table.count == 4 * 5 * 3 * 4)
    for entry in 0..<table.count {
      var rest = entry
      var answers: Answers = [:]
      for (position, fact) in table.facts.enumerated() {
        let code = rest / table.strides[position]
        rest %= table.strides[position]
        if code < table.domains[position].count {
          answers[fact.id] = table.domains[position][code]
        } else if code == table.unknownCode(position), table.plansUnknown[position] {
          answers[fact.id] = .unknown
        }
      }
      #expect(table.diagnosis(entry: entry) == evaluator.evaluate(answers))
    }
    #expect(table.unknownCode(2) == table.missingCode(2))
    #expect(table.unknownCode(0) == 2)
    #expect(table.missingCode(0) == 3)
  }

  @Test func aNodeMayWordItsQuestionItself() throws {
    let tree = try tree()
    #expect(tree.question(at: "q-knows")?.question?.fr.plain == "Connaît-il son mot de passe Pix ?")
    #expect(tree.question(at: "q-level")?.question == nil)
  }

  @Test func aColumnMayBeLeftOutOnlyWhenEveryQuestionPlansUnknown() throws {
    let tree = try tree()
    #expect(tree.mayOmitColumn(of: "listUpdated"))
    #expect(tree.mayOmitColumn(of: "level"))
    #expect(!tree.mayOmitColumn(of: "knows"))
    #expect(!tree.mayOmitColumn(of: "methods"))
  }

  @Test func theReaderTellsNothingWrittenFromDontKnow() throws {
    let reader = AnswerReader(tree: try tree())
    #expect(reader.read("", for: "knows") == .missing)
    #expect(reader.read("nsp", for: "knows") == .answer(.unknown))
    #expect(reader.read("Je ne sais pas", for: "methods") == .answer(.unknown))
  }
}
