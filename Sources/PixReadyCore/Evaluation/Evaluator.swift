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

  /// Walks the tree with answers read by ``AnswerReader/answers(_:)``: an answer the fact cannot
  /// take (an unknown fact id, a value it does not declare) counts as not given.
  public func evaluate(_ answers: Answers) -> Diagnosis {
    evaluate(AnswerReader(tree: tree).answers(answers))
  }

  /// Walks the tree with `answers`.
  ///
  /// Only the facts on the path are needed; when one is missing the diagnosis is
  /// ``Diagnosis/Outcome/pending(_:)`` and carries the steps and notes gathered so far.
  public func evaluate(_ answers: ValidAnswers) -> Diagnosis {
    diagnosis(of: walker.walk(answers.byFact))
  }

  /// The diagnosis a walk of this tree gives.
  func diagnosis(of walk: Walker.Walk) -> Diagnosis {
    let steps = walk.steps.compactMap { tree.index.steps[$0] }
    let outcome: Diagnosis.Outcome
    switch walk.end {
    case .outcome(let node):
      var headline: LocalizedText?
      if case .outcome(let reached)? = tree.index.nodes[node]?.kind { headline = reached.title }
      outcome = .complete(Diagnosis.Conclusion(verdict: Self.verdict(for: steps), node: node, headline: headline))
    case .needs(let fact, let node):
      outcome = .pending(Diagnosis.Missing(fact: fact, node: node))
    case .noCaseHolds(let node), .deadEnd(let node), .loop(let node), .uncoveredAnswer(let node),
      .unknownNode(_, from: let node):
      // The exhaustiveness proof walked every answer the facts accept through the same transitions.
      preconditionFailure("validation proves every walk ends at an outcome or a missing fact, not at \(node)")
    }
    return Diagnosis(
      tree: tree.identity, outcome: outcome, steps: steps, notes: walk.notes, trace: walk.trace, path: walk.path)
  }

  /// `ready` without steps, `support` when a step escalates, otherwise `action`.
  public static func verdict(for steps: [Step]) -> Verdict {
    if steps.isEmpty { return .ready }
    return steps.contains(where: \.escalates) ? .support : .action
  }
}
