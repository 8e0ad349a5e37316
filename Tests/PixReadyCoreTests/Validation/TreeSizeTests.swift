import PixReadyCore
import Testing

/// Trees that are large or shaped to break counting: the proof stays exact and linear.
struct TreeSizeTests {
  /// A chain of `length` boolean questions: « yes » ends at an outcome, « no » asks the next one.
  static func chain(_ length: Int) -> String {
    let facts = (0..<length).map {
      #"{"id": "f\#($0)", "scope": "student", "type": "boolean", "question": "Q\#($0) ?"}"#
    }
    let nodes = (0..<length).map { index in
      let next = index + 1 < length ? "q\(index + 1)" : "end"
      return #"{"id": "q\#(index)", "kind": "question", "fact": "f\#(index)", "answers": {"yes": "end", "no": "\#(next)"}}"#
    }
    return """
      {"format": "pixready-tree/1", "id": "chain", "version": "1", "title": "Chaîne", "start": "q0",
       "actors": [], "facts": [\(facts.joined(separator: ","))], "steps": [],
       "nodes": [\(nodes.joined(separator: ",")), {"id": "end", "kind": "outcome", "title": "Fin"}]}
      """
  }

  private func check(_ json: String) -> TreeCheck {
    TreeCheck(bytes: Array(json.utf8), sourceName: "chain.json")
  }

  @Test(arguments: [62, 63, 64, 65, 130])
  func countsEveryCombinationOfALongChainExactly(_ length: Int) {
    let check = check(Self.chain(length))
    #expect(check.tree != nil)
    var expected = CombinationCount(1)
    for _ in 0..<length { expected = expected.multiplied(by: 2) }
    #expect(check.combinationsProven == expected)
  }

  @Test func countsPrintInDecimalBeyondInt() {
    var count = CombinationCount(1)
    for _ in 0..<64 { count = count.multiplied(by: 2) }
    #expect(count.description == "18446744073709551616")
    #expect(count.intValue == nil)
    #expect(count.divided(by: 2).divided(by: 2).description == "4611686018427387904")
    #expect((CombinationCount(999_999_999) + CombinationCount(1)).description == "1000000000")
  }

  /// The proof resumes where a fact is needed instead of walking from the start for every leaf:
  /// 5 000 chained questions are proven at once (a cubic proof took minutes here).
  @Test func provesAChainOfFiveThousandQuestions() {
    let check = check(Self.chain(5000))
    #expect(check.tree != nil)
    #expect(check.combinationsProven.description.count == 1506)  // 2^5000 has 1 506 digits
  }

  @Test func refusesASetFactWithMoreValuesThanAProofCanWalk() {
    let values = (0..<17).map { #"{"id": "v\#($0)", "label": "V\#($0)"}"# }.joined(separator: ",")
    let json = """
      {"format": "pixready-tree/1", "id": "big-set", "version": "1", "title": "Ensemble", "start": "q",
       "actors": [], "steps": [],
       "facts": [{"id": "many", "scope": "student", "type": "set", "question": "Lesquelles ?", "values": [\(values)]}],
       "nodes": [{"id": "q", "kind": "question", "fact": "many", "answers": {}, "next": "end"},
                 {"id": "end", "kind": "outcome", "title": "Fin"}]}
      """
    let check = check(json)
    #expect(check.tree == nil)
    let finding = check.diagnostics.first { $0.code == "too-many-values" }
    #expect(finding?.problem == .tooManyValues(fact: "many", count: 17, maximum: 16))
    #expect(finding?.location.line == 3)
    #expect(finding?.location.jsonPath == "$.facts[0].values")
  }

  @Test func refusesTwoFactsWhoseColumnsCollideAsAClassFileReadsThem() {
    let json = """
      {"format": "pixready-tree/1", "id": "columns", "version": "1", "title": "Colonnes", "start": "q1",
       "actors": [], "steps": [],
       "facts": [{"id": "siecleImported", "scope": "school", "type": "boolean", "question": "1 ?", "columns": ["siecle_a_jour"]},
                 {"id": "garAssigned", "scope": "school", "type": "boolean", "question": "2 ?", "columns": ["Siecle-A-Jour"]}],
       "nodes": [{"id": "q1", "kind": "question", "fact": "siecleImported", "answers": {"yes": "q2", "no": "q2"}},
                 {"id": "q2", "kind": "question", "fact": "garAssigned", "answers": {"yes": "end", "no": "end"}},
                 {"id": "end", "kind": "outcome", "title": "Fin"}]}
      """
    let check = check(json)
    #expect(check.tree == nil)
    #expect(
      check.diagnostics.filter { $0.severity == .error }.map(\.problem)
        == [.duplicateColumn(column: "siecle_a_jour", facts: ["siecleImported", "garAssigned"])])
  }

  @Test func checksTheShapeOfUnknownEdges() {
    let json = """
      {"format": "pixready-tree/1", "id": "shape", "version": "1", "title": "Forme", "start": "q1",
       "actors": [], "steps": [],
       "facts": [{"id": "b", "scope": "school", "type": "boolean", "question": "1 ?"},
                 {"id": "s", "scope": "student", "type": "set", "question": "2 ?", "values": [{"id": "x", "label": "X"}]}],
       "nodes": [{"id": "q1", "kind": "question", "fact": "b", "answers": {"yes": "q2", "no": "q2"}, "whenUnknown": {"notes": ["?"]}},
                 {"id": "q2", "kind": "question", "fact": "s", "answers": {}, "next": "end", "whenUnknown": {"next": "ghost"}},
                 {"id": "end", "kind": "outcome", "title": "Fin"}]}
      """
    let problems = check(json).diagnostics.map(\.problem)
    #expect(problems.contains(.questionShape(node: "q1", fact: "b", kind: .boolean, expected: .unknownNeedsNext)))
    #expect(problems.contains(.questionShape(node: "q2", fact: "s", kind: .set, expected: .setUnknownHasNoNext)))
    #expect(problems.contains(.unknownReference(kind: .node, id: "ghost", suggestion: nil)))
  }
}
