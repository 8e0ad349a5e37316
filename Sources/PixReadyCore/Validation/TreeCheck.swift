/// Loads and validates a tree in one go: what `pixready lint` and every command run first.
public struct TreeCheck: Sendable {
  /// The validated tree, when there is no error.
  public var tree: ValidatedTree?
  /// Every diagnostic from loading and validation, in a stable order.
  public var diagnostics: [Diagnostic]
  /// How many combinations of answers were proven to reach an outcome (0 when loading failed).
  public var combinationsProven: CombinationCount
  /// How many combinations stop on a « je ne sais pas » no node plans for (they stay pending).
  public var combinationsPending: CombinationCount
  /// The identity of the tree, when its header could be read.
  public var identity: TreeIdentity?

  /// Loads and validates the bytes of a tree file.
  public init(bytes: some Collection<UInt8>, sourceName: String) {
    let loaded = TreeLoader(sourceName: sourceName).load(bytes)
    identity = loaded.identity
    guard let tree = loaded.tree, let identity = loaded.identity else {
      self.diagnostics = loaded.diagnostics.sortedByLocation
      combinationsProven = .zero
      combinationsPending = .zero
      return
    }
    let report = TreeValidator(sourceName: sourceName).validate(tree)
    // Causes before consequences: what loading found (a misspelt member, a wrong type) comes first,
    // then what validation found because of it (a dead end where the misspelt « next » was).
    diagnostics = loaded.diagnostics.sortedByLocation + report.diagnostics.sortedByLocation
    combinationsProven = report.combinationsProven
    combinationsPending = report.combinationsPending
    if !diagnostics.hasErrors {
      self.tree = ValidatedTree(tree, identity: identity, report: report)
    }
  }
}
