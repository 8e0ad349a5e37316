/// A branch condition in words, for the arrows of a graph and the lines of a diff.
///
/// Facts are named by id, values by label: `orgaMethods contient « Médiacentre »`.
public struct ConditionText: Sendable {
  private let tree: ValidatedTree
  private let messages: AuthoringMessages

  /// Creates the renderer for the facts of `tree`.
  public init(tree: ValidatedTree, language: Language) {
    self.tree = tree
    messages = AuthoringMessages(language: language)
  }

  /// The condition in words.
  public func text(_ condition: Condition) -> String {
    switch condition {
    case .test(let test):
      return text(test)
    case .all(let parts):
      return parts.isEmpty ? messages.constant(true) : parts.map(nested).joined(separator: messages.and)
    case .any(let parts):
      return parts.isEmpty ? messages.constant(false) : parts.map(nested).joined(separator: messages.or)
    case .not(let inner):
      return messages.not(text(inner))
    }
  }

  private func nested(_ condition: Condition) -> String {
    switch condition {
    case .test, .not: text(condition)
    case .all(let parts), .any(let parts): parts.count > 1 ? "(\(text(condition)))" : text(condition)
    }
  }

  private func text(_ test: FactTest) -> String {
    let label = { (id: String) in tree.fact(test.fact)?.value(id)?.label.text(in: messages.language) ?? id }
    switch test.op {
    case .is(let value): return messages.isValue(test.fact, label(value))
    case .in(let values): return messages.isOneOf(test.fact, values.map(label))
    case .has(let value): return messages.has(test.fact, label(value))
    case .hasAny(let values): return messages.hasAny(test.fact, values.map(label))
    case .isEmpty: return messages.isEmpty(test.fact)
    }
  }
}
