import PixReadyCore

/// The sentences of `pixready ask`, in one language, written here and nowhere else.
///
/// Texts of the flowchart (questions, labels, notes, help, steps) come from the tree; these are
/// the sentences around them.
public struct PromptMessages: Sendable {
  /// The language of the sentences.
  public var language: Language
  /// Whom the cases are about (« élève » unless the tree names its subject).
  public var subject: Subject

  /// Creates the messages of a language, for a tree whose cases are about `subject`.
  public init(language: Language, subject: Subject = .student) {
    self.language = language
    self.subject = subject
  }

  /// The subject's noun with a capital (« Élève »), as in headings.
  var subjectTitle: String {
    let noun = subject.singular.text(in: language)
    return noun.prefix(1).uppercased() + noun.dropFirst()
  }

  /// The label of the empty answer of a set fact whose tree gives none.
  static let noneLabel = LocalizedText(fr: "Aucune", en: "None")

  func intro(title: String) -> String {
    switch language {
    case .fr:
      return "pixready ask — \(title)\n"
        + "Répondez par le numéro ou le texte d'une réponse. À tout moment : « ? » aide, « r » retour, "
        + "« nsp » je ne sais pas, « q » quitter."
    case .en:
      return "pixready ask — \(title)\n"
        + "Answer with the number or the text of an answer. At any time: '?' help, 'r' back, "
        + "'idk' don't know, 'q' quit."
    }
  }

  var commandsReminder: String {
    switch language {
    case .fr: "Commandes : « ? » aide, « r » retour, « nsp » je ne sais pas, « q » quitter."
    case .en: "Commands: '?' help, 'r' back, 'idk' don't know, 'q' quit."
    }
  }

  var prefilledHeading: String {
    switch language {
    case .fr: "Réponses déjà données (--fact, --answers) :"
    case .en: "Answers already given (--fact, --answers):"
    }
  }

  func givenAnswer(_ answer: String) -> String {
    switch language {
    case .fr: "\(answer) (réponse déjà donnée)"
    case .en: "\(answer) (answer already given)"
    }
  }

  func studentHeader(number: Int, name: String?) -> String {
    let word = subjectTitle
    guard let name, !name.isEmpty else { return "— \(word) \(number) —" }
    return language == .fr ? "— \(word) \(number) : \(name) —" : "— \(word) \(number): \(name) —"
  }

  func namePrompt(number: Int) -> String {
    switch language {
    case .fr: "Nom \(subject.of.text(in: language)) \(number) (facultatif, Entrée pour passer) :"
    case .en: "Name \(subject.of.text(in: language)) \(number) (optional, press Enter to skip):"
    }
  }

  /// Under the name prompt: every text is a name, only full command words act.
  var nameHint: String {
    switch language {
    case .fr: "Tout texte est un nom ; seuls « aide », « retour » et « quitter » agissent ici."
    case .en: "Any text is a name; only 'help', 'back' and 'quit' in full act here."
    }
  }

  var nextStudentQuestion: String { subject.next.text(in: language) }

  var setHint: String {
    switch language {
    case .fr: "Plusieurs réponses possibles : « 1,3 » ou « 1 3 » ; « - » ou « aucune » si aucune."
    case .en: "Several answers allowed: '1,3' or '1 3'; '-' or 'none' for none."
    }
  }

  var nameHelp: String {
    switch language {
    case .fr:
      "Le nom sert seulement à reconnaître \(subject.this.text(in: language)) dans le bilan et dans le fichier "
        + "--save. Laissez vide (Entrée) pour ne pas le saisir. Tout texte est pris comme nom (« B », « nsp ») ; "
        + "seuls « aide », « retour » et « quitter », en toutes lettres, sont des commandes ici."
    case .en:
      "The name only helps recognise \(subject.this.text(in: language)) in the summary and in the --save file. "
        + "Leave it empty (Enter) not to type one. Any text is taken as the name ('B', 'idk'); only 'help', "
        + "'back' and 'quit', in full, are commands here."
    }
  }

  var nextStudentHelp: String {
    switch language {
    case .fr:
      "« Oui » pour un autre cas : les questions sur l'établissement ne sont pas reposées. "
        + "« Non » pour terminer la session."
    case .en:
      "'Yes' for another case: the questions about the school are not asked again. "
        + "'No' to end the session."
    }
  }

  var noHelp: String {
    switch language {
    case .fr: "Pas d'aide pour cette question dans le logigramme."
    case .en: "The flowchart has no help for this question."
    }
  }

  func problem(_ problem: ReplyProblem) -> String {
    let fr = language == .fr
    switch problem {
    case .empty:
      return fr ? "Aucune réponse saisie." : "No answer typed."
    case .notUnderstood(let text, let suggestion):
      let said = fr ? "Je n'ai pas compris « \(text) »." : "I did not understand '\(text)'."
      return said + language.didYouMean(suggestion)
    case .noSuchNumber(let number, let count):
      return fr
        ? "Il n'y a pas de réponse n° \(number) : les réponses vont de 1 à \(count)."
        : "There is no answer number \(number): answers go from 1 to \(count)."
    case .onlyOne:
      return fr ? "Une seule réponse est attendue ici." : "Only one answer is expected here."
    case .noneWithOthers:
      return fr
        ? "« Aucune » ne peut pas aller avec d'autres réponses."
        : "'None' cannot go with other answers."
    case .unknownNotHere:
      return fr ? "« je ne sais pas » ne s'applique pas ici." : "'don't know' does not apply here."
    }
  }

