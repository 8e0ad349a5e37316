/// Cycles: a tree never goes back to a node it has left.
struct CycleRule {
  func check(_ context: ValidationContext) -> [Diagnostic] {
    var state: [String: Bool] = [:]  // false = on the current path, true = done
    var stack: [String] = []
    var found: [Diagnostic] = []
    var reported: Set<Set<String>> = []

    func visit(_ id: String) {
      guard let node = context.index.nodes[id] else { return }
      if let done = state[id] {
        if !done, let start = stack.firstIndex(of: id) {
          let cycle = Array(stack[start...]) + [id]
          if reported.insert(Set(cycle)).inserted {
            found.append(context.onNode(.error, .cycle(path: cycle), id))
          }
        }
        return
      }
      state[id] = false
      stack.append(id)
      for next in Self.successors(of: node) { visit(next) }
      stack.removeLast()
      state[id] = true
    }

    for node in context.tree.nodes { visit(node.id) }
    return found
  }

  /// The ids every edge of a node points to.
  static func successors(of node: Node) -> [String] {
    switch node.kind {
    case .question(let question):
      return question.answers.compactMap(\.edge.next) + (question.next.map { [$0] } ?? [])
    case .branch(let branch):
      return branch.cases.compactMap(\.edge.next) + (branch.otherwise?.next.map { [$0] } ?? [])
    case .outcome:
      return []
    }
  }
}
