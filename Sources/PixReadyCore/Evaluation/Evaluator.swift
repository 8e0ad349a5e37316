/// Evaluates a validated tree: answers in, diagnosis out. Pure: no I/O, no state.
public struct Evaluator: Sendable {
  /// The tree evaluated.
  public let tree: ValidatedTree
  private let walker: Walker

  /// Creates an evaluator for a validated tree.
  public init(tree: ValidatedTree) {
    self.tree = tree
    walker = Walker(index: tree.index)
  }

  /// Walks the tree with `answers`.
  ///
  /// Only the facts on the path are needed; when one is missing the diagnosis names it in
  /// ``Diagnosis/missingFact`` and carries the steps and notes gathered so far. An answer the
  /// fact cannot take (an unknown fact id, a value it does not declare) counts as not given.
  public func evaluate(_ answers: Answers) -> Diagnosis {
    let walk = walker.walk(answers.filter { fact, answer in
      tree.index.facts[fact].map { tree.index.accepts(answer, for: $0) } ?? false
    })
    let steps = walk.steps.compactMap { tree.index.steps[$0] }
    var diagnosis = Diagnosis(
      tree: tree.identity, verdict: nil, missingFact: nil, outcome: nil, headline: nil, steps: steps,
      notes: walk.notes, trace: walk.trace, path: walk.path)
    switch walk.end {
    case .outcome(let node):
      diagnosis.outcome = node
      if case .outcome(let outcome)? = tree.index.nodes[node]?.kind {
        diagnosis.headline = outcome.title
      }
      diagnosis.verdict = Self.verdict(for: steps)
    case .needs(let fact, let node):
      diagnosis.missingFact = Diagnosis.Missing(fact: fact, node: node)
    case .noCaseHolds, .deadEnd, .unknownNode, .loop, .uncoveredAnswer:
      // Proven impossible for a validated tree and answers its facts accept: the diagnosis stays
      // incomplete (neither a verdict nor a missing fact) rather than stopping the process.
      break
    }
    return diagnosis
  }

  /// `ready` without steps, `support` when a step escalates, otherwise `action`.
  public static func verdict(for steps: [Step]) -> Verdict {
    if steps.isEmpty { return .ready }
    return steps.contains(where: \.escalates) ? .support : .action
  }
}
