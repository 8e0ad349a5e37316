import PixReadyCore

/// The text of a student's result at the prompt: verdict in words, numbered steps with who acts
/// and the detail, and « Pourquoi ? », one short line per answer that led there.
///
/// The school's steps are not the student's: they are shown once per session, in the first bilan
/// that meets them and in the closing summary, never under every student.
struct StudentResultText {
  let texts: TreeTexts
  let messages: PromptMessages
  /// The terminal's width.
  let wrap: TextWrap
  /// Whether the session diagnoses students one by one (the tree has student-scope facts).
  let perStudent: Bool

  /// The block shown when a student's diagnosis ends; `newSchoolSteps` are the school steps no
  /// earlier bilan of the session has shown.
  func block(_ result: StudentResult, newSchoolSteps: [Step]) -> [PromptOutput] {
    var out: [PromptOutput] = []
    func add(_ text: String, _ tone: PromptOutput.Tone = .plain) {
      out.append(PromptOutput(text, tone: tone, channel: .result))
    }
    let diagnosis = result.diagnosis
    let status = result.ownStatus
    let own = result.ownSteps
    let title = messages.resultTitle(number: result.number, name: result.name, perStudent: perStudent)
    add("\n=== \(title) ===\n", .heading)
    let schoolOnly = own.isEmpty && !result.schoolSteps.isEmpty && result.status != status
    add(wrap.wrap(messages.verdict(status, steps: own.count, schoolOnly: schoolOnly)), Self.tone(status))
    if let headline = diagnosis.conclusion?.headline {
      add(wrap.wrap(headline.text(in: texts.language)))
    }
    if let fact = result.status.openFact {
      let question = texts.question(fact, node: diagnosis.missing?.node)
      add(wrap.wrap(messages.openQuestion(question, status: result.status)))
    }
    if !newSchoolSteps.isEmpty {
      add("\n" + wrap.wrap(messages.schoolStepsHeading), .heading)
      add(steps(newSchoolSteps))
    }
    if !own.isEmpty {
      let complete = result.status.openFact == nil
      let heading =
        newSchoolSteps.isEmpty
        ? messages.stepsHeading(complete: complete) : messages.ownStepsHeading(messages.stepsTitle(complete: complete))
      add("\n" + heading + "\n", .heading)
      add(steps(own))
    }
    add("\n" + messages.whyHeading + "\n", .heading)
    if diagnosis.trace.isEmpty {
      add(wrap.wrap(messages.noQuestionYet, indent: "  "))
    }
    for entry in diagnosis.trace {
      add(whyLine(entry))
    }
    return out
  }

  /// The session summary: one line per student.
  func recap(_ results: [StudentResult]) -> [PromptOutput] {
    var out = [PromptOutput("\n" + messages.recapHeading(results) + "\n", tone: .heading, channel: .result)]
    for result in results {
      let question = result.status.openFact.map { texts.question($0, node: result.diagnosis.missing?.node) }
      let line = messages.recapLine(result, steps: result.ownSteps.count, question: question)
      out.append(
        PromptOutput(
          wrap.wrap(line, indent: "     ", firstIndent: "  "), tone: Self.tone(result.ownStatus), channel: .result))
    }
    return out
  }

  /// The school's steps of the whole session, once, with who acts: the closing summary's reminder.
  func schoolReminder(_ results: [StudentResult]) -> [PromptOutput] {
    var steps: [Step] = []
    for step in results.flatMap(\.schoolSteps) where !steps.contains(where: { $0.id == step.id }) {
      steps.append(step)
    }
    guard !steps.isEmpty else { return [] }
    var text = "\n" + wrap.wrap(messages.schoolReminderHeading)
    for (index, step) in steps.enumerated() {
      let line = step.title.text(in: texts.language) + " — " + messages.actors(texts.actors(step))
      text += wrap.wrap(line, indent: "     ", firstIndent: "  \(index + 1). ")
    }
    return [PromptOutput(text, tone: .action, channel: .result)]
  }

  /// Numbered steps with who acts and the detail.
  private func steps(_ steps: [Step]) -> String {
    var text = ""
    for (index, step) in steps.enumerated() {
      text += wrap.wrap(step.title.text(in: texts.language), indent: "     ", firstIndent: "  \(index + 1). ")
      text += wrap.wrap(messages.actors(texts.actors(step)), indent: "     ")
      text += wrap.wrap(step.detail.text(in: texts.language), indent: "     ")
    }
    return text
  }

  /// « - question in a few words → answer », on one line when the width allows.
  private func whyLine(_ entry: Diagnosis.TraceEntry) -> String {
    let answer = texts.answer(entry.answer, fact: entry.fact)
    let room = wrap.width - "  - ".count - " → ".count - answer.count
    let question = texts.shortQuestion(entry.fact, node: entry.node, fitting: room)
    return wrap.wrap(question + " → " + answer, indent: "      ", firstIndent: "  - ")
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
