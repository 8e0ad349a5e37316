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
      #expect(result.verdict == diagnosis.conclusion?.verdict, "\(name) \(answers)")
      #expect(result.steps == diagnosis.steps.map(\.id), "\(name) \(answers)")
      #expect(result.notes == diagnosis.notes, "\(name) \(answers)")
      #expect(result.headline == diagnosis.conclusion?.headline, "\(name) \(answers)")
      #expect(result.outcome == diagnosis.conclusion?.node, "\(name) \(answers)")
      let trace = table.states[state].trace.map { table.questions[$0] }
      #expect(trace.map(\.node) == diagnosis.trace.map(\.node), "\(name) \(answers)")
      guard let asks = result.asks else {
        #expect(table.states[state].next.isEmpty)
        continue
      }
      let question = table.questions[asks]
      let fact = table.facts[question.fact]
      #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: fact.id, node: question.node)))
      let next = table.states[state].next
      #expect(next.count == table.domains[question.fact].count + 1)
      for (code, answer) in table.domains[question.fact].enumerated() {
        let target = try #require(next[code])
        stack.append((target, answers.merging([fact.id: answer]) { $1 }))
      }
      if let target = next.last ?? nil {
        stack.append((target, answers.merging([fact.id: .unknown]) { $1 }))
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

  @Test func refusesATreeWithMoreStatesThanTheLimit() throws {
    let tree = try IOTestSupport.shippedTree()
    do {
      _ = try PageTable(tree: tree, limit: 100)
      Issue.record("a tree of more than 100 states was compiled with a limit of 100")
    } catch {
      #expect(error.limit == 100)
    }
    let table = try PageTable(tree: tree)
    #expect(table.states.count < PageTable.maximumStates)
    #expect(try PageTable(tree: tree, limit: table.states.count).states.count == table.states.count)
  }

  @Test func aSetAnswersCodeIsTheMaskOfItsValues() throws {
    let table = try PageTable(tree: try IOTestSupport.shippedTree())
    let position = try #require(table.facts.firstIndex { $0.id == "orgaMethods" })
    #expect(table.facts[position].values.map(\.id) == ["mediacentre", "identifiant", "mail"])
    #expect(table.domains[position].count == 8)
    #expect(table.domains[position][0] == .values([]))
    #expect(table.domains[position][5] == .values(["mediacentre", "mail"]))
  }

  @Test(arguments: trees)
  func jeNeSaisPasGoesOnExactlyWhereTheQuestionPlansForIt(_ name: String) throws {
    let tree = try IOTestSupport.shippedTree(name)
    let table = try PageTable(tree: tree)
    for state in table.states where !state.next.isEmpty {
      let asks = try #require(table.results[state.result].asks)
      let node = table.questions[asks].node
      let planned = tree.question(at: node)?.whenUnknown != nil
      #expect((state.next.last != .some(nil)) == planned, "\(name) \(node)")
    }
  }

  @Test func aPlannedUnknownLeadsToItsOwnStateAndAnUnplannedOneStaysPending() throws {
    let tree = try #require(TreeCheck(bytes: Array(Self.unknownTree.utf8), sourceName: "unknown.json").tree)
    let table = try PageTable(tree: tree)
    let root = table.states[table.root]
    #expect(table.questions[try #require(table.result(of: table.root).asks)].node == "q1")
    let afterUnknown = try #require(root.next.last ?? nil)
    #expect(table.result(of: afterUnknown).steps == ["check"])
    let second = table.states[afterUnknown]
    #expect(table.questions[try #require(table.result(of: afterUnknown).asks)].node == "q2")
    #expect(second.next.last == .some(nil), "q2 plans nothing for « je ne sais pas »")
    #expect(table.result(of: try #require(second.next[0])).verdict == .action)
  }

  static let unknownTree = """
    {"format": "pixready-tree/1", "id": "t", "version": "1.0.0", "title": {"fr": "T"}, "start": "q1",
     "actors": [{"id": "a", "label": {"fr": "A"}}],
     "facts": [{"id": "f1", "scope": "school", "type": "boolean", "question": {"fr": "F1 ?"}},
               {"id": "f2", "scope": "student", "type": "boolean", "question": {"fr": "F2 ?"}}],
     "steps": [{"id": "check", "actors": ["a"], "title": {"fr": "Vérifier"}, "detail": {"fr": "D"}}],
     "nodes": [
       {"id": "q1", "kind": "question", "fact": "f1", "answers": {"yes": {"next": "q2"}, "no": {"next": "q2"}},
        "whenUnknown": {"next": "q2", "steps": ["check"]}},
       {"id": "q2", "kind": "question", "fact": "f2", "answers": {"yes": {"next": "end"}, "no": {"next": "end"}}},
       {"id": "end", "kind": "outcome"}]}
    """
}
