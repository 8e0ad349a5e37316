/// A remediation step: something a named person does.
public struct Step: Sendable, Equatable {
  /// The stable id (`import-siecle`).
  public var id: String
  /// The ids of the actors who act, in order (`enseignant`, `eleve`).
  public var actors: [String]
  /// A short title.
  public var title: LocalizedText
  /// What to do, in detail.
  public var detail: LocalizedText
  /// Which source document the step comes from (`seed 004`).
  public var source: String?
  /// Whether this step hands the case to someone outside the school; its presence makes the
  /// verdict `support`.
  public var escalates: Bool
  /// Where the step was written.
  public var position: TextPosition?

  /// Creates a step.
  public init(
    id: String, actors: [String], title: LocalizedText, detail: LocalizedText, source: String? = nil,
    escalates: Bool = false, position: TextPosition? = nil
  ) {
    self.id = id
    self.actors = actors
    self.title = title
    self.detail = detail
    self.source = source
    self.escalates = escalates
    self.position = position
  }
}

/// Someone who acts on a step (`enseignant`, `administrateur-ent`).
public struct Actor: Sendable, Equatable {
  /// The stable id.
  public var id: String
  /// The name shown to people.
  public var label: LocalizedText
  /// Where the actor was written.
  public var position: TextPosition?

  /// Creates an actor.
  public init(id: String, label: LocalizedText, position: TextPosition? = nil) {
    self.id = id
    self.label = label
    self.position = position
  }
}
