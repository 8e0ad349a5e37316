/// Why a line was not understood.
enum ReplyProblem: Error, Sendable, Equatable {
  /// Nothing was typed.
  case empty
  /// Text that names no answer, with the nearest accepted label if one is close.
  case notUnderstood(String, suggestion: String?)
  /// A number that is not one of the choices.
  case noSuchNumber(Int, count: Int)
  /// Several answers to a question that takes one.
  case onlyOne
  /// « Aucune » together with other answers.
  case noneWithOthers
  /// « je ne sais pas » where it means nothing (« Élève suivant ? »).
  case unknownNotHere
}
