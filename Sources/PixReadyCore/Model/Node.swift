/// One box of the flowchart.
public struct Node: Sendable, Equatable {
  /// What a node does.
  public enum Kind: Sendable, Equatable {
    /// Asks for a fact and follows the edge of the answer.
    case question(Question)
    /// Tests conditions in order and follows the first that holds.
    case branch(Branch)
    /// Ends the walk.
    case outcome(Outcome)
  }

  /// The stable id (`q3`).
  public var id: String
  /// What the node does.
  public var kind: Kind
  /// Notes shown when the walk reaches the node.
  public var notes: [LocalizedText]
  /// Where the node was written.
  public var position: TextPosition?

  /// Creates a node.
  public init(id: String, kind: Kind, notes: [LocalizedText] = [], position: TextPosition? = nil) {
    self.id = id
    self.kind = kind
    self.notes = notes
    self.position = position
  }
}

/// The way out of a node: where to go, and what is shown and added on the way.
public struct Edge: Sendable, Equatable {
  /// The next node; `nil` only on the per-value edges of a set question, which share the question's `next`.
  public var next: String?
  /// Notes shown when the edge is taken.
  public var notes: [LocalizedText]
  /// Steps added when the edge is taken, in order.
  public var steps: [String]
  /// Where the edge was written.
  public var position: TextPosition?

  /// Creates an edge.
  public init(next: String?, notes: [LocalizedText] = [], steps: [String] = [], position: TextPosition? = nil) {
    self.next = next
    self.notes = notes
    self.steps = steps
    self.position = position
  }
}

/// A question node.
///
/// For a boolean or choice fact every value has an edge with its own `next`. For a set fact each
/// value present in the answer contributes its edge's notes and steps, `whenEmpty` applies to the
/// empty answer, and the walk continues at `next`. `whenUnknown`, when present, is taken for the
/// answer « je ne sais pas » (``PixReadyCore/Answer/unknown``); without it that answer stops the walk.
public struct Question: Sendable, Equatable {
  /// One answer and its edge.
  public struct Answer: Sendable, Equatable {
    /// The value id.
    public var value: String
    /// The edge taken for that value.
    public var edge: Edge
    /// Where the answer was written.
    public var position: TextPosition?

    /// Creates an answer edge.
    public init(value: String, edge: Edge, position: TextPosition? = nil) {
      self.value = value
      self.edge = edge
      self.position = position
    }
  }

  /// The fact asked.
  public var fact: String
  /// The edges, one per value.
  public var answers: [Answer]
  /// For a set fact: the edge for the empty answer.
  public var whenEmpty: Edge?
  /// For a set fact: where the walk continues.
  public var next: String?
  /// The edge taken when the answer is « je ne sais pas »; for a set fact it has no `next` and
  /// the walk continues at ``next``.
  public var whenUnknown: Edge?
  /// This node's wording of the question, when it differs from the fact's.
  public var question: LocalizedText?
  /// This node's help text, when it differs from the fact's.
  public var help: LocalizedText?

  /// Creates a question.
  public init(
    fact: String, answers: [Answer], whenEmpty: Edge? = nil, next: String? = nil, whenUnknown: Edge? = nil,
    question: LocalizedText? = nil, help: LocalizedText? = nil
  ) {
    self.fact = fact
    self.answers = answers
    self.whenEmpty = whenEmpty
    self.next = next
    self.whenUnknown = whenUnknown
    self.question = question
    self.help = help
  }
}

/// A branch node: conditions tested in order.
public struct Branch: Sendable, Equatable {
  /// A condition and the edge taken when it holds.
  public struct Case: Sendable, Equatable {
    /// The condition.
    public var condition: Condition
    /// The edge taken when it holds.
    public var edge: Edge

    /// Creates a case.
    public init(condition: Condition, edge: Edge) {
      self.condition = condition
      self.edge = edge
    }
  }

  /// The cases, tested in order.
  public var cases: [Case]
  /// The edge taken when no case holds; without it, some case must hold for every answer.
  public var otherwise: Edge?

  /// Creates a branch.
  public init(cases: [Case], otherwise: Edge? = nil) {
    self.cases = cases
    self.otherwise = otherwise
  }
}

/// An outcome node: the end of a walk.
public struct Outcome: Sendable, Equatable {
  /// A short headline (« Tout va bien ! »).
  public var title: LocalizedText?
  /// Steps added at the end, in order.
  public var steps: [String]

  /// Creates an outcome.
  public init(title: LocalizedText? = nil, steps: [String] = []) {
    self.title = title
    self.steps = steps
  }
}
