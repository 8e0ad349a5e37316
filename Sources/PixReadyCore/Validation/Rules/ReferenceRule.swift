/// References: every node, fact, value and step named exists; questions fit their fact and cover
/// every value; operators fit the fact's type.
struct ReferenceRule: TreeRule {
  func apply(_ context: ValidationContext, to findings: inout TreeFindings) {
    findings.diagnostics += check(context)
  }

  private func check(_ context: ValidationContext) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let nodeIDs = context.tree.nodes.map(\.id)
    if context.index.nodes[context.tree.start] == nil {
      let suggestion = EditDistance.suggestion(for: context.tree.start, among: nodeIDs)
      found.append(
        context.diagnostic(
          .error, .unknownReference(kind: .node, id: context.tree.start, suggestion: suggestion),
          at: context.tree.startPosition, path: "$.start"))
    }
    for node in context.tree.nodes {
      found += check(node, context)
    }
    return found
  }

  private func check(_ node: Node, _ context: ValidationContext) -> [Diagnostic] {
    switch node.kind {
    case .question(let question):
      return checkQuestion(question, node: node, context)
    case .branch(let branch):
      var found: [Diagnostic] = []
      for (caseIndex, branchCase) in branch.cases.enumerated() {
        let path = context.nodePath(node.id) + ".cases[\(caseIndex)]"
        found += branchCase.condition.tests.flatMap { checkTest($0, path: path + ".if", context) }
        found += checkEdge(branchCase.edge, path: path, context)
      }
      if let otherwise = branch.otherwise {
        found += checkEdge(otherwise, path: context.nodePath(node.id) + ".otherwise", context)
      }
      return found
    case .outcome(let outcome):
      let edge = Edge(next: nil, steps: outcome.steps, position: node.position)
      return checkEdge(edge, path: context.nodePath(node.id) + ".steps", context, needsNext: false)
    }
  }

  private func checkQuestion(_ question: Question, node: Node, _ context: ValidationContext) -> [Diagnostic] {
    let path = context.nodePath(node.id)
    guard let fact = context.index.facts[question.fact] else {
      let suggestion = EditDistance.suggestion(for: question.fact, among: context.tree.facts.map(\.id))
      return [
        context.onNode(
          .error, .unknownReference(kind: .fact, id: question.fact, suggestion: suggestion), node.id, suffix: ".fact")
      ]
    }
    var found: [Diagnostic] = []
    let isSet = fact.kind == .set
    let shape = { (rule: QuestionShapeRule) in
      context.onNode(.error, .questionShape(node: node.id, fact: fact.id, kind: fact.kind, expected: rule), node.id)
    }
    if isSet, question.next == nil { found.append(shape(.setNeedsNext)) }
    if !isSet, question.next != nil || question.whenEmpty != nil { found.append(shape(.onlySetHasEmpty)) }
    let valueIDs = fact.values.map(\.id)
    for answer in question.answers {
      let answerPath = "\(path).answers.\(answer.value)"
      if !valueIDs.contains(answer.value) {
        let suggestion = EditDistance.suggestion(for: answer.value, among: valueIDs)
        found.append(
          context.diagnostic(
            .error, .unknownReference(kind: .value, id: answer.value, suggestion: suggestion), at: answer.position,
            path: answerPath))
      }
      if isSet, answer.edge.next != nil { found.append(shape(.setAnswerHasNoNext)) }
      if !isSet, answer.edge.next == nil { found.append(shape(.answerNeedsNext)) }
      found += checkEdge(answer.edge, path: answerPath, context, needsNext: false)
    }
    if !isSet {
      for value in valueIDs where !question.answers.contains(where: { $0.value == value }) {
        found.append(
          context.onNode(
            .error, .uncoveredValue(node: node.id, fact: fact.id, value: value), node.id, suffix: ".answers"))
      }
    }
    if let empty = question.whenEmpty {
      found += checkEdge(empty, path: path + ".whenEmpty", context, needsNext: false)
    }
    if let unknown = question.whenUnknown {
      if isSet, unknown.next != nil { found.append(shape(.setUnknownHasNoNext)) }
      if !isSet, unknown.next == nil { found.append(shape(.unknownNeedsNext)) }
      found += checkEdge(unknown, path: path + ".whenUnknown", context, needsNext: false)
    }
    if let next = question.next { found += checkNext(next, at: node.position, path: path + ".next", context) }
    return found
  }

  private func checkEdge(_ edge: Edge, path: String, _ context: ValidationContext, needsNext: Bool = true)
    -> [Diagnostic]
  {
    var found: [Diagnostic] = []
    let stepIDs = context.tree.steps.map(\.id)
    for step in edge.steps where context.index.steps[step] == nil {
      let suggestion = EditDistance.suggestion(for: step, among: stepIDs)
      found.append(
        context.diagnostic(
          .error, .unknownReference(kind: .step, id: step, suggestion: suggestion), at: edge.position,
          path: path + ".steps"))
    }
    if let next = edge.next {
      found += checkNext(next, at: edge.position, path: path + ".next", context)
    } else if needsNext {
      found.append(context.diagnostic(.error, .missingMember(key: "next"), at: edge.position, path: path))
    }
    return found
  }

  private func checkNext(_ next: String, at position: TextPosition?, path: String, _ context: ValidationContext)
    -> [Diagnostic]
  {
    guard context.index.nodes[next] == nil else { return [] }
    let suggestion = EditDistance.suggestion(for: next, among: context.tree.nodes.map(\.id))
    return [
      context.diagnostic(
        .error, .unknownReference(kind: .node, id: next, suggestion: suggestion), at: position, path: path)
    ]
  }

  private func checkTest(_ test: FactTest, path: String, _ context: ValidationContext) -> [Diagnostic] {
    guard let fact = context.index.facts[test.fact] else {
      let suggestion = EditDistance.suggestion(for: test.fact, among: context.tree.facts.map(\.id))
      return [
        context.diagnostic(
          .error, .unknownReference(kind: .fact, id: test.fact, suggestion: suggestion), at: test.position, path: path)
      ]
    }
    var found: [Diagnostic] = []
    let fits: Bool
    let name: String
    switch test.op {
    case .is: (fits, name) = (fact.kind != .set, "is")
    case .in: (fits, name) = (fact.kind != .set, "in")
    case .has: (fits, name) = (fact.kind == .set, "has")
    case .hasAny: (fits, name) = (fact.kind == .set, "hasAny")
    case .isEmpty: (fits, name) = (fact.kind == .set, "empty")
    }
    if !fits {
      found.append(
        context.diagnostic(
          .error, .operatorMismatch(fact: fact.id, kind: fact.kind, op: name), at: test.position, path: path))
    }
    let valueIDs = fact.values.map(\.id)
    for value in test.values where !valueIDs.contains(value) {
      let suggestion = EditDistance.suggestion(for: value, among: valueIDs)
      found.append(
        context.diagnostic(
          .error, .unknownReference(kind: .value, id: value, suggestion: suggestion), at: test.position, path: path))
    }
    return found
  }
}
