/// Changes of a ``TreeDiff`` that change the same way: same outcomes before and after, same
/// verdicts, same steps removed and added. What a reviewer reads first.
public struct ChangeGroup: Sendable, Equatable {
  /// One representative change (the first).
  public var first: TreeDiff.Change
  /// Every change of the group, in walk order.
  public var changes: [TreeDiff.Change]
  /// Steps the old version gives and the new one does not (old ids mapped through renames); empty
  /// when a version cannot answer.
  public var removedSteps: [String]
  /// Steps the new version gives and the old one does not.
  public var addedSteps: [String]
  /// Answers shared by every change of the group.
  public var common: Answers
  /// When the other answers form every combination of these values (one list per fact, in fact
  /// order), the group reads as one line; `nil` when it does not.
  public var product: [(fact: String, values: [Answer])]?

  /// The combinations the group stands for.
  public var combinations: CombinationCount {
    changes.reduce(CombinationCount.zero) { $0 + $1.combinations }
  }

  /// Equality of everything but the product's tuple labels.
  public static func == (left: ChangeGroup, right: ChangeGroup) -> Bool {
    left.changes == right.changes && left.removedSteps == right.removedSteps && left.addedSteps == right.addedSteps
      && left.common == right.common
      && left.product?.map(\.fact) == right.product?.map(\.fact)
      && left.product?.map(\.values) == right.product?.map(\.values)
  }
}

extension TreeDiff {
  /// The changes grouped by how they change, in the order of their first change.
  public var groups: [ChangeGroup] {
    let renames = Dictionary(
      uniqueKeysWithValues: (identifiers.first { $0.kind == .step }?.renamed ?? []).map { ($0.old, $0.new) })
    var order: [String] = []
    var byKey: [String: ChangeGroup] = [:]
    for change in changes {
      // Steps are compared only when both versions answer: a version that cannot has no steps to compare.
      var removed: [String] = []
      var added: [String] = []
      if case .outcome(_, _, let old) = change.old, case .outcome(_, _, let new) = change.new {
        let oldSteps = old.map { renames[$0] ?? $0 }
        removed = oldSteps.filter { !new.contains($0) }
        added = new.filter { !oldSteps.contains($0) }
      }
      let key = [
        Self.key(change.old), Self.key(change.new), removed.joined(separator: ","), added.joined(separator: ","),
      ].joined(separator: "|")
      if byKey[key] == nil {
        order.append(key)
        byKey[key] = ChangeGroup(
          first: change, changes: [], removedSteps: removed, addedSteps: added, common: [:], product: nil)
      }
      byKey[key]?.changes.append(change)
    }
    return order.compactMap { byKey[$0] }.map(summarised)
  }

  private func summarised(_ group: ChangeGroup) -> ChangeGroup {
    var group = group
    let cases = group.changes.map(\.answers)
    var varying: [(fact: String, values: [Answer])] = []
    var everywhere = true
    for fact in facts {
      let values = cases.compactMap { $0[fact.id] }
      if values.isEmpty { continue }
      var distinct: [Answer] = []
      for value in values where !distinct.contains(value) { distinct.append(value) }
      if values.count == cases.count, distinct.count == 1 {
        group.common[fact.id] = distinct[0]
      } else {
        everywhere = everywhere && values.count == cases.count
        varying.append((fact.id, distinct))
      }
    }
    let size = varying.reduce(1) { $0 * $1.values.count }
    if everywhere, !varying.isEmpty, size == cases.count, Set(cases).count == cases.count {
      group.product = varying
    }
    return group
  }

  private static func key(_ result: Result) -> String {
    switch result {
    case .outcome(let node, let verdict, _): "\(node)/\(verdict.rawValue)"
    case .unanswerable(let fact): "?\(fact)"
    }
  }
}
