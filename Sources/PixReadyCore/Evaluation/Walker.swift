/// Walks a tree with some answers: the one walk shared by the evaluator and the validator.
///
/// What a single node does with the answers known is ``transition(at:answers:)``; the evaluator
/// follows transitions from the start (``walk(_:)``), and the exhaustiveness proof follows the same
/// transitions depth first, splitting where a fact is needed.
struct Walker {
  /// Why a walk ended.
  enum End: Equatable {
    /// An outcome node was reached.
    case outcome(node: String)
    /// A question or branch needs a fact that is not answered (or answered « je ne sais pas »
    /// where the node plans nothing for it).
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

  /// What one node does with the answers known.
  enum Transition {
    /// The node is an outcome: the walk ends, with the outcome's steps last.
    case outcome(steps: [String])
    /// The node needs this fact before it can go on.
    case needs(fact: String)
    /// The node takes these edges, in order, and goes on to `next` (`nil`: a dead end).
    ///
    /// `traced` is the answer a question used; `caseIndex` the branch case taken (-1: `otherwise`).
    case follow(edges: [Edge], next: String?, traced: Answer?, caseIndex: Int?)
    /// A branch where no case holds and there is no `otherwise`.
    case noCaseHolds
    /// A question with no edge for the answer given.
    case uncovered(Answer)
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

    mutating func take(_ edge: Edge) {
      notes += edge.notes
      for step in edge.steps where !steps.contains(step) {
        steps.append(step)
      }
    }
  }

  let index: TreeIndex

  /// Where a walk stopped for a fact not given: the walk so far without the node that needs it,
  /// to go on from there once the fact is given (``resume(_:with:)``).
  struct Stop {
    fileprivate var walk: Walk
    fileprivate var node: String
    fileprivate var from: String
    fileprivate var seen: Set<String>
  }

  /// Walks from the start with `answers` until an outcome or a fact is needed.
  func walk(_ answers: Answers) -> Walk {
    walk(from: start, answers, stops: false).walk
  }

  /// Walks from the start like ``walk(_:)``, and says where it stopped when it needs a fact.
  func walkWithStop(_ answers: Answers) -> (walk: Walk, stop: Stop?) {
    walk(from: start, answers, stops: true)
  }

  /// Goes on from `stop` with `answers` (those of the walk that stopped, and more): the same walk
  /// as ``walkWithStop(_:)`` with those answers, without walking the nodes before the stop again.
  func resume(_ stop: Stop, with answers: Answers) -> (walk: Walk, stop: Stop?) {
    walk(from: stop, answers, stops: true)
  }

  private var start: Stop {
    Stop(walk: Walk(end: .deadEnd(node: index.tree.start)), node: index.tree.start, from: "start", seen: [])
  }

  private func walk(from stop: Stop, _ answers: Answers, stops: Bool) -> (walk: Walk, stop: Stop?) {
    var walk = stop.walk
    var current = stop.node
    var from = stop.from
    var seen = stop.seen
    while true {
      guard let node = index.nodes[current] else {
        walk.end = .unknownNode(id: current, from: from)
        return (walk, nil)
      }
      guard seen.insert(current).inserted else {
        walk.end = .loop(node: current)
        return (walk, nil)
      }
      walk.path.append(current)
      walk.notes += node.notes
      switch transition(at: node, answers: answers) {
      case .outcome(let steps):
        walk.take(Edge(next: nil, steps: steps))
        walk.end = .outcome(node: node.id)
        return (walk, nil)
      case .needs(let fact):
        var before: Stop?
        if stops {
          var undone = walk
          undone.path.removeLast()
          undone.notes.removeLast(node.notes.count)
          seen.remove(current)
          before = Stop(walk: undone, node: current, from: from, seen: seen)
        }
        walk.end = .needs(fact: fact, node: node.id)
        return (walk, before)
      case .noCaseHolds:
        walk.end = .noCaseHolds(node: node.id)
        return (walk, nil)
      case .uncovered(let answer):
        if case .question(let question) = node.kind {
          walk.trace.append(Diagnosis.TraceEntry(node: node.id, fact: question.fact, answer: answer))
        }
        walk.end = .uncoveredAnswer(node: node.id)
        return (walk, nil)
      case .follow(let edges, let next, let traced, let caseIndex):
        if let traced, case .question(let question) = node.kind {
          walk.trace.append(Diagnosis.TraceEntry(node: node.id, fact: question.fact, answer: traced))
        }
        if let caseIndex { walk.casesTaken.append((node.id, caseIndex)) }
        for edge in edges { walk.take(edge) }
        guard let next else {
          walk.end = .deadEnd(node: node.id)
          return (walk, nil)
        }
        from = current
        current = next
      }
    }
  }

  /// What `node` does with `answers`.
  func transition(at node: Node, answers: Answers) -> Transition {
    switch node.kind {
    case .outcome(let outcome):
      return .outcome(steps: outcome.steps)
    case .question(let question):
      return transition(question, answers: answers)
    case .branch(let branch):
      for (caseIndex, branchCase) in branch.cases.enumerated() {
        switch branchCase.condition.evaluate(answers) {
        case .known(true):
          return .follow(edges: [branchCase.edge], next: branchCase.edge.next, traced: nil, caseIndex: caseIndex)
        case .known(false): continue
        case .needs(let fact): return .needs(fact: fact)
        }
      }
      guard let otherwise = branch.otherwise else { return .noCaseHolds }
      return .follow(edges: [otherwise], next: otherwise.next, traced: nil, caseIndex: -1)
    }
  }

  private func transition(_ question: Question, answers: Answers) -> Transition {
    guard let answer = answers[question.fact] else { return .needs(fact: question.fact) }
    switch answer {
    case .unknown:
      guard let edge = question.whenUnknown else { return .needs(fact: question.fact) }
      return .follow(edges: [edge], next: edge.next ?? question.next, traced: .unknown, caseIndex: nil)
    case .value(let value):
      guard let edge = question.answers.first(where: { $0.value == value })?.edge else { return .uncovered(answer) }
      return .follow(edges: [edge], next: edge.next, traced: answer, caseIndex: nil)
    case .values(let values):
      var edges: [Edge] = []
      if values.isEmpty, let empty = question.whenEmpty { edges.append(empty) }
      edges += question.answers.filter { values.contains($0.value) }.map(\.edge)
      return .follow(edges: edges, next: question.next, traced: answer, caseIndex: nil)
    }
  }
}
