/// The kinds of id a tree declares and refers to.
public enum IdentifierKind: String, Sendable, Equatable, CaseIterable {
  /// A node id.
  case node
  /// A fact id.
  case fact
  /// A value id of a fact.
  case value
  /// A step id.
  case step
  /// An actor id.
  case actor
  /// An object key.
  case key
}
