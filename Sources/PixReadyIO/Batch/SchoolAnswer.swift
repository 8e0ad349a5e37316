import PixReadyCore

/// A school fact and its answer: what identifies the school steps already counted in a run.
///
/// Hashes the values themselves, not their printed form (printing an enum goes through reflection).
struct SchoolAnswer: Hashable, Sendable {
  /// The fact.
  var fact: String
  /// The answer.
  var answer: Answer
}
