import PixReadyCore

/// One thing the person said that changes a session. A session's state is its entries replayed
/// in order, so `retour` simply forgets the last entry.
enum SessionEntry: Sendable, Equatable {
  /// An answer to a fact (school or student scope, by the fact's declaration); « je ne sais pas »
  /// is the answer ``PixReadyCore/Answer/unknown``.
  case answer(fact: String, Answer)
  /// The current student's name; empty for none.
  case name(String)
  /// The answer to « Élève suivant ? ».
  case nextStudent(Bool)
}
