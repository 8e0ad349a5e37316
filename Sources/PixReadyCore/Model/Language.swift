/// A language the product speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
  /// French, the default: the users are French school staff.
  case fr
  /// English.
  case en
}
