/// Declarations: duplicate ids, boolean and choice values, ambiguous spellings, shared columns,
/// unknown and unused actors.
struct DeclarationRule: TreeRule {
  func apply(_ context: ValidationContext, to findings: inout TreeFindings) {
    findings.diagnostics += check(context)
  }

  private func check(_ context: ValidationContext) -> [Diagnostic] {
    let tree = context.tree
    var found: [Diagnostic] = []
    found += duplicates(tree.nodes.enumerated().map { ($1.id, $1.position, "$.nodes[\($0)].id") }, .node, context)
    found += duplicates(tree.facts.enumerated().map { ($1.id, $1.position, "$.facts[\($0)].id") }, .fact, context)
    found += duplicates(tree.steps.enumerated().map { ($1.id, $1.position, "$.steps[\($0)].id") }, .step, context)
    found += duplicates(tree.actors.enumerated().map { ($1.id, $1.position, "$.actors[\($0)].id") }, .actor, context)
    for (factIndex, fact) in tree.facts.enumerated() {
      found += checkValues(of: fact, path: "$.facts[\(factIndex)]", context)
    }
    found += sharedColumns(context)
    found += actorReferences(context)
    return found
  }

  private func duplicates(
    _ entries: [(id: String, position: TextPosition?, path: String)], _ kind: IdentifierKind,
    _ context: ValidationContext
  ) -> [Diagnostic] {
    var firstLines: [String: Int?] = [:]
    var found: [Diagnostic] = []
    for entry in entries {
      if let first = firstLines[entry.id] {
        found.append(
          context.diagnostic(
            .error, .duplicateIdentifier(kind: kind, id: entry.id, firstLine: first), at: entry.position,
            path: entry.path))
      } else {
        firstLines[entry.id] = entry.position?.line
      }
    }
    return found
  }

  private func checkValues(of fact: Fact, path: String, _ context: ValidationContext) -> [Diagnostic] {
    var found = duplicates(
      fact.values.enumerated().map { ($1.id, $1.position, "\(path).values[\($0)].id") }, .value, context)
    switch fact.kind {
    case .boolean:
      if Set(fact.values.map(\.id)) != ["yes", "no"] || fact.values.count != 2 {
        found.append(context.diagnostic(.error, .booleanValues(fact: fact.id), at: fact.position, path: path))
      }
    case .choice, .set:
      if fact.values.isEmpty {
        found.append(context.diagnostic(.error, .noValues(fact: fact.id), at: fact.position, path: path))
      }
      if fact.kind == .set, fact.values.count > TreeIndex.maximumSetValues {
        found.append(
          context.diagnostic(
            .error, .tooManyValues(fact: fact.id, count: fact.values.count, maximum: TreeIndex.maximumSetValues),
            at: fact.position, path: path + ".values"))
      }
    }
    var meanings: [String: [String]] = [:]
    var order: [String] = []
    for (spelling, id) in AnswerReader.spellingList(of: fact) {
      let key = Spelling.key(spelling)
      for variant in Set([key, AnswerReader.compactKey(key)]) {
        if meanings[variant] == nil { order.append(variant) }
        if meanings[variant]?.contains(id) != true { meanings[variant, default: []].append(id) }
      }
    }
    for key in order where (meanings[key]?.count ?? 0) > 1 {
      let values = meanings[key, default: []].map { $0.isEmpty ? "empty" : $0 }
      found.append(
        context.diagnostic(
          .error, .ambiguousSpelling(fact: fact.id, spelling: key, values: values), at: fact.position, path: path))
    }
    return found
  }

  /// Two facts whose column names (the fact id included, as a class file may use it) collide under
  /// ``ColumnKey/key(_:)``, the one comparison every class-file reader uses.
  private func sharedColumns(_ context: ValidationContext) -> [Diagnostic] {
    var readers: [String: [String]] = [:]
    for fact in context.tree.facts {
      for key in Set(ColumnKey.names(of: fact).map(ColumnKey.key)) { readers[key, default: []].append(fact.id) }
    }
    return context.tree.facts.enumerated().flatMap { factIndex, fact in
      ColumnKey.names(of: fact).compactMap { column -> Diagnostic? in
        let facts = readers[ColumnKey.key(column), default: []]
        guard facts.count > 1, facts.first == fact.id else { return nil }
        return context.diagnostic(
          .error, .duplicateColumn(column: column, facts: facts), at: fact.position,
          path: "$.facts[\(factIndex)].columns")
      }
    }
  }

  private func actorReferences(_ context: ValidationContext) -> [Diagnostic] {
    let declared = context.tree.actors.map(\.id)
    var used: Set<String> = []
    var found: [Diagnostic] = []
    for (stepIndex, step) in context.tree.steps.enumerated() {
      for actor in step.actors {
        used.insert(actor)
        if !declared.contains(actor) {
          let suggestion = EditDistance.suggestion(for: actor, among: declared)
          found.append(
            context.diagnostic(
              .error, .unknownReference(kind: .actor, id: actor, suggestion: suggestion), at: step.position,
              path: "$.steps[\(stepIndex)].actors"))
        }
      }
    }
    for (actorIndex, actor) in context.tree.actors.enumerated() where !used.contains(actor.id) {
      found.append(
        context.diagnostic(.warning, .unusedActor(id: actor.id), at: actor.position, path: "$.actors[\(actorIndex)]"))
    }
    return found
  }
}
