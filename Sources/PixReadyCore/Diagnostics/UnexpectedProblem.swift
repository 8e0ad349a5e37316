/// An error no part of pixready describes, turned into a problem so that it still reaches the user
/// through the one printer: its description is all there is to say.
public struct UnexpectedProblem: Problem, Equatable {
  /// The error's own description.
  public var detail: String

  /// Creates the problem of an error described by `detail`.
  public init(detail: String) {
    self.detail = detail
  }

  /// The stable code.
  public var code: String { "unexpected" }

  /// The error's description, in every language (there is no other text to give).
  public func message(in language: Language) -> String { detail }
}
