import PixReadyCore

/// `pixready ask --save FILE.md`: the session as Markdown, ready to paste into a support ticket.
///
/// For every student: the verdict, the answers given (in the flowchart's order), the notes of the
/// flowchart and the numbered steps with who acts. Only the names typed at the prompt identify
/// students. Every text is escaped as `check --format md` escapes it (``MarkdownText``), so a name
/// such as « *Léa* | <b> » shows as typed and cannot break the document.
public struct SessionMarkdown: Sendable {
  private let tree: ValidatedTree
  private let messages: PromptMessages
  private let texts: TreeTexts
  private let generatedAt: String

  /// Creates a writer; `generatedAt` is the date printed, in ISO 8601 as ``ReportDate`` writes it
  /// (the shell owns the clock).
  public init(tree: ValidatedTree, language: Language, generatedAt: String) {
    self.tree = tree
    messages = PromptMessages(language: language, subject: tree.tree.subject)
    texts = TreeTexts(tree: tree, language: language)
    self.generatedAt = generatedAt
  }

  /// The Markdown document for `results`; `end` is `nil` while the session runs: the file is then
  /// marked interrupted, which it stays only if the session never gets to write its end (Ctrl-C).
  /// French is typeset (``FrenchTypography``).
  public func render(_ results: [StudentResult], end: PromptSession.End?) -> String {
    texts.language.typeset(document(results, end: end))
  }

  private func document(_ results: [StudentResult], end: PromptSession.End?) -> String {
    let date = ReportMessages(language: texts.language).date(generatedAt)
    var text = "# " + MarkdownText.inline(messages.markdownTitle(tree.tree.title.text(in: texts.language))) + "\n\n"
    text += "- \(messages.field(messages.treeWord)) \(ReportMessages(language: texts.language).tree(tree.identity))\n"
    text += "- \(messages.field(messages.dateWord)) \(date)\n"
    text += "- \(messages.field(messages.sessionWord)) \(messages.endWord(end))\n"
    text += "- \(messages.studentCount(results))\n"
    var school: [Step] = []
    for step in results.flatMap(\.schoolSteps) where !school.contains(where: { $0.id == step.id }) {
      school.append(step)
    }
    if !school.isEmpty {
      text += "\n## " + MarkdownText.inline(messages.schoolStepsTitle) + "\n\n" + steps(school)
    }
    let perStudent = tree.tree.facts.contains { $0.scope == .student }
    for result in results {
      text += "\n" + student(result, perStudent: perStudent)
    }
    return text
  }

  private func student(_ result: StudentResult, perStudent: Bool) -> String {
    let diagnosis = result.diagnosis
    let title = messages.resultTitle(number: result.number, name: result.name, perStudent: perStudent)
    var text = "## " + MarkdownText.inline(title) + "\n\n"
    let status = result.ownStatus
    let schoolOnly = result.ownSteps.isEmpty && !result.schoolSteps.isEmpty && result.status != status
    text += "**" + messages.verdict(status, steps: result.ownSteps.count, schoolOnly: schoolOnly) + "**\n"
    if let headline = diagnosis.conclusion?.headline {
      text += "\n" + MarkdownText.paragraph(headline.text(in: texts.language)) + "\n"
    }
    if let fact = result.status.openFact {
      text +=
        "\n"
        + MarkdownText.paragraph(
          messages.openQuestion(texts.question(fact, node: diagnosis.missing?.node), status: result.status))
        + "\n"
    }
    text += "\n### \(messages.answersHeading)\n\n"
    if diagnosis.trace.isEmpty {
      text += messages.noQuestionYet + "\n"
    } else {
      text += "| \(messages.questionWord) | \(messages.answerWord) |\n| --- | --- |\n"
      for entry in diagnosis.trace {
        text +=
          MarkdownText.row([
            MarkdownText.inline(texts.question(entry.fact, node: entry.node)),
            MarkdownText.inline(texts.answer(entry.answer, fact: entry.fact)),
          ])
      }
    }
    if !diagnosis.notes.isEmpty {
      text += "\n### \(messages.notesHeading)\n\n"
      text += diagnosis.notes.map { "- " + MarkdownText.inline($0.text(in: texts.language)) + "\n" }.joined()
    }
    if !result.ownSteps.isEmpty {
      text += "\n### " + messages.stepsTitle(complete: result.status.openFact == nil) + "\n\n" + steps(result.ownSteps)
    }
    return text
  }

  /// Numbered steps, each with who acts and the detail.
  private func steps(_ steps: [Step]) -> String {
    var text = ""
    for (index, step) in steps.enumerated() {
      let title = MarkdownText.inline(step.title.text(in: texts.language))
      text += "\(index + 1). **\(title)** — \(MarkdownText.inline(messages.actors(texts.actors(step))))  \n"
      text += "   \(MarkdownText.inline(step.detail.text(in: texts.language)))\n"
    }
    return text
  }
}
