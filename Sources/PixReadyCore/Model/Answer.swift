/// The answer to one fact.
public enum Answer: Sendable, Equatable, Hashable {
  /// One value id (boolean and choice facts).
  case value(String)
  /// Zero or more value ids (set facts).
  case values(Set<String>)
}

/// Answers by fact id. A missing key means « not known yet ».
public typealias Answers = [String: Answer]
