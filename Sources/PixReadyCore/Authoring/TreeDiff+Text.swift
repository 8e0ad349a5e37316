extension TreeDiff {
  /// The diff for people: both identities, the id changes, then the changes of behaviour grouped
  /// by how they change, with the answers concerned and the number of combinations.
  public func text(language: Language, oldName: String, newName: String) -> String {
    let messages = AuthoringMessages(language: language)
    var text = messages.diffVersion(old: true, identity: old.identity.description, name: oldName) + "\n"
    text += messages.diffVersion(old: false, identity: new.identity.description, name: newName) + "\n\n"
    if identifiers.isEmpty {
      text += messages.noIdentifierChange + "\n"
    } else {
      text += messages.identifiersHeading + "\n"
      for changes in identifiers {
        text += "  " + messages.identifierLine(changes) + "\n"
      }
    }
    text += "\n"
    guard behaviourChanged else {
      return text + messages.sameBehaviour(combinationCount) + "\n"
    }
    let groups = self.groups
    text += messages.behaviourHeading(groups: groups.count, combinations: changedCombinations, of: combinationCount)
    text += "\n"
    for (index, group) in groups.enumerated() {
      text += groupText(group, number: index + 1, language: language)
    }
    return text + messages.behaviourChangedVerdict + "\n"
  }

  private func groupText(_ group: ChangeGroup, number: Int, language: Language) -> String {
    let messages = AuthoringMessages(language: language)
    let indent = "     "
    var text =
      "  \(number). " + messages.verdictChange(verdict(group.first.old, messages), verdict(group.first.new, messages))
    text += "  (" + messages.combinationCount(group.combinations) + ")\n"
    text += indent + messages.when + " " + answersText(group.common, language: language) + "\n"
    if let product = group.product {
      let parts = product.map { entry in
        entry.values.count == domains[entry.fact]?.count
          ? messages.anyValue(entry.fact)
          : messages.isOneOf(entry.fact, entry.values.map { label($0, fact: entry.fact, language: language) })
      }
      text += indent + messages.andWhen + " " + parts.joined(separator: messages.listSeparator) + "\n"
    }
    switch (group.first.old, group.first.new) {
    case (.unanswerable(let fact), _): text += indent + messages.unanswerable(old: true, fact) + "\n"
    case (_, .unanswerable(let fact)): text += indent + messages.unanswerable(old: false, fact) + "\n"
    case (.outcome, .outcome):
      text += indent + messages.stepChange(removed: group.removedSteps, added: group.addedSteps) + "\n"
    }
    text += indent + messages.outcomeChange(outcome(group.first.old), outcome(group.first.new)) + "\n"
    if group.product == nil, group.changes.count > 1 {
      for change in group.changes {
        let rest = change.answers.filter { group.common[$0.key] == nil }
        text += indent + "- " + answersText(rest, language: language)
        text += "  (" + messages.combinationCount(change.combinations) + ")\n"
      }
    }
    return text
  }

  private func verdict(_ result: Result, _ messages: AuthoringMessages) -> String? {
    switch result {
    case .outcome(_, let verdict, _): messages.verdictWord(verdict)
    case .unanswerable: nil
    }
  }

  private func outcome(_ result: Result) -> String {
    switch result {
    case .outcome(let node, _, _): node
    case .unanswerable(let fact): "?\(fact)"
    }
  }

  /// `fact = « Label », fact = « Label »` in the order of ``facts``.
  public func answersText(_ answers: Answers, language: Language) -> String {
    let messages = AuthoringMessages(language: language)
    let parts = facts.compactMap { fact -> String? in
      guard let answer = answers[fact.id] else { return nil }
      return messages.isValue(fact.id, label(answer, fact: fact.id, language: language))
    }
    return parts.isEmpty ? messages.anyAnswers : parts.joined(separator: ", ")
  }

  /// An answer's label in whichever version knows the value (the new one first).
  func label(_ answer: Answer, fact: String, language: Language) -> String {
    if let newFact = new.fact(fact), new.index.proofDomain(of: newFact).contains(answer) {
      return newFact.label(of: answer, in: language)
    }
    let renamed = identifiers.first { $0.kind == .fact }?.renamed.first { $0.new == fact }?.old ?? fact
    let values = identifiers.first { $0.kind == .value && $0.fact == fact }?.renamed ?? []
    let back = Dictionary(uniqueKeysWithValues: values.map { ($0.new, $0.old) })
    let local: Answer
    switch answer {
    case .value(let value): local = .value(back[value] ?? value)
    case .values(let set): local = .values(Set(set.map { back[$0] ?? $0 }))
    case .unknown: local = .unknown
    }
    return (old.fact(renamed) ?? new.fact(fact))?.label(of: local, in: language) ?? "\(answer)"
  }
}
