/// The answer to one fact.
public enum Answer: Sendable, Equatable, Hashable {
  /// One value id (boolean and choice facts).
  case value(String)
  /// Zero or more value ids (set facts).
  case values(Set<String>)
  /// « Je ne sais pas »: the person was asked and does not know. A question with a `whenUnknown`
  /// edge takes it; anywhere else the walk stops there, as if the fact had not been answered.
  case unknown
}

/// Answers by fact id. A missing key means « not asked yet »; ``Answer/unknown`` means « asked, not known ».
public typealias Answers = [String: Answer]
