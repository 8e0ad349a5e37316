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
  public let combinationsProven: Int
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

  /// The actor with this id.
  public func actor(_ id: String) -> Actor? { tree.actors.first { $0.id == id } }
}

/// Validation found errors.
public struct ValidationFailure: Error, Sendable {
  /// Every diagnostic, errors and warnings.
  public var diagnostics: [Diagnostic]
}
