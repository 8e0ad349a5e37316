import PixReadyCore

/// Reads `pixready ask --answers FILE.json`: an object whose keys are fact ids and whose values
/// are answers as a person would write them.
///
/// ```json
/// {"siecleImported": "oui", "orgaMethods": ["Médiacentre"], "usualMethod": "ENT"}
/// ```
///
/// Values are read with the tree's spellings (``AnswerReader``): a string, `true`/`false` for a
/// boolean fact, a list of strings (or one string) for a set fact. `null`, `""` or `"nsp"` leave
/// the fact unknown, so it is asked.
public enum AnswersFile {
  /// Why the file cannot be used: what is wrong and where.
  public struct Problem: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
      /// The bytes are not UTF-8.
      case notUTF8
      /// The JSON is malformed.
      case syntax(expected: JSONSyntaxError.Expected, found: JSONSyntaxError.Found)
      /// The document is not an object; it is this kind of value.
      case notAnObject(found: String)
      /// A key names no fact of the tree.
      case unknownFact(key: String, suggestion: String?)
      /// A value has the wrong JSON type for its fact.
      case wrongType(key: String, kind: Fact.Kind, found: String)
      /// A value names no answer of its fact; these labels are accepted.
      case invalidValue(key: String, value: String, accepted: [String])
    }

    /// What is wrong.
    public var kind: Kind
    /// Where, when known.
    public var position: TextPosition?

    /// Creates a problem.
    public init(kind: Kind, position: TextPosition? = nil) {
      self.kind = kind
      self.position = position
    }
  }

  /// The answers in `bytes`.
  ///
  /// - Throws: ``Problem`` for the first thing that cannot be used.
  public static func read(_ bytes: [UInt8], tree: ValidatedTree) throws(Problem) -> Answers {
    guard let text = String(validating: bytes, as: UTF8.self) else { throw Problem(kind: .notUTF8) }
    let document: JSONValue
    do {
      document = try JSONValue.parse(text)
    } catch {
      throw Problem(kind: .syntax(expected: error.expected, found: error.found), position: error.position)
    }
    guard case .object(let members) = document.kind else {
      throw Problem(kind: .notAnObject(found: document.kindName), position: document.position)
    }
    var answers: Answers = [:]
    for member in members {
      // A fact id (`siecleImported`) or, as in the class file, its column (`siecle_a_jour`).
      let column = ColumnMap.key(member.key)
      let byColumn = tree.tree.facts.first { fact in fact.columns.contains { ColumnMap.key($0) == column } }
      guard let fact = tree.fact(member.key) ?? byColumn else {
        let names = tree.tree.facts.flatMap { [$0.id] + $0.columns }
        let suggestion = EditDistance.suggestion(for: member.key, among: names)
        throw Problem(kind: .unknownFact(key: member.key, suggestion: suggestion), position: member.keyPosition)
      }
      answers[fact.id] = try answer(member.value, fact: fact, tree: tree)
    }
    return answers
  }

  private static func answer(_ value: JSONValue, fact: Fact, tree: ValidatedTree) throws(Problem) -> Answer? {
    let wrongType = Problem(
      kind: .wrongType(key: fact.columns.first ?? fact.id, kind: fact.kind, found: value.kindName),
      position: value.position)
    switch value.kind {
    case .null:
      return nil
    case .string(let text):
      return try read(text, fact: fact, tree: tree, position: value.position)
    case .bool(let flag):
      guard fact.kind == .boolean else { throw wrongType }
      return .value(flag ? "yes" : "no")
    case .array(let items):
      guard fact.kind == .set else { throw wrongType }
      var values: Set<String> = []
      for item in items {
        guard case .string(let text) = item.kind else {
          throw Problem(
            kind: .wrongType(key: fact.columns.first ?? fact.id, kind: fact.kind, found: item.kindName),
            position: item.position)
        }
        if case .values(let read)? = try read(text, fact: fact, tree: tree, position: item.position) {
          values.formUnion(read)
        }
      }
      return .values(values)
    case .number, .object:
      throw wrongType
    }
  }

  private static func read(
    _ text: String, fact: Fact, tree: ValidatedTree, position: TextPosition
  ) throws(Problem) -> Answer? {
    switch AnswerReader(tree: tree).read(text, for: fact.id) {
    case .answer(let answer):
      return answer
    case .missing:
      return nil
    case .invalid:
      let accepted = fact.values.map(\.label.fr) + (fact.emptySet.map { [$0.label.fr] } ?? [])
      throw Problem(
        kind: .invalidValue(key: fact.columns.first ?? fact.id, value: text, accepted: accepted), position: position)
    }
  }
}
