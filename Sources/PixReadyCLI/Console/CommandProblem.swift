import PixReadyCore

/// A problem a command finds about the run as a whole (a tree not found, an output that would be the
/// input…), said by one of the command line's message types in the user's language.
struct CommandProblem: Problem, Equatable {
  /// The sentence, already in the user's language.
  var message: String
  /// The stable code.
  var code: String = "command"

  /// The sentence (written in the language of the run by the command's messages).
  func message(in language: Language) -> String { message }
}
