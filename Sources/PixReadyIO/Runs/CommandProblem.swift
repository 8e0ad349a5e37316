import PixReadyCore

/// A problem a command finds about the run as a whole (a tree not found, an output that would be the
/// input…): a stable code and the sentence the command's messages wrote in the run's language.
public struct CommandProblem: Problem, Equatable {
  /// The stable code (`unknown-tree`).
  public var code: String
  /// The sentence, already in the run's language.
  public var message: String

  /// Creates the problem `code`, said by `message`.
  public init(_ code: String, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The sentence: written by the command's messages in the language of the run.
  public func message(in language: Language) -> String { message }
}
