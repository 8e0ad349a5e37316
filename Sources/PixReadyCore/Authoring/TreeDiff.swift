/// What changes between two versions of a tree: ids, and the verdict and steps of every
/// combination of answers.
///
/// Behaviour is compared over every combination of the union of the two versions' facts and values
/// (a renamed fact or value counts as the same one). The two trees are walked side by side and the
/// walk splits on a fact only when one of them asks it, so one change stands for all the
/// combinations of the facts neither version needed. Steps are compared by id through the renames;
/// outcome ids and texts are not behaviour.
public struct TreeDiff: Sendable {
  /// What one version says for some answers.
  public enum Result: Sendable, Equatable {
    /// The walk reached an outcome.
    case outcome(node: String, verdict: Verdict, steps: [String])
    /// The version asks a fact whose answer is a value it does not have (added or removed).
    case unanswerable(fact: String)
  }

  /// Answers for which the two versions disagree.
  public struct Change: Sendable, Equatable {
    /// The answers asked on the way by either version (new ids).
    public var answers: Answers
    /// How many combinations of answers the change stands for.
    public var combinations: CombinationCount
    /// What the old version says.
    public var old: Result
    /// What the new version says.
    public var new: Result
  }

  /// The old version.
  public let old: ValidatedTree
  /// The new version.
  public let new: ValidatedTree
  /// The id changes, kinds with no change left out.
  public let identifiers: [IdentifierChanges]
  /// The facts compared, new order first, then facts only in the old version; renamed facts under their new id.
  public let facts: [Fact]
  /// The changes of behaviour, in walk order.
  public let changes: [Change]
  /// How many combinations of answers were compared.
  public let combinationCount: CombinationCount
  /// The values each compared fact can take: the union of both versions' (new value ids).
  public let domains: [String: [Answer]]

  /// Whether any combination changes verdict or steps.
  public var behaviourChanged: Bool { !changes.isEmpty }

  /// How many combinations change.
  public var changedCombinations: CombinationCount {
    changes.reduce(CombinationCount.zero) { $0 + $1.combinations }
  }

  /// Compares `old` with `new`.
  public init(old: ValidatedTree, new: ValidatedTree) {
    self.old = old
    self.new = new
    let identifiers = Self.identifierChanges(old: old.tree, new: new.tree)
    self.identifiers = identifiers
    let space = JointSpace(old: old, new: new, identifiers: identifiers)
    facts = space.facts
    domains = space.domains
    combinationCount = space.combinations([:])
    changes = space.compare()
  }
}
