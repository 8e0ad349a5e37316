/// A decision tree as loaded from its JSON file, before validation.
public struct DecisionTree: Sendable, Equatable {
  /// The format this version of pixready reads.
  public static let format = "pixready-tree/1"

  /// The stable id (`certification-readiness`).
  public var id: String
  /// The version, changed whenever behaviour changes.
  public var version: String
  /// The title.
  public var title: LocalizedText
  /// Where the tree's content comes from (documents, seeds).
  public var source: LocalizedText?
  /// Whom the cases are about (students unless the tree says otherwise).
  public var subject: Subject
  /// The first node.
  public var start: String
  /// The people who act on steps.
  public var actors: [Actor]
  /// The facts, in the order they are usually asked.
  public var facts: [Fact]
  /// The steps, in the order they are listed in reports.
  public var steps: [Step]
  /// The nodes.
  public var nodes: [Node]
  /// The position of the `start` member, for messages.
  public var startPosition: TextPosition?

  /// Creates a tree.
  public init(
    id: String, version: String, title: LocalizedText, source: LocalizedText? = nil, subject: Subject = .student,
    start: String,
    actors: [Actor], facts: [Fact], steps: [Step], nodes: [Node], startPosition: TextPosition? = nil
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.source = source
    self.subject = subject
    self.start = start
    self.actors = actors
    self.facts = facts
    self.steps = steps
    self.nodes = nodes
    self.startPosition = startPosition
  }
}

/// What names a tree in every output: id, version and a hash of its bytes.
public struct TreeIdentity: Sendable, Equatable, Hashable, Codable {
  /// The tree id.
  public var id: String
  /// The tree version.
  public var version: String
  /// The first 16 hex digits of the SHA-256 of the tree file.
  public var contentHash: String

  /// Creates an identity.
  public init(id: String, version: String, contentHash: String) {
    self.id = id
    self.version = version
    self.contentHash = contentHash
  }

  /// `id@version (hash)`, as printed in reports.
  public var description: String { "\(id)@\(version) (\(contentHash))" }
}
