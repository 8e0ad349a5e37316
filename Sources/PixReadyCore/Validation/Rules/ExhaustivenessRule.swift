/// Exhaustiveness, proven by walking: every combination of answers reaches exactly one outcome.
///
/// Facts have finite domains (their values, and « je ne sais pas » where a question plans for it).
/// The rule walks the tree depth first from the start with no answer, through the same
/// ``Walker/transition(at:answers:)`` the evaluator follows; each time a node needs a fact it splits
/// over every answer of that fact and resumes at that node, so each leaf stands for all the
/// combinations of the facts it never needed. The walk is never redone from the start: the cost
/// is linear in the size of what is proven. The sum over the leaves is the number of combinations
/// proven. The same walk finds unreachable nodes, cases that never hold, facts and steps never
/// used, and steps added twice on a path.
struct ExhaustivenessRule: TreeRule {
  func apply(_ context: ValidationContext, to findings: inout TreeFindings) {
    let result = check(context, skipUnknownReferences: findings.diagnostics.hasErrors)
    findings.diagnostics += result.diagnostics
    findings.combinationsProven = result.combinations
    findings.combinationsPending = result.pending
  }

  struct Result {
    var diagnostics: [Diagnostic]
    /// Combinations that reach an outcome.
    var combinations: CombinationCount
    /// Combinations that stop on a « je ne sais pas » no node plans for (the case stays pending).
    var pending: CombinationCount
  }

  private struct Failure {
    var problem: (_ example: [FactChoice], _ count: CombinationCount) -> TreeProblem
    var example: [FactChoice]
    var count: CombinationCount
  }

  /// A node that needed a fact, with the answers still to try.
  private struct Split {
    var node: String
    var fact: String
    var answers: [Answer]
    var next = 0
    var weight: CombinationCount
    var pathLength: Int
    var stepsLength: Int
  }

  /// What the depth-first walk has gathered.
  private struct Exploration {
    var visited: Set<String> = []
    var casesTaken: Set<String> = []
    var usedFacts: Set<String> = []
    var usedSteps: Set<String> = []
    var failures: [String: Failure] = [:]
    var repeated: [String: String] = [:]
    var proven = CombinationCount.zero
    var pending = CombinationCount.zero
  }

  /// With `skipUnknownReferences` (earlier rules found errors) the walks stop early, so only
  /// structural reachability is reported.
  private func check(_ context: ValidationContext, skipUnknownReferences: Bool) -> Result {
    let exploration = explore(context)
    var found = exploration.failures.keys.sorted().compactMap { node -> Diagnostic? in
      guard let failure = exploration.failures[node] else { return nil }
      return context.onNode(.error, failure.problem(failure.example, failure.count), node)
    }
    if skipUnknownReferences {
      // With broken references the walks stop early: only structural reachability is meaningful.
      found += unreachableFromStart(context)
    } else {
      found += unused(context, exploration)
    }
    for (step, node) in exploration.repeated.sorted(by: { $0.key < $1.key }) {
      found.append(context.onNode(.warning, .repeatedStep(step: step, node: node), node))
    }
    return Result(diagnostics: found, combinations: exploration.proven, pending: exploration.pending)
  }

