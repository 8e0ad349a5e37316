/// The tree's declarations by id, for the walker and the validator.
struct TreeIndex: Sendable {
  let tree: DecisionTree
  let nodes: [String: Node]
  let facts: [String: Fact]
  let steps: [String: Step]

  init(_ tree: DecisionTree) {
    self.tree = tree
    nodes = Dictionary(tree.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    facts = Dictionary(tree.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    steps = Dictionary(tree.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Every answer a fact can take: each value, or each subset of values for a set.
  func domain(of fact: Fact) -> [Answer] {
    switch fact.kind {
    case .boolean, .choice:
      return fact.values.map { .value($0.id) }
    case .set:
      let ids = fact.values.map(\.id)
      guard ids.count <= 16 else { return [] }
      return (0..<(1 << ids.count)).map { mask in
        .values(Set(ids.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)))
      }
    }
  }
}
