/// Exhaustiveness, proven by walking: every combination of answers reaches exactly one outcome.
///
/// Facts have finite domains. The rule walks the tree with no answer, and each time the walk needs
/// a fact it splits over every value of that fact, so each leaf stands for all the combinations of
/// the facts it never needed. The sum over the leaves is the number of combinations proven. The
/// same walk finds unreachable nodes, cases that never hold, and facts and steps never used.
struct ExhaustivenessRule {
  struct Result {
    var diagnostics: [Diagnostic]
    var combinations: Int
  }

  private struct Failure {
    var problem: (_ example: [FactChoice], _ count: Int) -> TreeProblem
    var example: [FactChoice]
    var count: Int
  }

  func check(_ context: ValidationContext, skipUnknownReferences: Bool) -> Result {
    let walker = Walker(index: context.index)
    let facts = context.tree.facts
    let domains = Dictionary(
      facts.map { ($0.id, context.index.domain(of: $0)) }, uniquingKeysWith: { first, _ in first })
    var visited: Set<String> = []
    var casesTaken: Set<String> = []
    var usedFacts: Set<String> = []
    var usedSteps: Set<String> = []
    var failures: [String: Failure] = [:]
    var repeated: [String: String] = [:]
    var proven = 0

    func freeCombinations(_ answers: Answers) -> Int {
      facts.filter { answers[$0.id] == nil }.reduce(1) { total, fact in
        total.multipliedReportingOverflow(by: max(1, domains[fact.id]?.count ?? 1)).partialValue
      }
    }

    func record(_ node: String, _ answers: Answers, _ problem: @escaping ([FactChoice], Int) -> TreeProblem) {
      let count = freeCombinations(answers)
      if var failure = failures[node] {
        failure.count += count
        failures[node] = failure
      } else {
        failures[node] = Failure(problem: problem, example: example(answers, facts), count: count)
      }
    }

    var pending: [Answers] = [[:]]
    while let answers = pending.popLast() {
      let walk = walker.walk(answers)
      visited.formUnion(walk.path)
      usedFacts.formUnion(walk.trace.map(\.fact))
      casesTaken.formUnion(walk.casesTaken.map { "\($0.node)#\($0.index)" })
      for step in walk.repeatedSteps { repeated[step] = walk.path.last ?? "" }
      switch walk.end {
      case .outcome:
        usedSteps.formUnion(walk.steps)
        proven += freeCombinations(answers)
      case .needs(let fact, _):
        usedFacts.insert(fact)
        for value in domains[fact] ?? [] {
          var next = answers
          next[fact] = value
          pending.append(next)
        }
      case .noCaseHolds(let node):
        record(node, answers) { example, count in
          .notExhaustive(node: node, counterExample: example, combinations: count)
        }
      case .deadEnd(let node):
        record(node, answers) { example, _ in .deadEnd(node: node, counterExample: example) }
      case .unknownNode, .loop, .uncoveredAnswer:
        break  // reported by ReferenceRule and CycleRule
      }
    }

    var found = failures.keys.sorted().compactMap { node -> Diagnostic? in
      guard let failure = failures[node] else { return nil }
      return context.onNode(.error, failure.problem(failure.example, failure.count), node)
    }
    if skipUnknownReferences {
      // With broken references the walks stop early: only structural reachability is meaningful.
      found += unreachableFromStart(context)
    } else {
      found += unused(context, visited: visited, casesTaken: casesTaken, usedFacts: usedFacts, usedSteps: usedSteps)
    }
    for (step, node) in repeated.sorted(by: { $0.key < $1.key }) {
      found.append(context.onNode(.warning, .repeatedStep(step: step, node: node), node))
    }
    return Result(diagnostics: found, combinations: proven)
  }

  private func unreachableFromStart(_ context: ValidationContext) -> [Diagnostic] {
    var seen: Set<String> = []
    var pending = [context.tree.start]
    while let id = pending.popLast() {
      guard seen.insert(id).inserted, let node = context.index.nodes[id] else { continue }
      pending += CycleRule.successors(of: node)
    }
    return context.tree.nodes.filter { !seen.contains($0.id) }.map {
      context.onNode(.warning, .unreachableNode(id: $0.id), $0.id)
    }
  }

  private func example(_ answers: Answers, _ facts: [Fact]) -> [FactChoice] {
    facts.compactMap { fact in
      guard let answer = answers[fact.id] else { return nil }
      switch answer {
      case .value(let value):
        return FactChoice(fact: fact.id, answer: value)
      case .values(let values):
        let ordered = fact.values.map(\.id).filter { values.contains($0) }
        return FactChoice(fact: fact.id, answer: "{\(ordered.joined(separator: ","))}")
      }
    }
  }

  private func unused(
    _ context: ValidationContext, visited: Set<String>, casesTaken: Set<String>, usedFacts: Set<String>,
    usedSteps: Set<String>
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for node in context.tree.nodes {
      guard visited.contains(node.id) else {
        found.append(context.onNode(.warning, .unreachableNode(id: node.id), node.id))
        continue
      }
      if case .branch(let branch) = node.kind {
        for caseIndex in branch.cases.indices where !casesTaken.contains("\(node.id)#\(caseIndex)") {
          found.append(
            context.onNode(
              .warning, .caseNeverHolds(node: node.id, caseIndex: caseIndex), node.id, suffix: ".cases[\(caseIndex)]"))
        }
      }
    }
    for (factIndex, fact) in context.tree.facts.enumerated() where !usedFacts.contains(fact.id) {
      found.append(
        context.diagnostic(.warning, .unusedFact(id: fact.id), at: fact.position, path: "$.facts[\(factIndex)]"))
    }
    for (stepIndex, step) in context.tree.steps.enumerated() where !usedSteps.contains(step.id) {
      found.append(
        context.diagnostic(.warning, .unusedStep(id: step.id), at: step.position, path: "$.steps[\(stepIndex)]"))
    }
    return found
  }
}