  private func explore(_ context: ValidationContext) -> Exploration {
    let walker = Walker(index: context.index)
    let facts = context.tree.facts
    let domains = Dictionary(
      facts.map { ($0.id, context.index.proofDomain(of: $0)) }, uniquingKeysWith: { first, _ in first })
    var total = CombinationCount(1)
    for fact in facts { total = total.multiplied(by: max(1, domains[fact.id]?.count ?? 1)) }

    var result = Exploration()
    var answers: Answers = [:]
    var path: [String] = []
    var onPath: Set<String> = []
    var steps: [String] = []
    var stepsOnPath: Set<String> = []
    var splits: [Split] = []
    var current: String? = context.tree.start
    var weight = total

    func record(_ node: String, _ problem: @escaping ([FactChoice], CombinationCount) -> TreeProblem) {
      if var failure = result.failures[node] {
        failure.count += weight
        result.failures[node] = failure
      } else {
        result.failures[node] = Failure(problem: problem, example: example(answers, facts), count: weight)
      }
    }

    while true {
      // Follow the walk until it ends or needs a fact.
      while let id = current {
        current = nil
        guard let node = context.index.nodes[id], !onPath.contains(id) else { break }  // reported elsewhere
        path.append(id)
        onPath.insert(id)
        result.visited.insert(id)
        switch walker.transition(at: node, answers: answers) {
        case .outcome(let outcomeSteps):
          for step in outcomeSteps { add(step, at: id, &steps, &stepsOnPath, &result) }
          result.proven += weight
        case .needs(let fact):
          result.usedFacts.insert(fact)
          if answers[fact] == nil {
            path.removeLast()
            onPath.remove(id)
            let values = domains[fact] ?? []
            splits.append(
              Split(
                node: id, fact: fact, answers: values, weight: weight.divided(by: max(1, values.count)),
                pathLength: path.count, stepsLength: steps.count))
          } else {
            result.pending += weight
          }
        case .follow(let edges, let next, let traced, let caseIndex):
          if traced != nil, case .question(let question) = node.kind { result.usedFacts.insert(question.fact) }
          if let caseIndex { result.casesTaken.insert("\(id)#\(caseIndex)") }
          for edge in edges {
            for step in edge.steps { add(step, at: id, &steps, &stepsOnPath, &result) }
          }
          if let next {
            current = next
          } else {
            record(id) { example, _ in .deadEnd(node: id, counterExample: example) }
          }
        case .noCaseHolds:
          record(id) { example, count in .notExhaustive(node: id, counterExample: example, combinations: count) }
        case .uncovered:
          break  // reported by ReferenceRule
        }
      }
      // Back to the latest split that has an answer left to try.
      guard let resumed = resume(&splits, &answers, &path, &onPath, &steps, &stepsOnPath) else { break }
      current = resumed.node
      weight = resumed.weight
    }
    return result
  }

  /// Undoes the walk back to the latest split with an answer left, gives that answer, and says
  /// where to resume; `nil` when every split is done.
  private func resume(
    _ splits: inout [Split], _ answers: inout Answers, _ path: inout [String], _ onPath: inout Set<String>,
    _ steps: inout [String], _ stepsOnPath: inout Set<String>
  ) -> (node: String, weight: CombinationCount)? {
    while var split = splits.popLast() {
      while path.count > split.pathLength { onPath.remove(path.removeLast()) }
      while steps.count > split.stepsLength { stepsOnPath.remove(steps.removeLast()) }
      answers[split.fact] = nil
      guard split.next < split.answers.count else { continue }
      answers[split.fact] = split.answers[split.next]
      split.next += 1
      splits.append(split)
      return (split.node, split.weight)
    }
    return nil
  }

  private func add(
    _ step: String, at node: String, _ steps: inout [String], _ stepsOnPath: inout Set<String>,
    _ result: inout Exploration
  ) {
    result.usedSteps.insert(step)
    if stepsOnPath.insert(step).inserted {
      steps.append(step)
    } else {
      result.repeated[step] = node
    }
  }

  private func unreachableFromStart(_ context: ValidationContext) -> [Diagnostic] {
    var seen: Set<String> = []
    var pending = [context.tree.start]
    while let id = pending.popLast() {
      guard seen.insert(id).inserted, let node = context.index.nodes[id] else { continue }
      pending += CycleRule.successors(of: node)
    }
    // One finding for every node the broken references cut off, at the first of them: the
    // consequence of the unknown references, not a cascade of « unreachable » warnings.
    let cut = context.tree.nodes.filter { !seen.contains($0.id) }.map(\.id)
    guard let first = cut.first else { return [] }
    return [context.onNode(.warning, .cutOffNodes(ids: cut), first)]
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
      case .unknown:
        return FactChoice(fact: fact.id, answer: "?")
      }
    }
  }

  private func unused(_ context: ValidationContext, _ exploration: Exploration) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for node in context.tree.nodes {
      guard exploration.visited.contains(node.id) else {
        found.append(context.onNode(.warning, .unreachableNode(id: node.id), node.id))
        continue
      }
      if case .branch(let branch) = node.kind {
        for caseIndex in branch.cases.indices where !exploration.casesTaken.contains("\(node.id)#\(caseIndex)") {
          found.append(
            context.onNode(
              .warning, .caseNeverHolds(node: node.id, caseIndex: caseIndex), node.id, suffix: ".cases[\(caseIndex)]"))
        }
      }
    }
    for (factIndex, fact) in context.tree.facts.enumerated() where !exploration.usedFacts.contains(fact.id) {
      found.append(
        context.diagnostic(.warning, .unusedFact(id: fact.id), at: fact.position, path: "$.facts[\(factIndex)]"))
    }
    for (stepIndex, step) in context.tree.steps.enumerated() where !exploration.usedSteps.contains(step.id) {
      found.append(
        context.diagnostic(.warning, .unusedStep(id: step.id), at: step.position, path: "$.steps[\(stepIndex)]"))
    }
    return found
  }
}
