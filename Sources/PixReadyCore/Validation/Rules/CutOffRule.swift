/// Nodes cut off by a broken link go with that link: one finding for the cause, listing its
/// consequences, rather than an error followed by a warning about the nodes it left unreached.
struct CutOffRule: TreeRule {
  func apply(_ context: ValidationContext, to findings: inout TreeFindings) {
    findings.diagnostics = fold(findings.diagnostics.sortedByLocation, context)
  }

  /// `diagnostics` (sorted) with the `cut-off-nodes` warning folded into the unknown node
  /// references that cause it; unchanged when no unknown node reference can carry the nodes.
  private func fold(_ diagnostics: [Diagnostic], _ context: ValidationContext) -> [Diagnostic] {
    guard let warning = diagnostics.firstIndex(where: { $0.code == "cut-off-nodes" }),
      case .cutOffNodes(let ids) = diagnostics[warning].problem
    else { return diagnostics }
    let references = diagnostics.indices.filter { index in
      if case .unknownReference(.node, _, _, _) = diagnostics[index].problem { return true }
      return false
    }
    guard let first = references.first else { return diagnostics }
    let cut = Set(ids)
    var taken: Set<String> = []
    var owned: [Int: Set<String>] = [:]
    // A reference close to a cut-off node (its « Vouliez-vous dire ») cut off that node and what follows it.
    for index in references {
      guard case .unknownReference(_, _, let suggestion?, _) = diagnostics[index].problem else { continue }
      var pending = [suggestion]
      while let id = pending.popLast() {
        guard cut.contains(id), taken.insert(id).inserted, let node = context.index.nodes[id] else { continue }
        owned[index, default: []].insert(id)
        pending += CycleRule.successors(of: node)
      }
    }
    // The nodes no suggestion explains go with the first broken link.
    owned[first, default: []].formUnion(cut.subtracting(taken))
    var folded = diagnostics
    for (index, nodes) in owned {
      guard case .unknownReference(let kind, let id, let suggestion, _) = folded[index].problem else { continue }
      folded[index].problem = .unknownReference(
        kind: kind, id: id, suggestion: suggestion, cutOff: ids.filter { nodes.contains($0) })
    }
    folded.remove(at: warning)
    return folded
  }
}
