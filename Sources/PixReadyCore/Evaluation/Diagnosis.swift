/// The result of walking a tree with some answers.
///
/// Either the walk reached an outcome (``verdict`` is set), or it stopped at a question whose fact
/// is not known yet (``missingFact`` is set). Both are results, not errors.
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

  /// The tree that produced this diagnosis.
  public var tree: TreeIdentity
  /// The verdict, when the walk reached an outcome.
  public var verdict: Verdict?
  /// The fact needed next, when the walk stopped early.
  public var missingFact: Missing?
  /// The outcome node reached, if any.
  public var outcome: String?
  /// The outcome's headline (« Tout va bien ! »), if any.
  public var headline: LocalizedText?
  /// The remediation steps, in order, each once. Partial when the walk stopped early.
  public var steps: [Step]
  /// The notes shown on the way, in order.
  public var notes: [LocalizedText]
  /// The questions met and the answers used, in order.
  public var trace: [TraceEntry]
  /// The nodes visited, in order.
  public var path: [String]

  /// Whether the walk reached an outcome.
  public var isComplete: Bool { verdict != nil }
}
