extension DecisionTable {
  /// The table in Markdown: a heading, the facts and their questions, then one row per line with
  /// the answers (labels), the verdict, the outcome and the numbered steps with who acts.
  public func markdown(language: Language) -> String {
    let messages = AuthoringMessages(language: language)
    let facts = tree.tree.facts
    var text = "# " + messages.tableHeading(tree.tree.title.text(in: language)) + "\n\n"
    text += "`\(tree.identity.description)` — "
    switch rowKind {
    case .paths: text += messages.pathsSummary(rows: rows.count, combinations: combinationCount)
    case .combinations: text += messages.combinationsSummary(combinationCount)
    }
    text += "\n\n| " + messages.factHeaders.joined(separator: " | ") + " |\n|---|---|---|\n"
    for fact in facts {
      text +=
        "| `\(Self.header(fact))` | \(messages.scope(fact.scope)) | \(MarkdownText.tableCell(tree.questionText(of: fact.id, in: language))) |\n"
    }
    var headers = ["#"] + facts.map { "`\(Self.header($0))`" }
    if rowKind == .paths { headers.append(messages.combinationsHeader) }
    headers += messages.resultHeaders
    text += "\n| " + headers.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: headers.count) + "\n"
    for (index, row) in rows.enumerated() {
      var cells = [String(index + 1)]
      cells += facts.map { fact in
        row.answers[fact.id].map { MarkdownText.tableCell(fact.label(of: $0, in: language)) } ?? messages.notAsked
      }
      if rowKind == .paths { cells.append(row.combinations.description) }
      switch row.diagnosis.outcome {
      case .complete(let conclusion):
        cells += [
          messages.verdictWord(conclusion.verdict),
          MarkdownText.tableCell(outcomeTitle(conclusion.node, language: language)),
        ]
      case .pending:
        cells += [messages.pendingWord, ""]
      }
      let steps = stepLines(row.diagnosis.steps, language: language)
      cells.append(steps.isEmpty ? messages.notAsked : steps.map(MarkdownText.tableCell).joined(separator: "<br>"))
      text += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// `1. Title (Actor, Actor)` for each step, in order.
  public func stepLines(_ steps: [Step], language: Language) -> [String] {
    let messages = AuthoringMessages(language: language)
    return steps.enumerated().map { index, step in
      let actors = step.actors.map { tree.actor($0)?.label.text(in: language) ?? $0 }
      return "\(index + 1). " + messages.stepWithActors(step.title.text(in: language), actors)
    }
  }

  /// A fact's column header: its CSV column (`siecle_a_jour`), the name a teacher sees, not its id.
  static func header(_ fact: Fact) -> String { fact.columns.first ?? fact.id }

  /// The outcome's title (« Tout va bien ! »), its id only when it has none.
  func outcomeTitle(_ id: String, language: Language) -> String {
    guard case .outcome(let outcome)? = tree.index.nodes[id]?.kind, let title = outcome.title else { return id }
    return title.text(in: language)
  }
}
