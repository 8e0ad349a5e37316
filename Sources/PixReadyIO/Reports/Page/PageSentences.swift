import PixReadyCore

/// The sentences of `ask` that the page says too, taken from ``PromptMessages`` so that the page's
/// bilan and its Markdown read exactly like `ask`'s and `ask --save`'s.
///
/// Where a sentence takes a number or a name, it is written once with `{n}` or `{name}` in their
/// place; where the wording depends on a count (« 1 étape », « 2 étapes »), every count the tree
/// can reach is written out.
struct PageSentences {
  let language: Language
  let maximumSteps: Int

  private static let number = 987_654
  private static let name = "\u{1}name\u{1}"

  /// The JSON members, values already JSON text.
  var members: [(String, String)] {
    let messages = PromptMessages(language: language)
    let statuses: [(String, StudentResult.Status)] = [
      ("ready", .verdict(.ready)), ("action", .verdict(.action)), ("support", .verdict(.support)),
      ("pending", .pending(fact: "")), ("unfinished", .unfinished(fact: "")),
    ]
    let verdicts = statuses.map { key, status in
      (key, JSONText.strings((0...max(maximumSteps, 1)).map { messages.verdict(status, steps: $0) }))
    }
    let words = statuses.map { key, status in (key, JSONText.string(messages.statusWord(status))) }
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
      ("studentNoun", noun(messages, plural: false)), ("studentsNoun", noun(messages, plural: true)),
    ]
    return strings.map { ($0, JSONText.string($1)) } + [
      ("verdicts", JSONText.object(verdicts)), ("statusWords", JSONText.object(words)),
    ]
  }

  /// `{n}` and `{name}` in place of the sentinels.
  private func fill(_ text: String) -> String {
    text.replacingOccurrences(of: String(Self.number), with: "{n}").replacingOccurrences(of: Self.name, with: "{name}")
  }

  /// « élève » or « élèves », as ``PromptMessages`` counts students.
  private func noun(_ messages: PromptMessages, plural: Bool) -> String {
    let count = messages.studentCount([])
    // « 0 élève () »: the noun sits between the count and the parenthesis; plural adds « s ».
    let noun = count.dropFirst(2).prefix { $0 != " " }
    return plural ? noun + "s" : String(noun)
  }
}
