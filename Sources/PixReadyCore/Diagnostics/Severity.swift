/// How serious a diagnostic is.
public enum Severity: String, Sendable, Equatable, Comparable, CaseIterable, Codable {
  /// Worth a look; the tree still works.
  case warning
  /// The tree cannot be used until it is fixed.
  case error

  /// Warnings sort before errors.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .warning && rhs == .error
  }
}
