/// What a complete diagnosis says about a student.
public enum Verdict: String, Sendable, Equatable, CaseIterable, Codable {
  /// « Tout va bien ! »: no step at all.
  case ready
  /// Someone in the school has something to do.
  case action
  /// The case needs Pix support (a step that escalates).
  case support
}
