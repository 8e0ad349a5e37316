/// The tree's declarations by id, for the walker and the validator.
struct TreeIndex: Sendable {
  let tree: DecisionTree
  let nodes: [String: Node]
  let facts: [String: Fact]
  let steps: [String: Step]
  /// The facts some question plans « je ne sais pas » for (a `whenUnknown` edge).
  let plansUnknown: Set<String>
  /// The facts every question asking them plans « je ne sais pas » for: a class file may omit their column.
  let alwaysPlansUnknown: Set<String>
  /// The number of each fact some question asks: its place among those facts, in declaration order.
  let questionNumbers: [String: Int]

  /// The most values a set fact may have: its domain has 2ⁿ answers.
  static let maximumSetValues = 16

  init(_ tree: DecisionTree) {
    self.tree = tree
    nodes = Dictionary(tree.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    facts = Dictionary(tree.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    steps = Dictionary(tree.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var planned: Set<String> = []
    var unplanned: Set<String> = []
    for node in tree.nodes {
      guard case .question(let question) = node.kind else { continue }
      if question.whenUnknown == nil {
        unplanned.insert(question.fact)
      } else {
        planned.insert(question.fact)
      }
    }
    plansUnknown = planned
    alwaysPlansUnknown = planned.subtracting(unplanned)
    let asked = planned.union(unplanned)
    var numbers: [String: Int] = [:]
    for fact in tree.facts where asked.contains(fact.id) && numbers[fact.id] == nil {
      numbers[fact.id] = numbers.count + 1
    }
    questionNumbers = numbers
  }

  /// Every answer a fact can take: each value, or each subset of values for a set.
  func domain(of fact: Fact) -> [Answer] {
    switch fact.kind {
    case .boolean, .choice:
      return fact.values.map { .value($0.id) }
    case .set:
      let ids = fact.values.map(\.id)
      guard ids.count <= Self.maximumSetValues else { return [] }
      return (0..<(1 << ids.count)).map { mask in
        .values(Set(ids.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)))
      }
    }
  }

  /// The answers the exhaustiveness proof walks for a fact: its domain, and « je ne sais pas »
  /// when some question plans for it.
  func proofDomain(of fact: Fact) -> [Answer] {
    domain(of: fact) + (plansUnknown.contains(fact.id) ? [.unknown] : [])
  }

  /// Whether `answer` is one the fact can take (unknown always can).
  func accepts(_ answer: Answer, for fact: Fact) -> Bool {
    switch (fact.kind, answer) {
    case (_, .unknown): true
    case (.boolean, .value(let value)), (.choice, .value(let value)): fact.values.contains { $0.id == value }
    case (.set, .values(let values)):
      values.count <= Self.maximumSetValues && values.allSatisfy { value in fact.values.contains { $0.id == value } }
    case (.boolean, .values), (.choice, .values), (.set, .value): false
    }
  }
}
