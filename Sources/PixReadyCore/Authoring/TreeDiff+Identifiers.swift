extension TreeDiff {
  /// The id changes of every kind, facts first, then values fact by fact, steps, actors, nodes.
  static func identifierChanges(old: DecisionTree, new: DecisionTree) -> [IdentifierChanges] {
    let facts = IdentifierChanges.compare(.fact, old: old.facts.map(entry), new: new.facts.map(entry))
    let factRenames = Dictionary(uniqueKeysWithValues: facts.renamed.map { ($0.old, $0.new) })
    var all = [facts]
    for oldFact in old.facts {
      let newID = factRenames[oldFact.id] ?? oldFact.id
      guard let newFact = new.facts.first(where: { $0.id == newID }) else { continue }
      all.append(
        IdentifierChanges.compare(
          .value, fact: newID, old: oldFact.values.map(entry), new: newFact.values.map(entry)))
    }
    all.append(IdentifierChanges.compare(.step, old: old.steps.map(entry), new: new.steps.map(entry)))
    all.append(IdentifierChanges.compare(.actor, old: old.actors.map(entry), new: new.actors.map(entry)))
    all.append(IdentifierChanges.compare(.node, old: old.nodes.map(entry), new: new.nodes.map(entry)))
    return all.filter { !$0.isEmpty }
  }

  private static func entry(_ fact: Fact) -> IdentifierChanges.Entry {
    let signature = "\(fact.kind.rawValue)|\(fact.question.fr)"
    let content = [
      signature, fact.scope.rawValue, fact.question.en ?? "", fact.help?.fr ?? "", fact.columns.joined(separator: ","),
      fact.emptySet.map { "\($0.label.fr)|\($0.accept.joined(separator: ","))" } ?? "",
    ].joined(separator: "\n")
    return .init(id: fact.id, signature: signature, content: content)
  }

  private static func entry(_ value: FactValue) -> IdentifierChanges.Entry {
    .init(
      id: value.id, signature: value.label.fr,
      content: [value.label.fr, value.label.en ?? "", value.accept.joined(separator: ",")].joined(separator: "\n"))
  }

  private static func entry(_ step: Step) -> IdentifierChanges.Entry {
    let content = [
      step.title.fr, step.title.en ?? "", step.detail.fr, step.detail.en ?? "", step.actors.joined(separator: ","),
      String(step.escalates),
    ].joined(separator: "\n")
    return .init(id: step.id, signature: step.title.fr, content: content)
  }

  private static func entry(_ actor: Actor) -> IdentifierChanges.Entry {
    .init(id: actor.id, signature: actor.label.fr, content: actor.label.fr + "\n" + (actor.label.en ?? ""))
  }

  private static func entry(_ node: Node) -> IdentifierChanges.Entry {
    let notes = texts(node.notes)
    switch node.kind {
    case .question(let question):
      let answers = question.answers.map { "\($0.value)→\(edge($0.edge))" }.joined(separator: ";")
      let set = [question.whenEmpty.map(edge) ?? "", question.next ?? ""].joined(separator: ";")
      return .init(
        id: node.id, signature: "question|\(question.fact)", content: [answers, set, notes].joined(separator: "\n"))
    case .branch(let branch):
      let conditions = branch.cases.map { describe($0.condition) }.joined(separator: ";")
      let edges = (branch.cases.map(\.edge) + (branch.otherwise.map { [$0] } ?? [])).map(edge).joined(separator: ";")
      return .init(
        id: node.id, signature: "branch|\(conditions)", content: [conditions, edges, notes].joined(separator: "\n"))
    case .outcome(let outcome):
      let signature = "outcome|\(outcome.title?.fr ?? "")|\(outcome.steps.joined(separator: ","))"
      return .init(
        id: node.id, signature: signature, content: [signature, outcome.title?.en ?? "", notes].joined(separator: "\n"))
    }
  }

  private static func edge(_ edge: Edge) -> String {
    "\(edge.next ?? "")+\(edge.steps.joined(separator: ","))+\(texts(edge.notes))"
  }

  private static func texts(_ texts: [LocalizedText]) -> String {
    texts.map { "\($0.fr)/\($0.en ?? "")" }.joined(separator: "|")
  }

  /// A condition written with ids only, positions left out.
  private static func describe(_ condition: Condition) -> String {
    switch condition {
    case .test(let test):
      let op: String
      switch test.op {
      case .is: op = "is"
      case .in: op = "in"
      case .has: op = "has"
      case .hasAny: op = "hasAny"
      case .isEmpty: op = "empty"
      }
      return "\(test.fact) \(op) \(test.values.joined(separator: ","))"
    case .all(let parts): return "all(" + parts.map(describe).joined(separator: ",") + ")"
    case .any(let parts): return "any(" + parts.map(describe).joined(separator: ",") + ")"
    case .not(let inner): return "not(" + describe(inner) + ")"
    }
  }
}
