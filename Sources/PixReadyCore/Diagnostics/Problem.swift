/// Anything wrong that a user is told about: a tree problem, a usage error, a file or CSV error,
/// a SIECLE finding, a rejected row, a failed write.
///
/// A problem is data: a stable code, a severity, where it is, and a sentence per language written in
/// one place. ``ProblemPrinter`` prints it compiler-style; tools print it as JSON with the same fields.
public protocol Problem: Error, Sendable {
  /// The stable code (`unknown-reference`), printed in brackets and in JSON.
  var code: String { get }
  /// How serious it is.
  var severity: Severity { get }
  /// Where it is, when it belongs to a place in a file; `nil` for a problem of the whole run, whose
  /// sentence names what it is about.
  var sourceLocation: SourceLocation? { get }
  /// The sentence in `language`.
  func message(in language: Language) -> String
}

extension Problem {
  /// An error, unless said otherwise.
  public var severity: Severity { .error }
  /// No place in a file, unless said otherwise.
  public var sourceLocation: SourceLocation? { nil }
}

extension Problem {
  /// The compiler-style line in `language` (see ``ProblemPrinter``).
  public func formatted(in language: Language) -> String {
    ProblemPrinter(language: language).line(self)
  }
}
