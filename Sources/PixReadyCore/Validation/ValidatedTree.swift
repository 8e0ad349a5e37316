/// A tree that passed validation: every id resolves, there is no cycle, and every combination of
/// answers reaches exactly one outcome.
///
/// Only a validated tree can be evaluated, so the evaluator can trust every reference.
public struct ValidatedTree: Sendable {
  /// The tree.
  public let tree: DecisionTree
  /// Its identity (id, version, content hash).
  public let identity: TreeIdentity
  /// The warnings found (errors prevent construction).
  public let warnings: [Diagnostic]
  /// How many combinations of answers were proven to reach an outcome.
  public let combinationsProven: CombinationCount
  let index: TreeIndex
  let spellings: [String: [String: String]]

  /// Validates `tree`.
  ///
  /// - Throws: ``ValidationFailure`` with every diagnostic when any is an error.
  public init(_ tree: DecisionTree, identity: TreeIdentity, sourceName: String) throws(ValidationFailure) {
    let report = TreeValidator(sourceName: sourceName).validate(tree)
    guard !report.diagnostics.hasErrors else {
      throw ValidationFailure(diagnostics: report.diagnostics)
    }
    self.init(tree, identity: identity, report: report)
  }

  /// Wraps a tree whose validation `report` has no error.
  init(_ tree: DecisionTree, identity: TreeIdentity, report: TreeValidator.Report) {
    self.tree = tree
    self.identity = identity
    warnings = report.diagnostics
    combinationsProven = report.combinationsProven
    index = TreeIndex(tree)
    spellings = Dictionary(uniqueKeysWithValues: tree.facts.map { ($0.id, AnswerReader.spellings(of: $0)) })
  }

  /// The fact with this id.
  public func fact(_ id: String) -> Fact? { index.facts[id] }

  /// The step with this id.
  public func step(_ id: String) -> Step? { index.steps[id] }

  /// The question node with this id, if it is one.
  public func question(at node: String) -> Question? {
    guard case .question(let question)? = index.nodes[node]?.kind else { return nil }
    return question
  }

  /// Whether a class file may leave out the column of this fact: every question asking it plans
  /// « je ne sais pas », so every row is read as not knowing it.
  public func mayOmitColumn(of fact: String) -> Bool {
    index.alwaysPlansUnknown.contains(fact)
  }

  /// Whether some question plans « je ne sais pas » for this fact.
  public func plansUnknown(for fact: String) -> Bool {
    index.plansUnknown.contains(fact)
  }

  /// The actor with this id.
  public func actor(_ id: String) -> Actor? { tree.actors.first { $0.id == id } }
}

/// Validation found errors.
public struct ValidationFailure: Error, Sendable {
  /// Every diagnostic, errors and warnings.
  public var diagnostics: [Diagnostic]
}
