import PixReadyCore

/// The text of a student's result at the prompt: verdict in words, numbered steps with who acts
/// and the detail, and « Pourquoi ? », the questions and answers that led there.
struct StudentResultText {
  let texts: TreeTexts
  let messages: PromptMessages
  /// Whether the session diagnoses students one by one (the tree has student-scope facts).
  let perStudent: Bool

  /// The block shown when a student's diagnosis ends.
  func block(_ result: StudentResult) -> [PromptOutput] {
    var out: [PromptOutput] = []
    func add(_ text: String, _ tone: PromptOutput.Tone = .plain) {
      out.append(PromptOutput(text, tone: tone, channel: .result))
    }
    let diagnosis = result.diagnosis
    let title = messages.resultTitle(number: result.number, name: result.name, perStudent: perStudent)
    add("\n=== \(title) ===\n", .heading)
    add(TextWrap.wrap(messages.verdict(result.status, steps: diagnosis.steps.count)), Self.tone(result.status))
    if let headline = diagnosis.headline {
      add(TextWrap.wrap(headline.text(in: texts.language)))
    }
    if let fact = result.status.openFact {
      add(TextWrap.wrap(messages.openQuestion(texts.question(fact, node: diagnosis.missingFact?.node), status: result.status)))
    }
    if !diagnosis.steps.isEmpty {
      add("\n" + messages.stepsHeading(complete: result.status.openFact == nil) + "\n", .heading)
      for (index, step) in diagnosis.steps.enumerated() {
        add(TextWrap.wrap(step.title.text(in: texts.language), indent: "     ", firstIndent: "  \(index + 1). "))
        add(TextWrap.wrap(messages.actors(texts.actors(step)), indent: "     "))
        add(TextWrap.wrap(step.detail.text(in: texts.language), indent: "     "))
      }
    }
    add("\n" + messages.whyHeading + "\n", .heading)
    if diagnosis.trace.isEmpty {
      add(TextWrap.wrap(messages.noQuestionYet, indent: "  "))
    }
    for entry in diagnosis.trace {
      add(TextWrap.wrap(texts.question(entry.fact, node: entry.node), indent: "    ", firstIndent: "  - "))
      add(TextWrap.wrap(texts.answer(entry.answer, fact: entry.fact), indent: "      ", firstIndent: "    → "))
    }
    return out
  }

  /// The session summary: one line per student.
  func recap(_ results: [StudentResult]) -> [PromptOutput] {
    var out = [PromptOutput("\n" + messages.recapHeading(results) + "\n", tone: .heading, channel: .result)]
    for result in results {
      let question = result.status.openFact.map { texts.question($0, node: result.diagnosis.missingFact?.node) }
      let line = messages.recapLine(result, steps: result.diagnosis.steps.count, question: question)
      out.append(
        PromptOutput(
          TextWrap.wrap(line, indent: "     ", firstIndent: "  "), tone: Self.tone(result.status), channel: .result))
    }
    return out
  }

  /// The colour of a status.
  static func tone(_ status: StudentResult.Status) -> PromptOutput.Tone {
    switch status {
    case .verdict(.ready): .good
    case .verdict(.action), .pending, .unfinished: .action
    case .verdict(.support): .alert
    }
  }
}
