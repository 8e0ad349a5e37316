/// Answers every one of which its fact can take: a declared fact, a value it declares (or a subset
/// of its values for a set), or « je ne sais pas ».
///
/// Built only by ``AnswerReader/answers(_:)`` (or inside the core from a fact's domain), so the
/// evaluator walks them without checking.
public struct ValidAnswers: Sendable, Equatable {
  /// The answers by fact id.
  public private(set) var byFact: Answers

  /// Wraps answers already known to be valid for the tree they will be evaluated with.
  init(trusted byFact: Answers) {
    self.byFact = byFact
  }

  /// The answer to `fact`, if given.
  public subscript(fact: String) -> Answer? { byFact[fact] }

  /// Whether no fact is answered.
  public var isEmpty: Bool { byFact.isEmpty }

}
