import PixReadyCore

/// What a line typed at the prompt means.
enum PromptReply: Sendable, Equatable {
  /// `?`, `aide`: show the help of the question.
  case help
  /// `retour`, `r`: forget the last answer.
  case back
  /// `q`, `quitter`: leave the session.
  case quit
  /// Something that changes the session.
  case entry(SessionEntry)
  /// Not understood; the session says why and asks again.
  case invalid(ReplyProblem)
}
