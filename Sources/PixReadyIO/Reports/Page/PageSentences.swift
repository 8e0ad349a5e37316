import PixReadyCore

/// The sentences of `ask` that the page says too, taken from ``PromptMessages`` so that the page's
/// bilan and its Markdown read exactly like `ask`'s and `ask --save`'s.
///
/// Where a sentence takes a number or a name, it is written once with `{n}` or `{name}` in their
/// place; where the wording depends on a count (« 1 étape », « 2 étapes »), every count the tree
/// can reach is written out.
struct PageSentences {
  let language: Language
  /// Whom the tree's cases are about (« élève » unless the tree names its subject).
  let subject: Subject
  let maximumSteps: Int

  private static let number = 987_654
  private static let name = "\u{1}name\u{1}"

  /// The JSON members, values already JSON text.
  var members: [(String, String)] {
    let messages = PromptMessages(language: language, subject: subject)
    let report = ReportMessages(language: language)
    let statuses: [(String, StudentResult.Status)] = [
      ("ready", .verdict(.ready)), ("action", .verdict(.action)), ("support", .verdict(.support)),
      ("pending", .pending(fact: "")), ("unfinished", .unfinished(fact: "")),
    ]
    let verdicts = statuses.map { key, status in
      (key, JSONText.strings((0...max(maximumSteps, 1)).map { messages.verdict(status, steps: $0) }))
    }
    let words = statuses.map { key, status in (key, JSONText.string(messages.statusWord(status))) }
    // « {n} prêt » for one, « {n} prêts » for more, as `ask --save` counts them.
    let counts = statuses.map { key, status in
      let one = messages.statusCount(status, 1)
      let many = fill(messages.statusCount(status, Self.number))
      return (key, JSONText.strings(["{n}" + one.dropFirst(), many]))
    }
    let strings: [(String, String)] = [
      ("resultTitle", fill(messages.resultTitle(number: Self.number, name: nil, perStudent: true))),
      ("resultTitleNamed", fill(messages.resultTitle(number: Self.number, name: Self.name, perStudent: true))),
      ("resultTitleSingle", messages.resultTitle(number: 1, name: nil, perStudent: false)),
      ("studentHeader", fill(messages.studentHeader(number: Self.number, name: nil))),
      ("studentHeaderNamed", fill(messages.studentHeader(number: Self.number, name: Self.name))),
      ("namePrompt", fill(messages.namePrompt(number: Self.number))),
      ("pendingQuestion", fill(messages.openQuestion(Self.name, status: .pending(fact: "")))),
      ("unfinishedQuestion", fill(messages.openQuestion(Self.name, status: .unfinished(fact: "")))),
      ("steps", messages.stepsTitle(complete: true)), ("stepsSoFar", messages.stepsTitle(complete: false)),
      ("who", messages.actors([])), ("why", messages.whyHeading), ("noQuestionYet", messages.noQuestionYet),
      ("noName", messages.noName), ("markdownTitle", fill(messages.markdownTitle(Self.name))),
      ("tree", messages.field(messages.treeWord)), ("date", messages.field(messages.dateWord)),
      ("session", messages.field(messages.sessionWord)), ("answers", messages.answersHeading),
      ("notes", messages.notesHeading), ("question", messages.questionWord), ("answer", messages.answerWord),
      ("finished", messages.endWord(.finished)), ("nextStudentQuestion", messages.nextStudentQuestion),
      ("unknownAnswer", Fact.unknownLabel.text(in: language)), ("colon", messages.colon),
      ("studentNoun", subject.singular.text(in: language)), ("studentsNoun", subject.plural.text(in: language)),
      ("verdictSchoolOnly", messages.verdict(.verdict(.ready), steps: 0, schoolOnly: true)),
      ("schoolSteps", messages.schoolStepsTitle),
      ("ownSteps", title(messages.ownStepsHeading(messages.stepsTitle(complete: true)))),
      ("ownStepsSoFar", title(messages.ownStepsHeading(messages.stepsTitle(complete: false)))),
      (
        "dateWords",
        report.dateWords(day: "{d}", month: "{month}", year: "{y}", hour: "{h}", minute: "{mi}", zone: "{zone}")
      ),
      ("firstDay", report.day(1)),
    ]
    return strings.map { ($0, JSONText.string($1)) } + [
      ("verdicts", JSONText.object(verdicts)), ("statusWords", JSONText.object(words)),
      ("statusCounts", JSONText.object(counts)),
      ("months", JSONText.strings((1...12).map(report.monthName))),
      // The room `ask` leaves for « question → answer » on an 80-column line, before the answer.
      ("whyRoom", String(TextWrap().width - "  - ".count - " → ".count)),
    ]
  }

  /// A heading of `ask` without its colon, as a title.
  private func title(_ heading: String) -> String {
    let colon = PromptMessages(language: language).field("")
    return heading.hasSuffix(colon) ? String(heading.dropLast(colon.count)) : heading
  }

  /// `{n}` and `{name}` in place of the sentinels.
  private func fill(_ text: String) -> String {
    text.replacingOccurrences(of: String(Self.number), with: "{n}").replacingOccurrences(of: Self.name, with: "{name}")
  }
}
