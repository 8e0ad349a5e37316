/// Cycles: a tree never goes back to a node it has left.
///
/// A depth-first search with an explicit stack, so a tree of thousands of chained nodes does not
/// exhaust the thread's stack.
struct CycleRule: TreeRule {
  func apply(_ context: ValidationContext, to findings: inout TreeFindings) {
    findings.diagnostics += check(context)
  }

  private func check(_ context: ValidationContext) -> [Diagnostic] {
    var state: [String: Bool] = [:]  // false = on the current path, true = done
    var path: [String] = []
    var positionOnPath: [String: Int] = [:]
    var found: [Diagnostic] = []
    var reported: Set<Set<String>> = []
    // Each frame: a node on the path and the successors still to visit.
    var frames: [(id: String, successors: [String], next: Int)] = []

    for root in context.tree.nodes where state[root.id] == nil {
      frames.append((root.id, Self.successors(of: root), 0))
      state[root.id] = false
      positionOnPath[root.id] = path.count
      path.append(root.id)
      while let frame = frames.last {
        guard frame.next < frame.successors.count else {
          frames.removeLast()
          path.removeLast()
          positionOnPath[frame.id] = nil
          state[frame.id] = true
          continue
        }
        frames[frames.count - 1].next += 1
        let id = frame.successors[frame.next]
        guard let node = context.index.nodes[id] else { continue }
        switch state[id] {
        case false?:
          if let start = positionOnPath[id] {
            let cycle = Array(path[start...]) + [id]
            if reported.insert(Set(cycle)).inserted {
              found.append(context.onNode(.error, .cycle(path: cycle), id))
            }
          }
        case true?:
          continue
        case nil:
          state[id] = false
          positionOnPath[id] = path.count
          path.append(id)
          frames.append((id, Self.successors(of: node), 0))
        }
      }
    }
    return found
  }

  /// The ids every edge of a node points to.
  static func successors(of node: Node) -> [String] {
    switch node.kind {
    case .question(let question):
      return question.answers.compactMap(\.edge.next) + (question.whenUnknown?.next.map { [$0] } ?? [])
        + (question.next.map { [$0] } ?? [])
    case .branch(let branch):
      return branch.cases.compactMap(\.edge.next) + (branch.otherwise?.next.map { [$0] } ?? [])
    case .outcome:
      return []
    }
  }
}
