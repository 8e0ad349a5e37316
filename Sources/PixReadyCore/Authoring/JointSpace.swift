/// The answers of two versions of a tree in one space: the union of their facts and values, renamed
/// ones under their new id. Walks both versions side by side for ``TreeDiff``.
struct JointSpace {
  /// One version seen from the joint space.
  struct Side {
    let tree: ValidatedTree
    let evaluator: Evaluator
    /// Joint fact id → this version's fact id.
    let factIDs: [String: String]
    /// This version's fact id → joint fact id.
    let jointIDs: [String: String]
    /// Joint fact id → joint value id → this version's value id.
    let valueIDs: [String: [String: String]]
    /// This version's fact id → its domain.
    let domains: [String: Set<Answer>]

    enum Step {
      case done(TreeDiff.Result)
      case needs(String)
    }

    /// Walks this version with the joint answers it understands.
    func walk(_ joint: Answers) -> Step {
      var answers: Answers = [:]
      for (jointFact, answer) in joint {
        guard let fact = factIDs[jointFact] else { continue }
        let local = translate(answer, valueIDs[jointFact] ?? [:])
        if domains[fact]?.contains(local) == true { answers[fact] = local }
      }
      let diagnosis = evaluator.evaluate(ValidAnswers(trusted: answers))
      switch diagnosis.outcome {
      case .complete(let conclusion):
        return .done(.outcome(node: conclusion.node, verdict: conclusion.verdict, steps: diagnosis.steps.map(\.id)))
      case .pending(let missing):
        let needed = jointIDs[missing.fact] ?? missing.fact
        return joint[needed] == nil ? .needs(needed) : .done(.unanswerable(fact: needed))
      }
    }

    private func translate(_ answer: Answer, _ values: [String: String]) -> Answer {
      switch answer {
      case .value(let value): .value(values[value] ?? value)
      case .values(let set): .values(Set(set.map { values[$0] ?? $0 }))
      case .unknown: .unknown
      }
    }
  }

  let facts: [Fact]
  let domains: [String: [Answer]]
  let oldSide: Side
  let newSide: Side
  /// Old step id → new step id, for renamed steps.
  let stepRenames: [String: String]

  init(old: ValidatedTree, new: ValidatedTree, identifiers: [IdentifierChanges]) {
    let renames = { (kind: IdentifierKind, fact: String?) -> [String: String] in
      let changes = identifiers.first { $0.kind == kind && $0.fact == fact }
      return Dictionary(uniqueKeysWithValues: (changes?.renamed ?? []).map { ($0.old, $0.new) })
    }
    let factRenames = renames(.fact, nil)
    stepRenames = renames(.step, nil)
    let oldJoint = Dictionary(uniqueKeysWithValues: old.tree.facts.map { ($0.id, factRenames[$0.id] ?? $0.id) })
    let newIDs = Set(new.tree.facts.map(\.id))
    facts = new.tree.facts + old.tree.facts.filter { oldJoint[$0.id].map { !newIDs.contains($0) } ?? true }
    var oldValues: [String: [String: String]] = [:]  // joint fact → joint value → old value
    var domains: [String: [Answer]] = [:]
    for fact in new.tree.facts { domains[fact.id] = new.index.proofDomain(of: fact) }
    for fact in old.tree.facts {
      let joint = oldJoint[fact.id] ?? fact.id
      let valueRenames = renames(.value, joint)
      oldValues[joint] = Dictionary(uniqueKeysWithValues: valueRenames.map { ($1, $0) })
      for answer in old.index.proofDomain(of: fact) {
        let mapped = Self.map(answer, valueRenames)
        if domains[joint]?.contains(mapped) != true { domains[joint, default: []].append(mapped) }
      }
    }
    self.domains = domains
    oldSide = Side(
      tree: old, evaluator: Evaluator(tree: old),
      factIDs: Dictionary(uniqueKeysWithValues: oldJoint.map { ($1, $0) }), jointIDs: oldJoint, valueIDs: oldValues,
      domains: Dictionary(uniqueKeysWithValues: old.tree.facts.map { ($0.id, Set(old.index.proofDomain(of: $0))) }))
    newSide = Side(
      tree: new, evaluator: Evaluator(tree: new),
      factIDs: Dictionary(uniqueKeysWithValues: new.tree.facts.map { ($0.id, $0.id) }),
      jointIDs: Dictionary(uniqueKeysWithValues: new.tree.facts.map { ($0.id, $0.id) }), valueIDs: [:],
      domains: Dictionary(uniqueKeysWithValues: new.tree.facts.map { ($0.id, Set(new.index.proofDomain(of: $0))) }))
  }

  private static func map(_ answer: Answer, _ renames: [String: String]) -> Answer {
    switch answer {
    case .value(let value): .value(renames[value] ?? value)
    case .values(let set): .values(Set(set.map { renames[$0] ?? $0 }))
    case .unknown: .unknown
    }
  }

  /// The combinations of the facts not answered in `answers`.
  func combinations(_ answers: Answers) -> CombinationCount {
    facts.filter { answers[$0.id] == nil }.reduce(CombinationCount(1)) { total, fact in
      total.multiplied(by: max(1, domains[fact.id]?.count ?? 1))
    }
  }

  /// Every set of answers on which the versions disagree.
  func compare() -> [TreeDiff.Change] {
    var changes: [TreeDiff.Change] = []
    func walk(_ answers: Answers) {
      let oldStep = oldSide.walk(answers)
      let newStep = newSide.walk(answers)
      let needed: String
      switch (oldStep, newStep) {
      case (.needs(let fact), _), (_, .needs(let fact)):
        needed = fact
      case (.done(let oldResult), .done(let newResult)):
        if !same(oldResult, newResult) {
          changes.append(
            TreeDiff.Change(answers: answers, combinations: combinations(answers), old: oldResult, new: newResult))
        }
        return
      }
      for value in domains[needed] ?? [] {
        var next = answers
        next[needed] = value
        walk(next)
      }
    }
    walk([:])
    return changes
  }

  private func same(_ old: TreeDiff.Result, _ new: TreeDiff.Result) -> Bool {
    switch (old, new) {
    case (.outcome(_, let oldVerdict, let oldSteps), .outcome(_, let newVerdict, let newSteps)):
      return oldVerdict == newVerdict && oldSteps.map { stepRenames[$0] ?? $0 } == newSteps
    case (.unanswerable(let oldFact), .unanswerable(let newFact)):
      return oldFact == newFact
    case (.outcome, .unanswerable), (.unanswerable, .outcome):
      return false
    }
  }
}
