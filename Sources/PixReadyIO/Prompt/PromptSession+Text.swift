import PixReadyCore

extension PromptSession {
  /// The input marker, written without a line break.
  static let marker = PromptOutput("> ", tone: .prompt)

  var language: Language { configuration.language }
  var messages: PromptMessages { PromptMessages(language: language) }
  var texts: TreeTexts { TreeTexts(tree: tree, language: language) }
  var resultText: StudentResultText {
    StudentResultText(texts: texts, messages: messages, perStudent: tree.tree.facts.contains { $0.scope == .student })
  }

  /// A question with its numbered answers, then the marker.
  func ask(_ prompt: PromptKind) -> [PromptOutput] {
    var out: [PromptOutput] = []
    switch prompt {
    case .fact(let id):
      out.append(PromptOutput("\n" + TextWrap.wrap(texts.question(id, node: askedNode)), tone: .question))
      let choices = tree.fact(id).map(PromptChoice.choices) ?? []
      out += numbered(choices)
      if tree.fact(id)?.kind == .set {
        out.append(PromptOutput(TextWrap.wrap(messages.setHint)))
      }
    case .name:
      let number = state.students.count
      out.append(PromptOutput("\n" + messages.namePrompt(number: number) + "\n", tone: .question))
    case .nextStudent:
      out.append(PromptOutput("\n" + messages.nextStudentQuestion + "\n", tone: .question))
      out += numbered(PromptChoice.yesNo)
    }
    return out + [Self.marker]
  }

  /// The help of what is asked, and the commands.
  func help(_ prompt: PromptKind) -> [PromptOutput] {
    let text: String
    switch prompt {
    case .fact(let id):
      let help = askedNode.flatMap { tree.question(at: $0)?.help } ?? tree.fact(id)?.help
      text = help?.text(in: language) ?? messages.noHelp
    case .name: text = messages.nameHelp
    case .nextStudent: text = messages.nextStudentHelp
    }
    return [PromptOutput(TextWrap.wrap(text) + TextWrap.wrap(messages.commandsReminder))]
  }

  /// Why a line was not understood, and what is accepted.
  func explain(_ problem: ReplyProblem, _ prompt: PromptKind) -> [PromptOutput] {
    var out = [PromptOutput(TextWrap.wrap(messages.problem(problem)), tone: .problem)]
    switch prompt {
    case .fact(let id):
      guard let fact = tree.fact(id) else { break }
      let labels = texts.choiceLabels(PromptChoice.choices(of: fact))
      out.append(PromptOutput(TextWrap.wrap(messages.accepted(labels, several: fact.kind == .set))))
    case .nextStudent:
      out.append(PromptOutput(TextWrap.wrap(messages.accepted(texts.choiceLabels(PromptChoice.yesNo), several: false))))
    case .name:
      break
    }
    return out
  }

  /// Notes of the flowchart, as they come.
  func notes(_ notes: [LocalizedText]) -> [PromptOutput] {
    notes.map { PromptOutput(TextWrap.wrap($0.text(in: language), indent: "    ", firstIndent: "  → "), tone: .note) }
  }

  private func numbered(_ choices: [PromptChoice]) -> [PromptOutput] {
    choices.enumerated().map { index, choice in
      PromptOutput(TextWrap.wrap(choice.label.text(in: language), indent: "     ", firstIndent: "  \(index + 1). "))
    }
  }
}
