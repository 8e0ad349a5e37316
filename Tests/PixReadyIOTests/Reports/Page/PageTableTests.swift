import PixReadyCore
import PixReadyIO
import Testing

/// The tree compiled for `pixready page`: every state says what the engine says for its answers.
struct PageTableTests {
  static let trees = ["certification-readiness", "join-error-codes", "pix-orga-access"]

  @Test(arguments: trees)
  func everyStateIsTheEvaluatorsDiagnosisOfItsAnswers(_ name: String) throws {
    let tree = try IOTestSupport.shippedTree(name)
    let table = try PageTable(tree: tree)
    let evaluator = Evaluator(tree: tree)
    var stack: [(state: Int, answers: Answers)] = [(table.root, [:])]
    var visited = Set<Int>()
    while let (state, answers) = stack.popLast() {
      visited.insert(state)
      let diagnosis = evaluator.evaluate(answers)
      let result = table.result(of: state)
      #expect(result.verdict == diagnosis.verdict, "\(name) \(answers)")
      #expect(result.steps == diagnosis.steps.map(\.id), "\(name) \(answers)")
      #expect(result.notes == diagnosis.notes, "\(name) \(answers)")
      #expect(result.headline == diagnosis.headline, "\(name) \(answers)")
      #expect(result.outcome == diagnosis.outcome, "\(name) \(answers)")
      let trace = table.states[state].trace.map { table.questions[$0] }
      #expect(trace.map(\.node) == diagnosis.trace.map(\.node), "\(name) \(answers)")
      guard let asks = result.asks else {
        #expect(table.states[state].next.isEmpty)
        continue
      }
      let question = table.questions[asks]
      let fact = table.facts[question.fact]
      #expect(diagnosis.missingFact == Diagnosis.Missing(fact: fact.id, node: question.node))
      let next = table.states[state].next
      #expect(next.count == table.domains[question.fact].count + 1)
      for (code, answer) in table.domains[question.fact].enumerated() {
        let target = try #require(next[code])
        stack.append((target, answers.merging([fact.id: answer]) { $1 }))
      }
    }
    #expect(visited.count == table.states.count, "every state is reachable from the root")
  }

  @Test func diagnosesAreStoredOnce() throws {
    let table = try PageTable(tree: try IOTestSupport.shippedTree())
    #expect(Set(table.results).count == table.results.count)
    #expect(Set(table.states).count == table.states.count)
    #expect(table.results.filter { $0.verdict != nil }.count < table.states.filter { $0.next.isEmpty }.count)
  }

  @Test func aSetAnswersCodeIsTheMaskOfItsValues() throws {
    let table = try PageTable(tree: try IOTestSupport.shippedTree())
    let position = try #require(table.facts.firstIndex { $0.id == "orgaMethods" })
    #expect(table.facts[position].values.map(\.id) == ["mediacentre", "identifiant", "mail"])
    #expect(table.domains[position].count == 8)
    #expect(table.domains[position][0] == .values([]))
    #expect(table.domains[position][5] == .values(["mediacentre", "mail"]))
  }

  @Test func withoutAPlannedUnknownJeNeSaisPasLeavesTheStudentPending() throws {
    let table = try PageTable(tree: try IOTestSupport.shippedTree(), unknown: nil)
    for state in table.states where !state.next.isEmpty {
      #expect(state.next.last == .some(nil))
    }
  }
}
