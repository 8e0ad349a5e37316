import PixReadyCore

/// `pixready ask --save FILE.md`: the session as Markdown, ready to paste into a support ticket.
///
/// For every student: the verdict, the answers given (in the flowchart's order), the notes of the
/// flowchart and the numbered steps with who acts. Only the names typed at the prompt identify
/// students.
public struct SessionMarkdown: Sendable {
  private let tree: ValidatedTree
  private let messages: PromptMessages
  private let texts: TreeTexts
  private let generatedAt: String

  /// Creates a writer; `generatedAt` is the date printed (the shell owns the clock).
  public init(tree: ValidatedTree, language: Language, generatedAt: String) {
    self.tree = tree
    messages = PromptMessages(language: language)
    texts = TreeTexts(tree: tree, language: language)
    self.generatedAt = generatedAt
  }

  /// The Markdown document for `results`; `end` is `nil` while the session runs.
  public func render(_ results: [StudentResult], end: PromptSession.End?) -> String {
    var text = "# " + messages.markdownTitle(tree.tree.title.text(in: texts.language)) + "\n\n"
    text += "- \(messages.field(messages.treeWord)) `\(tree.identity.description)`\n"
    text += "- \(messages.field(messages.dateWord)) \(generatedAt)\n"
    text += "- \(messages.field(messages.sessionWord)) \(messages.endWord(end))\n"
    text += "- \(messages.studentCount(results))\n"
    let perStudent = tree.tree.facts.contains { $0.scope == .student }
    for result in results {
      text += "\n" + student(result, perStudent: perStudent)
    }
    return text
  }

  private func student(_ result: StudentResult, perStudent: Bool) -> String {
    let diagnosis = result.diagnosis
    var text = "## " + messages.resultTitle(number: result.number, name: result.name, perStudent: perStudent) + "\n\n"
    text += "**" + messages.verdict(result.status, steps: diagnosis.steps.count) + "**\n"
    if let headline = diagnosis.headline { text += "\n" + headline.text(in: texts.language) + "\n" }
    if let fact = result.status.openFact {
      text += "\n" + messages.openQuestion(texts.question(fact, node: diagnosis.missingFact?.node), status: result.status) + "\n"
    }
    text += "\n### \(messages.answersHeading)\n\n"
    if diagnosis.trace.isEmpty {
      text += messages.noQuestionYet + "\n"
    } else {
      text += "| \(messages.questionWord) | \(messages.answerWord) |\n| --- | --- |\n"
      for entry in diagnosis.trace {
        text += "| \(cell(texts.question(entry.fact, node: entry.node))) | \(cell(texts.answer(entry.answer, fact: entry.fact))) |\n"
      }
    }
    if !diagnosis.notes.isEmpty {
      text += "\n### \(messages.notesHeading)\n\n"
      text += diagnosis.notes.map { "- " + $0.text(in: texts.language) + "\n" }.joined()
    }
    if !diagnosis.steps.isEmpty {
      text += "\n### " + messages.stepsTitle(complete: result.status.openFact == nil) + "\n\n"
      for (index, step) in diagnosis.steps.enumerated() {
        text += "\(index + 1). **\(step.title.text(in: texts.language))** — \(messages.actors(texts.actors(step)))  \n"
        text += "   \(step.detail.text(in: texts.language))\n"
      }
    }
    return text
  }

  private func cell(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "|": escaped += "\\|"
      case "\n", "\r\n": escaped += " "
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