  /// What may be typed at a question: « Répondez 1 ou 2, ou tapez oui ou non. Tapez ? pour l'aide. »
  func accepted(_ labels: [String], several: Bool) -> String {
    let fr = language == .fr
    let numbers = numberChoice(labels.count, several: several)
    let words = alternatives(labels.map(typed))
    let help = fr ? " Tapez ? pour l'aide." : " Type ? for help."
    if several {
      return fr
        ? "Répondez par \(numbers), séparés par des virgules, ou tapez les réponses (\(labels.map(typed).joined(separator: ", "))).\(help)"
        : "Answer with \(numbers), separated by commas, or type the answers (\(labels.map(typed).joined(separator: ", "))).\(help)"
    }
    return fr ? "Répondez \(numbers), ou tapez \(words).\(help)" : "Answer \(numbers), or type \(words).\(help)"
  }

  /// « 1 ou 2 », « 1, 2 ou 3 », « un numéro de 1 à 5 »; with `several`, « un ou plusieurs numéros de 1 à 4 ».
  private func numberChoice(_ count: Int, several: Bool) -> String {
    let fr = language == .fr
    if several {
      return fr ? "un ou plusieurs numéros de 1 à \(count)" : "one or more numbers from 1 to \(count)"
    }
    guard count <= 3 else { return fr ? "par un numéro de 1 à \(count)" : "with a number from 1 to \(count)" }
    return alternatives((1...max(1, count)).map(String.init))
  }

  /// « a », « a ou b », « a, b ou c ».
  private func alternatives(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + (language == .fr ? " ou " : " or ") + last
  }

  /// A label as one types it: « oui » for « Oui », but « ENT » and « Pix Orga » kept.
  private func typed(_ label: String) -> String {
    let letters = Array(label)
    guard letters.count > 1, letters[0].isUppercase, letters[1].isLowercase else { return label }
    return label.prefix(1).lowercased() + label.dropFirst()
  }

  func undoneAnswer(_ answer: String) -> String {
    switch language {
    case .fr: "Retour : la réponse « \(answer) » est annulée."
    case .en: "Back: the answer '\(answer)' is undone."
    }
  }

  func undoneName(_ name: String) -> String {
    switch language {
    case .fr:
      name.isEmpty ? "Retour : le nom de l'élève est à nouveau demandé." : "Retour : le nom « \(name) » est annulé."
    case .en: name.isEmpty ? "Back: the student's name is asked again." : "Back: the name '\(name)' is undone."
    }
  }

  var undoneNextStudent: String {
    switch language {
    case .fr: "Retour : « \(nextStudentQuestion) » est à nouveau demandé."
    case .en: "Back: '\(nextStudentQuestion)' is asked again."
    }
  }

  func nothingToUndo(prefilled: Bool) -> String {
    switch language {
    case .fr:
      "Rien à annuler : aucune réponse n'a encore été donnée ici."
        + (prefilled ? " Les réponses de --fact et --answers ne s'annulent pas." : "")
    case .en:
      "Nothing to undo: no answer was given here yet."
        + (prefilled ? " Answers from --fact and --answers cannot be undone." : "")
    }
  }

  var pendingStudent: String {
    switch language {
    case .fr: "Noté : cette question reste en attente pour \(subject.this.text(in: language)), à lui poser plus tard."
    case .en: "Noted: this question stays pending for \(subject.this.text(in: language)), to be asked later."
    }
  }

  var pendingSchool: String {
    switch language {
    case .fr:
      "Noté : cette question reste en attente. Elle concerne tout l'établissement : "
        + "le diagnostic ne peut pas continuer sans sa réponse."
    case .en:
      "Noted: this question stays pending. It is about the whole school: "
        + "the diagnosis cannot go on without its answer."
    }
  }

  var quitting: String {
    switch language {
    case .fr: "Session arrêtée à votre demande."
    case .en: "Session stopped at your request."
    }
  }

  var endOfInput: String {
    switch language {
    case .fr: "Fin de l'entrée (Ctrl-D) avant la fin de la session."
    case .en: "End of input (Ctrl-D) before the session was over."
    }
  }

  var finished: String {
    switch language {
    case .fr: "Session terminée."
    case .en: "Session finished."
    }
  }

  /// Printed on standard error when Ctrl-C interrupts a session; `savedPath` is the `--save` file,
  /// which holds the students settled before the interruption.
  public func interrupted(savedPath: String?) -> String {
    switch language {
    case .fr:
      "Interrompu (Ctrl-C)."
        + (savedPath.map { " Les diagnostics déjà terminés sont enregistrés dans « \($0) »." }
          ?? " Rien n'est enregistré.")
    case .en:
      "Interrupted (Ctrl-C)."
        + (savedPath.map { " Diagnoses already settled are saved in '\($0)'." } ?? " Nothing is saved.")
    }
  }

  /// Why a file given to `ask` cannot be read.
  public func unreadable(_ path: String, exists: Bool) -> String {
    switch language {
    case .fr: "impossible de lire « \(path) » : \(exists ? "fichier illisible" : "fichier introuvable")."
    case .en: "cannot read '\(path)': \(exists ? "unreadable file" : "no such file")."
    }
  }

  /// Printed once the session was saved with `--save`.
  public func saved(_ path: String) -> String {
    switch language {
    case .fr: "Session enregistrée dans « \(path) » (lisible par vous seul)."
    case .en: "Session saved in '\(path)' (readable by you only)."
    }
  }
}
