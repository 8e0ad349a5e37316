import PixReadyCore

extension PromptMessages {
  func resultTitle(number: Int, name: String?, perStudent: Bool) -> String {
    guard perStudent else { return language == .fr ? "Résultat" : "Result" }
    let word = subjectTitle
    guard let name, !name.isEmpty else { return "\(word) \(number)" }
    return language == .fr ? "\(word) \(number) : \(name)" : "\(word) \(number): \(name)"
  }

  /// The result line: « Résultat : » and the status's name (``RowCategory/word(in:)``), then what it
  /// means; `schoolOnly` when the only steps left are the school's.
  func verdict(_ status: StudentResult.Status, steps: Int, schoolOnly: Bool = false) -> String {
    let fr = language == .fr
    let label = fr ? "Résultat : " : "Result: "
    if schoolOnly {
      let ready = RowCategory.ready.word(in: language)
      return label
        + (fr
          ? "\(ready) ; seul l'établissement a des étapes à mener." : "\(ready); only the school has steps to take.")
    }
    let count = fr ? "\(steps) étape\(steps > 1 ? "s" : "")" : "\(steps) step\(steps > 1 ? "s" : "")"
    let word = statusWord(status)
    switch status {
    case .verdict(.ready):
      return label + word + (fr ? ", rien à faire." : ", nothing to do.")
    case .verdict(.action):
      return label + "\(word) (\(count))."
    case .verdict(.support):
      return label + word
        + (fr ? ", à contacter (\(count))." : ", to be contacted (\(count)).")
    case .pending:
      return label + word + (fr ? ", une réponse manque." : ", an answer is missing.")
    case .unfinished:
      return label + word + (fr ? ", la session s'est arrêtée avant la fin." : ", the session stopped before the end.")
    }
  }

  func openQuestion(_ question: String, status: StudentResult.Status) -> String {
    let fr = language == .fr
    switch status {
    case .verdict: return ""
    // A dash, not a colon: the question already has one (« Question 3 : … »).
    case .pending: return fr ? "À demander plus tard — \(question)" : "To ask later — \(question)"
    case .unfinished: return fr ? "Restée sans réponse — \(question)" : "Left unanswered — \(question)"
    }
  }

  func stepsTitle(complete: Bool) -> String {
    switch language {
    case .fr: complete ? "Étapes" : "Étapes connues jusqu'ici"
    case .en: complete ? "Steps" : "Steps known so far"
    }
  }

  func stepsHeading(complete: Bool) -> String { field(stepsTitle(complete: complete)) }

  func actors(_ names: [String]) -> String {
    (language == .fr ? "Qui : " : "Who: ") + names.joined(separator: ", ")
  }

  var schoolStepsHeading: String {
    field(schoolStepsTitle)
  }

  func ownStepsHeading(_ heading: String) -> String {
    let this = subject.this.text(in: language)
    return language == .fr ? "\(heading) pour \(this) :" : "\(heading) for \(this):"
  }

  var schoolStepsTitle: String {
    language == .fr
      ? "Pour l'établissement (une fois pour toute la session)" : "For the school (once for the whole session)"
  }

  var schoolReminderHeading: String {
    language == .fr ? "Rappel pour l'établissement (une fois) :" : "Reminder for the school (once):"
  }

  var whyHeading: String { language == .fr ? "Pourquoi ?" : "Why?" }

  var noQuestionYet: String {
    language == .fr ? "Aucune question n'a encore reçu de réponse." : "No question has been answered yet."
  }

  var noName: String { language == .fr ? "(sans nom)" : "(no name)" }

  /// The status's name inside a sentence, as every report names it (``RowCategory/word(in:)``);
  /// « inachevé » is `ask`'s own.
  func statusWord(_ status: StudentResult.Status) -> String {
    switch status {
    case .verdict(let verdict): return RowCategory(verdict).word(in: language)
    case .pending: return RowCategory.pending.word(in: language)
    case .unfinished: return language == .fr ? "inachevé" : "unfinished"
    }
  }

  /// « 3 élèves (1 prêt, 1 avec des actions à mener, 1 en attente d'une réponse) », counting each
  /// status that occurs.
  func studentCount(_ results: [StudentResult]) -> String {
    var statuses: [StudentResult.Status] = []
    var counts: [String: Int] = [:]
    for result in results {
      let word = statusWord(result.ownStatus)
      if counts[word] == nil { statuses.append(result.ownStatus) }
      counts[word, default: 0] += 1
    }
    let detail = statuses.map { statusCount($0, counts[statusWord($0)] ?? 0) }.joined(separator: ", ")
    let noun = (results.count > 1 ? subject.plural : subject.singular).text(in: language)
    return "\(results.count) \(noun) (\(detail))"
  }

  /// How many have a status, as the `check` summary counts them (``RowCategory/count(_:in:)``),
  /// « prêt » without its noun: « 2 prêts », « 1 avec des actions à mener », « 2 inachevés ».
  func statusCount(_ status: StudentResult.Status, _ count: Int) -> String {
    let fr = language == .fr
    switch status {
    case .verdict(.ready): return fr ? (count > 1 ? "\(count) prêts" : "\(count) prêt") : "\(count) ready"
    case .verdict(let verdict): return RowCategory(verdict).count(count, in: language)
    case .pending: return RowCategory.pending.count(count, in: language)
    case .unfinished:
      return fr ? (count > 1 ? "\(count) inachevés" : "\(count) inachevé") : "\(count) unfinished"
    }
  }

