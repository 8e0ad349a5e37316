/// A finding about a tree: what is wrong, how serious it is, and where.
public struct Diagnostic: Problem, Equatable {
  /// The severity.
  public var severity: Severity
  /// What is wrong, with its values.
  public var problem: TreeProblem
  /// Where.
  public var location: SourceLocation

  /// Creates a diagnostic.
  public init(_ severity: Severity, _ problem: TreeProblem, at location: SourceLocation) {
    self.severity = severity
    self.problem = problem
    self.location = location
  }

  /// The stable code (`unknown-reference`), as printed in brackets.
  public var code: String { problem.code }

  /// Where, for the printers: always a place in the tree's file.
  public var sourceLocation: SourceLocation? { location }

  /// The sentence in `language`.
  public func message(in language: Language) -> String {
    TreeMessages(language: language).message(for: problem)
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Sorted by file, line, column, then code, so that output is stable.
  public var sortedByLocation: [Diagnostic] {
    sorted {
      ($0.location.file, $0.location.line ?? 0, $0.location.column ?? 0, $0.code)
        < ($1.location.file, $1.location.line ?? 0, $1.location.column ?? 0, $1.code)
    }
  }
}
