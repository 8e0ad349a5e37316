import PixReadyCore

/// The tree's own texts in the session's language: questions, answer labels, actors.
struct TreeTexts: Sendable {
  let tree: ValidatedTree
  let language: Language

  /// The question of a fact, numbered (« Question 1 : … ? »), in the wording of `node` when it has its own.
  func question(_ factID: String, node: String? = nil) -> String {
    tree.questionText(of: factID, node: node, in: language)
  }

  /// The question in a few words: the fact's `short` text when the tree gives one, else the
  /// question's wording cut after the last whole word that fits in `room` characters, with « … ».
  func shortQuestion(_ factID: String, node: String? = nil, fitting room: Int) -> String {
    if let short = tree.fact(factID)?.short { return short.text(in: language) }
    let question = tree.questionWording(of: factID, node: node)?.text(in: language) ?? factID
    let room = max(room, 24)
    guard question.count > room else { return question }
    var cut = ""
    for word in question.split(separator: " ") {
      let next = cut.isEmpty ? String(word) : cut + " " + word
      if next.count + 1 > room { break }
      cut = next
    }
    while let last = cut.last, ",;:".contains(last) || last == " " { cut.removeLast() }
    return cut + "…"
  }

  /// An answer as labels (« Médiacentre, Adresse e-mail », « Aucune »).
  func answer(_ answer: Answer, fact factID: String) -> String {
    guard let fact = tree.fact(factID) else { return "\(answer)" }
    switch answer {
    case .value(let id):
      return fact.value(id)?.label.text(in: language) ?? id
    case .values(let ids):
      if ids.isEmpty { return (fact.emptySet?.label ?? PromptMessages.noneLabel).text(in: language) }
      let known = fact.values.filter { ids.contains($0.id) }.map { $0.label.text(in: language) }
      let unknown = ids.subtracting(fact.values.map(\.id)).sorted()
      return (known + unknown).joined(separator: ", ")
    case .unknown:
      return Fact.unknownLabel.text(in: language)
    }
  }

  /// The names of the people who act on a step.
  func actors(_ step: Step) -> [String] {
    step.actors.map { tree.actor($0)?.label.text(in: language) ?? $0 }
  }

  /// The numbered choices' labels of a prompt.
  func choiceLabels(_ choices: [PromptChoice]) -> [String] {
    choices.map { $0.label.text(in: language) }
  }
}