  func recapHeading(_ results: [StudentResult]) -> String {
    (language == .fr ? "Bilan de la session — " : "Session summary — ") + studentCount(results)
  }

  func recapLine(_ result: StudentResult, steps: Int, question: String?) -> String {
    let name = result.name.flatMap { $0.isEmpty ? nil : $0 } ?? noName
    var line = "\(result.number). \(name)\(colon)\(statusWord(result.ownStatus))"
    if steps > 0 {
      line += language == .fr ? " (\(steps) étape\(steps > 1 ? "s" : ""))" : " (\(steps) step\(steps > 1 ? "s" : ""))"
    }
    if let question { line += " — \(question)" }
    return line
  }

  // MARK: - Markdown

  func markdownTitle(_ title: String) -> String {
    language == .fr ? "Diagnostic pixready : \(title)" : "pixready diagnosis: \(title)"
  }

  var treeWord: String { language == .fr ? "Logigramme" : "Flowchart" }
  var dateWord: String { language == .fr ? "Date" : "Date" }
  var sessionWord: String { language == .fr ? "Session" : "Session" }
  var answersHeading: String { language == .fr ? "Réponses" : "Answers" }
  var notesHeading: String { language == .fr ? "Remarques du logigramme" : "Notes of the flowchart" }
  var questionWord: String { language == .fr ? "Question" : "Question" }
  var answerWord: String { language == .fr ? "Réponse" : "Answer" }

  func endWord(_ end: PromptSession.End?) -> String {
    let fr = language == .fr
    guard let end else {
      let plural = subject.plural.text(in: language)
      return fr
        ? "interrompue avant la fin (Ctrl-C) ; seuls les \(plural) terminés sont enregistrés"
        : "interrupted before the end (Ctrl-C); only the \(plural) settled are saved"
    }
    switch end {
    case .finished: return fr ? "terminée" : "finished"
    case .quit: return fr ? "arrêtée avant la fin (q)" : "stopped before the end (q)"
    case .endOfInput: return fr ? "interrompue (fin de l'entrée)" : "interrupted (end of input)"
    }
  }

  /// A label followed by a colon, with the French space before it.
  func field(_ label: String) -> String { label + colon.dropLast() }

  /// « : » in French, « : » without the space before in English.
  var colon: String { language == .fr ? " : " : ": " }
}

extension PromptMessages {
  /// The sentence for a problem of `--answers FILE`, starting with `FILE:line:column:`.
  public func answersFile(_ path: String, _ problem: AnswersFile.Problem) -> String {
    let place = problem.position.map { "\(path):\($0.line):\($0.column): " } ?? "\(path): "
    return "--answers " + place + answersFileProblem(problem.kind)
  }

  private func answersFileProblem(_ kind: AnswersFile.Problem.Kind) -> String {
    let fr = language == .fr
    switch kind {
    case .notUTF8:
      return fr
        ? "le fichier n'est pas en UTF-8 ; enregistrez-le en UTF-8." : "the file is not UTF-8; save it as UTF-8."
    case .syntax(let expected, let found):
      return TreeMessages(language: language).message(for: .syntax(expected: expected, found: found))
    case .notAnObject(let found):
      return fr
        ? "il faut un objet JSON {\"colonne\": \"réponse\"}, et non \(jsonKind(found))."
        : "expected a JSON object {\"column\": \"answer\"}, not \(jsonKind(found))."
    case .unknownFact(let key, let suggestion):
      let sentence =
        fr ? "« \(key) » ne correspond à aucune question de l'arbre." : "'\(key)' matches no question of the tree."
      return sentence + language.didYouMean(suggestion)
    case .wrongType(let key, let factKind, let found):
      let expected: String
      switch factKind {
      case .boolean:
        expected = fr ? "un texte (« oui », « non ») ou true/false" : "a string ('yes', 'no') or true/false"
      case .choice: expected = fr ? "un texte" : "a string"
      case .set: expected = fr ? "une liste de textes, ou un texte" : "a list of strings, or a string"
      }
      return fr
        ? "la réponse à « \(key) » doit être \(expected), et non \(jsonKind(found))."
        : "the answer to '\(key)' must be \(expected), not \(jsonKind(found))."
    case .invalidValue(let key, let value, let accepted):
      let list = accepted.joined(separator: ", ")
      return fr
        ? "la réponse « \(value) » à « \(key) » n'est pas reconnue ; réponses acceptées : \(list)."
        : "the answer '\(value)' to '\(key)' is not recognised; accepted answers: \(list)."
    }
  }

  /// A JSON value's kind in words (« un nombre »).
  private func jsonKind(_ name: String) -> String {
    let fr = language == .fr
    switch name {
    case "null": return "null"
    case "boolean": return fr ? "un booléen" : "a boolean"
    case "number": return fr ? "un nombre" : "a number"
    case "string": return fr ? "un texte" : "a string"
    case "array": return fr ? "une liste" : "a list"
    case "object": return fr ? "un objet" : "an object"
    default: return name
    }
  }
}
