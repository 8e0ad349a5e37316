import PixReadyCore

/// What `pixready diff` compares: two versions of a tree and, optionally, a class file read with both.
public struct DiffPlan: Sendable {
  /// How the comparison is written.
  public enum Format: Sendable {
    /// Sentences for a person.
    case text
    /// One JSON document for tools.
    case json
  }

  /// The version before.
  public var old: ValidatedTree
  /// The version after.
  public var new: ValidatedTree
  /// The names the user gave for both (a file or a shipped tree's id).
  public var oldName: String
  /// The name given for the new version.
  public var newName: String
  /// The class file of `--on`, whose students are diagnosed with both versions.
  public var classFile: String?
  /// `--fact` answers as the old version reads them.
  public var oldAnswers: Answers
  /// `--fact` answers as the new version reads them.
  public var newAnswers: Answers
  /// How the comparison is written.
  public var format: Format
  /// The language of the sentences.
  public var language: Language

  /// Creates a plan.
  public init(
    old: ValidatedTree, new: ValidatedTree, oldName: String, newName: String, classFile: String? = nil,
    oldAnswers: Answers = [:], newAnswers: Answers = [:], format: Format = .text, language: Language = .fr
  ) {
    self.old = old
    self.new = new
    self.oldName = oldName
    self.newName = newName
    self.classFile = classFile
    self.oldAnswers = oldAnswers
    self.newAnswers = newAnswers
    self.format = format
    self.language = language
  }
}
