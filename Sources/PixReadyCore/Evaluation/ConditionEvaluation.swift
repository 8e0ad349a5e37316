/// Three-valued evaluation of conditions: true, false, or « needs this fact first ».
enum ConditionValue: Equatable {
  case known(Bool)
  case needs(String)
}

extension Condition {
  /// Evaluates the condition with the answers known so far; `and`/`or` short-circuit, so a fact
  /// is needed only when the result depends on it.
  func evaluate(_ answers: Answers) -> ConditionValue {
    switch self {
    case .test(let test):
      // An unknown answer decides nothing: the condition needs the fact, as if it were not asked.
      guard let answer = answers[test.fact], answer != .unknown else { return .needs(test.fact) }
      return .known(test.holds(for: answer))
    case .all(let parts):
      for part in parts {
        let value = part.evaluate(answers)
        if value != .known(true) { return value }
      }
      return .known(true)
    case .any(let parts):
      for part in parts {
        let value = part.evaluate(answers)
        if value != .known(false) { return value }
      }
      return .known(false)
    case .not(let inner):
      switch inner.evaluate(answers) {
      case .known(let flag): return .known(!flag)
      case .needs(let fact): return .needs(fact)
      }
    }
  }
}

extension FactTest {
  /// Whether the test holds for an answer.
  func holds(for answer: Answer) -> Bool {
    switch (op, answer) {
    case (.is(let expected), .value(let value)): value == expected
    case (.in(let expected), .value(let value)): expected.contains(value)
    case (.has(let expected), .values(let values)): values.contains(expected)
    case (.hasAny(let expected), .values(let values)): !values.isDisjoint(with: expected)
    case (.isEmpty, .values(let values)): values.isEmpty
    case (.is, .values), (.in, .values), (.has, .value), (.hasAny, .value), (.isEmpty, .value): false
    case (_, .unknown): false
    }
  }
}
