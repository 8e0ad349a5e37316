/// Walks a tree with some answers: the one walk shared by the evaluator and the validator.
struct Walker {
  /// Why a walk ended.
  enum End: Equatable {
    /// An outcome node was reached.
    case outcome(node: String)
    /// A question or branch needs a fact that is not answered.
    case needs(fact: String, node: String)
    /// A branch has no case that holds and no `otherwise`.
    case noCaseHolds(node: String)
    /// An edge has no `next`.
    case deadEnd(node: String)
    /// An edge points to a node that does not exist.
    case unknownNode(id: String, from: String)
    /// The walk went round in a loop.
    case loop(node: String)
    /// A question has no edge for the answer given.
    case uncoveredAnswer(node: String)
  }

  /// A finished walk.
  struct Walk {
    var end: End
    var steps: [String] = []
    var notes: [LocalizedText] = []
    var trace: [Diagnosis.TraceEntry] = []
    var path: [String] = []
    /// The branch cases taken, as (node, case index), with -1 for `otherwise`.
    var casesTaken: [(node: String, index: Int)] = []
    /// Steps added twice on the path (the second is dropped).
    var repeatedSteps: [String] = []

    mutating func take(_ edge: Edge) {
      notes += edge.notes
      for step in edge.steps {
        if steps.contains(step) {
          repeatedSteps.append(step)
        } else {
          steps.append(step)
        }
      }
    }
  }

  let index: TreeIndex

  func walk(_ answers: Answers) -> Walk {
    var walk = Walk(end: .deadEnd(node: index.tree.start))
    var current = index.tree.start
    var from = "start"
    let limit = index.tree.nodes.count + 1
    while true {
      guard let node = index.nodes[current] else {
        walk.end = .unknownNode(id: current, from: from)
        return walk
      }
      if walk.path.count >= limit || walk.path.contains(current) {
        walk.end = .loop(node: current)
        return walk
      }
      walk.path.append(current)
      walk.notes += node.notes
      let next: String?
      switch node.kind {
      case .outcome(let outcome):
        walk.take(Edge(next: nil, steps: outcome.steps))
        walk.end = .outcome(node: node.id)
        return walk
      case .question(let question):
        guard let answer = answers[question.fact] else {
          walk.end = .needs(fact: question.fact, node: node.id)
          return walk
        }
        walk.trace.append(Diagnosis.TraceEntry(node: node.id, fact: question.fact, answer: answer))
        if case .value(let value) = answer, !question.answers.contains(where: { $0.value == value }) {
          walk.end = .uncoveredAnswer(node: node.id)
          return walk
        }
        next = follow(question, answer: answer, walk: &walk)
      case .branch(let branch):
        switch choose(branch, answers: answers) {
        case .needs(let fact):
          walk.end = .needs(fact: fact, node: node.id)
          return walk
        case .none:
          walk.end = .noCaseHolds(node: node.id)
          return walk
        case .taken(let caseIndex, let edge):
          walk.casesTaken.append((node.id, caseIndex))
          walk.take(edge)
          next = edge.next
        }
      }
      guard let next else {
        walk.end = .deadEnd(node: node.id)
        return walk
      }
      from = current
      current = next
    }
  }

  private func follow(_ question: Question, answer: Answer, walk: inout Walk) -> String? {
    switch answer {
    case .value(let value):
      guard let edge = question.answers.first(where: { $0.value == value })?.edge else { return nil }
      walk.take(edge)
      return edge.next
    case .values(let values):
      if values.isEmpty, let empty = question.whenEmpty {
        walk.take(empty)
      }
      for entry in question.answers where values.contains(entry.value) {
        walk.take(entry.edge)
      }
      return question.next
    }
  }

  private enum Choice {
    case taken(Int, Edge)
    case needs(String)
    case none
  }

  private func choose(_ branch: Branch, answers: Answers) -> Choice {
    for (caseIndex, branchCase) in branch.cases.enumerated() {
      switch branchCase.condition.evaluate(answers) {
      case .known(true): return .taken(caseIndex, branchCase.edge)
      case .known(false): continue
      case .needs(let fact): return .needs(fact)
      }
    }
    if let otherwise = branch.otherwise { return .taken(-1, otherwise) }
    return .none
  }
}
