/// A test on the answers, used by branch nodes.
public indirect enum Condition: Sendable, Equatable {
  /// A test on one fact.
  case test(FactTest)
  /// Every condition holds (true when empty).
  case all([Condition])
  /// At least one condition holds (false when empty).
  case any([Condition])
  /// The condition does not hold.
  case not(Condition)
}

/// A test on the answer to one fact.
public struct FactTest: Sendable, Equatable {
  /// The comparisons a test can make.
  public enum Operator: Sendable, Equatable {
    /// The answer is this value (boolean and choice facts).
    case `is`(String)
    /// The answer is one of these values (boolean and choice facts).
    case `in`([String])
    /// The set contains this value (set facts).
    case has(String)
    /// The set contains at least one of these values (set facts).
    case hasAny([String])
    /// The set is empty (set facts).
    case isEmpty
  }

  /// The fact tested.
  public var fact: String
  /// The comparison.
  public var op: Operator
  /// Where the test was written.
  public var position: TextPosition?

  /// Creates a test.
  public init(fact: String, op: Operator, position: TextPosition? = nil) {
    self.fact = fact
    self.op = op
    self.position = position
  }

  /// The value ids the test names.
  public var values: [String] {
    switch op {
    case .is(let value), .has(let value): [value]
    case .in(let values), .hasAny(let values): values
    case .isEmpty: []
    }
  }
}

extension Condition {
  /// Every fact test inside the condition, depth first.
  public var tests: [FactTest] {
    switch self {
    case .test(let test): [test]
    case .all(let conditions), .any(let conditions): conditions.flatMap(\.tests)
    case .not(let condition): condition.tests
    }
  }
}
