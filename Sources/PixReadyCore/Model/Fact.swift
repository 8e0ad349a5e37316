/// Something known about the school or a student, asked by a question.
public struct Fact: Sendable, Equatable {
  /// Whether a fact is the same for every student of a class or belongs to one student.
  public enum Scope: String, Sendable, Equatable, CaseIterable {
    /// Same for the whole school (asked once per session or given with `--fact`).
    case school
    /// Belongs to one student.
    case student
  }

  /// How many values an answer holds.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Exactly one of `yes` and `no`.
    case boolean
    /// Exactly one of the declared values.
    case choice
    /// Zero or more of the declared values.
    case set
  }

  /// The stable id (`usualMethod`).
  public var id: String
  /// School or student.
  public var scope: Scope
  /// Boolean, choice or set.
  public var kind: Kind
  /// The question asked to a person.
  public var question: LocalizedText
  /// The question in a few words, for one-line reminders (« Pourquoi ? » at the prompt).
  public var short: LocalizedText?
  /// A help text shown on request.
  public var help: LocalizedText?
  /// The possible values, in the order they are offered.
  public var values: [FactValue]
  /// For a set fact: how the empty answer is labelled and spelled.
  public var emptySet: FactValue?
  /// The CSV column names that carry this fact; the first one is used when writing.
  public var columns: [String]
  /// Where the fact was written.
  public var position: TextPosition?

  /// Creates a fact.
  public init(
    id: String, scope: Scope, kind: Kind, question: LocalizedText, help: LocalizedText? = nil,
    values: [FactValue], emptySet: FactValue? = nil, columns: [String] = [], position: TextPosition? = nil,
    short: LocalizedText? = nil
  ) {
    self.id = id
    self.scope = scope
    self.kind = kind
    self.question = question
    self.help = help
    self.short = short
    self.values = values
    self.emptySet = emptySet
    self.columns = columns
    self.position = position
  }

  /// The value with this id, if declared.
  public func value(_ id: String) -> FactValue? {
    values.first { $0.id == id }
  }
}

/// One value a fact can take, with its labels and accepted spellings.
public struct FactValue: Sendable, Equatable {
  /// The stable id (`mediacentre`).
  public var id: String
  /// The label shown to people.
  public var label: LocalizedText
  /// Other spellings accepted from people and spreadsheets, compared case- and accent-insensitively.
  public var accept: [String]
  /// Where the value was written.
  public var position: TextPosition?

  /// Creates a value.
  public init(id: String, label: LocalizedText, accept: [String] = [], position: TextPosition? = nil) {
    self.id = id
    self.label = label
    self.accept = accept
    self.position = position
  }
}
