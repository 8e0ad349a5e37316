/// The result of walking a tree with some answers.
///
/// Either the walk reached an outcome (``Outcome/complete(_:)``), or it stopped at a question
/// whose fact is not known yet (``Outcome/pending(_:)``). Both are results, not errors; the steps,
/// notes and trace gathered on the way are common to both.
public struct Diagnosis: Sendable, Equatable {
  /// One question met on the way and the answer used.
  public struct TraceEntry: Sendable, Equatable {
    /// The question node.
    public var node: String
    /// The fact asked.
    public var fact: String
    /// The answer used.
    public var answer: Answer

    /// Creates an entry.
    public init(node: String, fact: String, answer: Answer) {
      self.node = node
      self.fact = fact
      self.answer = answer
    }
  }

  /// The outcome node a complete walk reached.
  public struct Conclusion: Sendable, Equatable {
    /// The verdict of the steps.
    public var verdict: Verdict
    /// The outcome node.
    public var node: String
    /// The outcome's headline (« Tout va bien ! »), if it has one.
    public var headline: LocalizedText?

    /// Creates a conclusion.
    public init(verdict: Verdict, node: String, headline: LocalizedText? = nil) {
      self.verdict = verdict
      self.node = node
      self.headline = headline
    }
  }

  /// Where the walk stopped for lack of an answer.
  public struct Missing: Sendable, Equatable {
    /// The fact needed next.
    public var fact: String
    /// The node that needs it.
    public var node: String

    /// Creates a missing-fact marker.
    public init(fact: String, node: String) {
      self.fact = fact
      self.node = node
    }
  }

  /// How a walk ended: at an outcome, or waiting for a fact.
  public enum Outcome: Sendable, Equatable {
    /// The walk reached an outcome node.
    case complete(Conclusion)
    /// The walk stopped at a node that needs a fact not known yet.
    case pending(Missing)
  }

  /// The tree that produced this diagnosis.
  public var tree: TreeIdentity
  /// How the walk ended.
  public var outcome: Outcome
  /// The remediation steps, in order, each once. Partial when the walk is pending.
  public var steps: [Step]
  /// The notes shown on the way, in order.
  public var notes: [LocalizedText]
  /// The questions met and the answers used, in order.
  public var trace: [TraceEntry]
  /// The nodes visited, in order.
  public var path: [String]

  /// Creates a diagnosis.
  public init(
    tree: TreeIdentity, outcome: Outcome, steps: [Step], notes: [LocalizedText] = [], trace: [TraceEntry] = [],
    path: [String] = []
  ) {
    self.tree = tree
    self.outcome = outcome
    self.steps = steps
    self.notes = notes
    self.trace = trace
    self.path = path
  }

  /// The outcome reached, when the walk is complete.
  public var conclusion: Conclusion? {
    guard case .complete(let conclusion) = outcome else { return nil }
    return conclusion
  }

  /// The fact needed next, when the walk is pending.
  public var missing: Missing? {
    guard case .pending(let missing) = outcome else { return nil }
    return missing
  }

  /// Whether the walk reached an outcome.
  public var isComplete: Bool { conclusion != nil }
}
