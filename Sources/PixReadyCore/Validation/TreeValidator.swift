/// Checks a loaded tree and reports every problem, not the first.
///
/// Each rule is a small ``TreeRule`` type (one file in `Rules/`); the validator runs the list
/// ``rules`` in order, exhaustiveness proven by walking every combination of answers among them.
public struct TreeValidator: Sendable {
  /// What validation found.
  public struct Report: Sendable {
    /// Every diagnostic, errors and warnings, in a stable order.
    public var diagnostics: [Diagnostic]
    /// How many combinations of answers were proven to reach an outcome.
    public var combinationsProven: CombinationCount
    /// How many combinations stop on a « je ne sais pas » that no node plans for: those cases stay pending.
    public var combinationsPending: CombinationCount
  }

  /// The file name used in messages.
  public var sourceName: String

  /// Creates a validator whose messages name `sourceName`.
  public init(sourceName: String) {
    self.sourceName = sourceName
  }

  /// Validates `tree`.
  public func validate(_ tree: DecisionTree) -> Report {
    let context = ValidationContext(tree: tree, sourceName: sourceName)
    var findings = TreeFindings()
    for rule in Self.rules { rule.apply(context, to: &findings) }
    return Report(
      diagnostics: findings.diagnostics, combinationsProven: findings.combinationsProven,
      combinationsPending: findings.combinationsPending)
  }

  /// The rules, in the order they run: exhaustiveness after the rules whose errors it depends on,
  /// and the cut-off folding last, over everything found.
  static let rules: [any TreeRule] = [
    DeclarationRule(), ReferenceRule(), CycleRule(), ExhaustivenessRule(), CutOffRule(),
  ]
}

/// What every rule sees: the tree, its index and how to locate things in the file.
struct ValidationContext {
  let tree: DecisionTree
  let index: TreeIndex
  let sourceName: String
  private let nodeOrder: [String: Int]

  init(tree: DecisionTree, sourceName: String) {
    self.tree = tree
    index = TreeIndex(tree)
    self.sourceName = sourceName
    nodeOrder = Dictionary(tree.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func diagnostic(_ severity: Severity, _ problem: TreeProblem, at position: TextPosition?, path: String?) -> Diagnostic
  {
    Diagnostic(severity, problem, at: SourceLocation(file: sourceName, position: position, jsonPath: path))
  }

  func nodePath(_ id: String) -> String {
    nodeOrder[id].map { "$.nodes[\($0)]" } ?? "$.nodes"
  }

  /// Diagnostic placed on a node.
  func onNode(_ severity: Severity, _ problem: TreeProblem, _ id: String, suffix: String = "") -> Diagnostic {
    diagnostic(severity, problem, at: index.nodes[id]?.position, path: nodePath(id) + suffix)
  }
}
