import PixReadyCore

/// A problem found in a SIECLE export: what, where, and which student.
public struct SiecleFinding: Problem, Equatable {
  /// What is wrong, with its values.
  public var problem: SiecleProblem
  /// The file (`ElevesSansAdresses.zip/ElevesSansAdresses.xml`) and line, when known.
  public var location: SourceLocation
  /// The student concerned, for student problems.
  public var student: SiecleStudent?

  /// Creates a finding.
  public init(_ problem: SiecleProblem, at location: SourceLocation, student: SiecleStudent? = nil) {
    self.problem = problem
    self.location = location
    self.student = student
  }

  /// The severity: errors make the file unusable.
  public var severity: Severity { problem.severity }

  /// The stable code (`missing-ine`).
  public var code: String { problem.code }

  /// The sentence in `language`, naming the student.
  public func message(in language: Language) -> String {
    SiecleMessages(language: language).message(for: self)
  }

  /// Where, for the printers: always a place in the export.
  public var sourceLocation: SourceLocation? { location }
}
