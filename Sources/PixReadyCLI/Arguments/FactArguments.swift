import PixReadyCore
import PixReadyIO

/// Reads `--fact ID=VALUE` arguments into answers, shared by the commands that evaluate a tree.
enum FactArguments {
  /// The answers given by `values` (each `ID=VALUE`), read with the tree's spellings.
  ///
  /// - Throws: ``UsageError/invalidFact(_:problem:command:)`` naming the argument, with the nearest
  ///   fact id or the accepted values.
  static func answers(_ values: [String], tree: ValidatedTree, command: String) throws(UsageError) -> Answers {
    let reader = AnswerReader(tree: tree)
    var answers: Answers = [:]
    for text in values {
      guard let equals = text.firstIndex(of: "=") else {
        throw .invalidFact(text, problem: .notKeyValue, command: command)
      }
      let id = Whitespace.trimmed(text[..<equals])
      let value = String(text[text.index(after: equals)...])
      guard let fact = tree.fact(id) ?? columnFact(id, tree: tree) else {
        let names = tree.tree.facts.flatMap { $0.columns + [$0.id] }
        let suggestion = EditDistance.suggestion(for: id, among: names)
        throw .invalidFact(text, problem: .unknownFact(id, suggestion: suggestion), command: command)
      }
      switch reader.read(value, for: fact.id) {
      case .answer(let answer):
        answers[fact.id] = answer
      case .missing, .invalid:
        let accepted = fact.values.map(\.label.fr) + (fact.emptySet.map { [$0.label.fr] } ?? [])
        let column = fact.columns.first ?? fact.id
        throw .invalidFact(text, problem: .unknownValue(fact: column, accepted: accepted), command: command)
      }
    }
    return answers
  }

  /// The fact whose CSV column is `name` (`siecle_a_jour` for `siecleImported`).
  private static func columnFact(_ name: String, tree: ValidatedTree) -> Fact? {
    let key = ColumnMap.key(name)
    return tree.tree.facts.first { fact in fact.columns.contains { ColumnMap.key($0) == key } }
  }
}
