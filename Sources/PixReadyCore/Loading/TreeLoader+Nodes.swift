extension JSONObjectReader {
  private static let nodeKeys = [
    "id", "kind", "notes", "fact", "answers", "whenEmpty", "whenUnknown", "question", "help", "next", "cases",
    "otherwise", "title", "steps", "comment",
  ]
  private static let edgeKeys = ["next", "notes", "steps", "comment"]
  private static let caseKeys = ["if", "next", "notes", "steps", "comment"]
  private static let conditionKeys = ["fact", "is", "in", "has", "hasAny", "empty", "all", "any", "not", "comment"]

  /// The kinds of node as written in the file.
  private enum NodeKindName: String, CaseIterable {
    case question, branch, outcome
  }

  mutating func node(_ value: JSONValue, path: String) -> Node? {
    guard let object = object(value, path: path, keys: Self.nodeKeys) else { return nil }
    let id = identifier(object)
    let kindName = word(object, "kind", as: NodeKindName.self)
    let notes = texts(object, "notes")
    guard let id, let kindName else { return nil }
    let kind: Node.Kind?
    switch kindName {
    case .question: kind = question(object).map(Node.Kind.question)
    case .branch: kind = branch(object).map(Node.Kind.branch)
    case .outcome:
      kind = .outcome(Outcome(title: text(object, "title", required: false), steps: strings(object, "steps")))
    }
    guard let kind else { return nil }
    return Node(id: id, kind: kind, notes: notes, position: value.position)
  }

  private mutating func question(_ object: Object) -> Question? {
    guard let fact = string(object, "fact") else { return nil }
    var answers: [Question.Answer] = []
    if let answersValue = member(object, "answers", required: true) {
      if case .object(let members) = answersValue.kind {
        for member in members {
          if let edge = edge(member.value, path: object.path("answers") + ".\(member.key)") {
            answers.append(Question.Answer(value: member.key, edge: edge, position: member.keyPosition))
          }
        }
      } else {
        report(
          .error, .wrongType(expected: "object", found: answersValue.kindName), at: answersValue.position,
          path: object.path("answers"))
      }
    }
    let whenEmpty = member(object, "whenEmpty", required: false).flatMap { edge($0, path: object.path("whenEmpty")) }
    let whenUnknown = member(object, "whenUnknown", required: false).flatMap {
      edge($0, path: object.path("whenUnknown"))
    }
    let next = string(object, "next", required: false)
    return Question(
      fact: fact, answers: answers, whenEmpty: whenEmpty, next: next, whenUnknown: whenUnknown,
      question: text(object, "question", required: false), help: text(object, "help", required: false))
  }

  private mutating func branch(_ object: Object) -> Branch? {
    let cases = array(object, "cases", required: true).enumerated().compactMap { index, value in
      branchCase(value, path: "\(object.path("cases"))[\(index)]")
    }
    let otherwise = member(object, "otherwise", required: false).flatMap { edge($0, path: object.path("otherwise")) }
    return Branch(cases: cases, otherwise: otherwise)
  }

  private mutating func branchCase(_ value: JSONValue, path: String) -> Branch.Case? {
    guard let object = object(value, path: path, keys: Self.caseKeys) else { return nil }
    let test = member(object, "if", required: true).flatMap { condition($0, path: object.path("if")) }
    let way = edgeMembers(object, position: value.position)
    guard let test else { return nil }
    return Branch.Case(condition: test, edge: way)
  }

  /// An edge: a node id (`"q2"`) or `{"next", "notes", "steps"}`.
  private mutating func edge(_ value: JSONValue, path: String) -> Edge? {
    if case .string(let next) = value.kind {
      return Edge(next: next, position: value.position)
    }
    guard let object = object(value, path: path, keys: Self.edgeKeys) else { return nil }
    return edgeMembers(object, position: value.position)
  }

  private mutating func edgeMembers(_ object: Object, position: TextPosition) -> Edge {
    Edge(
      next: string(object, "next", required: false), notes: texts(object, "notes"), steps: strings(object, "steps"),
      position: position)
  }

  private mutating func condition(_ value: JSONValue, path: String) -> Condition? {
    guard let object = object(value, path: path, keys: Self.conditionKeys) else { return nil }
    for combinator in ["all", "any"] where object.has(combinator) {
      let parts = array(object, combinator).enumerated().compactMap { index, part in
        condition(part, path: "\(object.path(combinator))[\(index)]")
      }
      return combinator == "all" ? .all(parts) : .any(parts)
    }
    if let inner = member(object, "not", required: false) {
      return condition(inner, path: object.path("not")).map(Condition.not)
    }
    guard let fact = string(object, "fact") else { return nil }
    if object.has("empty"), bool(object, "empty") == false {
      return .not(.test(FactTest(fact: fact, op: .isEmpty, position: value.position)))
    }
    guard let op = factOperator(object) else {
      report(.error, .missingMember(key: "is | in | has | hasAny | empty"), at: value.position, path: path)
      return nil
    }
    return .test(FactTest(fact: fact, op: op, position: value.position))
  }

  private mutating func factOperator(_ object: Object) -> FactTest.Operator? {
    if object.has("is") { return string(object, "is").map(FactTest.Operator.is) }
    if object.has("in") { return .in(strings(object, "in")) }
    if object.has("has") { return string(object, "has").map(FactTest.Operator.has) }
    if object.has("hasAny") { return .hasAny(strings(object, "hasAny")) }
    if object.has("empty") { return .isEmpty }
    return nil
  }
}
