import PixReadyCore
import PixReadyIO

/// The sentences of the command line, in one language. Written here and nowhere else.
struct CLIMessages: Sendable {
  var language: Language

  func usageError(_ error: UsageError) -> String {
    let fr = language == .fr
    switch error {
    case .unknownCommand(let name, let suggestion):
      return (fr ? "commande inconnue « \(name) »." : "unknown command '\(name)'.") + language.didYouMean(suggestion)
    case .unknownOption(let name, let command, let suggestion):
      return (fr ? "option inconnue « \(name) » pour « \(command) »." : "unknown option '\(name)' for '\(command)'.")
        + language.didYouMean(suggestion)
    case .missingValue(let name, _):
      return fr ? "l'option « \(name) » attend une valeur." : "option '\(name)' needs a value."
    case .unexpectedValue(let name, _):
      return fr ? "l'option « \(name) » ne prend pas de valeur." : "option '\(name)' takes no value."
    case .repeatedOption(let name, _):
      return fr ? "l'option « \(name) » est donnée deux fois." : "option '\(name)' is given twice."
    case .missingArgument(let command):
      return fr ? "argument manquant pour « \(command) »." : "missing argument for '\(command)'."
    case .unexpectedArgument(let argument, let command):
      return fr
        ? "argument en trop pour « \(command) » : « \(argument) »."
        : "unexpected argument for '\(command)': '\(argument)'."
    case .invalidValue(let option, let value, let allowed, _):
      let list = allowed.joined(separator: ", ")
      return
        (fr
        ? "« \(value) » n'est pas permis pour \(option) ; valeurs permises : \(list)."
        : "'\(value)' is not allowed for \(option); allowed: \(list).")
        + language.didYouMean(EditDistance.suggestion(for: value, among: allowed))
    case .invalidFact(let text, let problem, _):
      return factProblem(text, problem)
    case .unsupportedOutput(let path, let formats, _):
      let list = formats.map { "." + $0 }.joined(separator: ", ")
      return fr
        ? "« \(path) » : pixready n'écrit pas ce format ; extensions possibles pour -o : \(list) (un rapport CSV "
          + "s'ouvre dans Excel ou LibreOffice)."
        : "'\(path)': pixready does not write this format; extensions for -o: \(list) (a CSV report opens in Excel "
          + "or LibreOffice)."
    case .noPDF:
      return fr
        ? "pixready n'écrit pas de PDF : écrivez le rapport HTML (--format html -o rapport.html), ouvrez-le dans "
          + "votre navigateur et imprimez-le (Imprimer > Enregistrer au format PDF)."
        : "pixready does not write PDF: write the HTML report (--format html -o report.html), open it in your "
          + "browser and print it (Print > Save as PDF)."
    case .unknownLanguage(let value):
      return fr
        ? "langue « \(value) » inconnue pour --lang ; langues : fr, en."
        : "unknown language '\(value)' for --lang; languages: fr, en."
    }
  }

  private func factProblem(_ text: String, _ problem: FactArgumentProblem) -> String {
    let fr = language == .fr
    switch problem {
    case .notKeyValue:
      return fr
        ? "--fact « \(text) » : écrivez COLONNE=RÉPONSE, par exemple --fact siecle_a_jour=oui."
        : "--fact '\(text)': write COLUMN=ANSWER, for example --fact siecle_a_jour=yes."
    case .unknownFact(let id, let suggestion):
      return (fr ? "--fact : aucune question ne correspond à « \(id) »." : "--fact: no question matches '\(id)'.")
        + language.didYouMean(suggestion)
    case .unknownValue(let fact, let accepted):
      let list = accepted.joined(separator: ", ")
      return fr
        ? "--fact « \(text) » : réponse non reconnue pour « \(fact) » ; réponses acceptées : \(list)."
        : "--fact '\(text)': answer not recognised for '\(fact)'; accepted answers: \(list)."
    }
  }

  func seeHelp(_ command: String?) -> String {
    let target = command.map { "pixready \($0) --help" } ?? "pixready --help"
    return language == .fr ? "Voir « \(target) »." : "See '\(target)'."
  }

  func saveWouldOverwrite(_ path: String) -> String {
    language == .fr
      ? "« \(path) » existe déjà et n'est pas un fichier .md : --save ne remplace qu'un compte rendu Markdown ; "
        + "choisissez un nom en .md."
      : "'\(path)' already exists and is not a .md file: --save only replaces a Markdown session; choose a .md name."
  }

  func cannotWriteStandardOutput(reason: String) -> String {
    let reason = SystemErrorText.text(reason, language: language)
    return language == .fr
      ? "impossible d'écrire sur la sortie standard : \(reason) ; le résultat est incomplet (redirigez vers un "
        + "fichier avec de la place, ou utilisez -o FICHIER quand la commande le permet)."
      : "cannot write to standard output: \(reason); the result is incomplete (redirect to a file with room, or "
        + "use -o FILE where the command offers it)."
  }

  func treeUnusable(_ name: String, errors: Int) -> String {
    language == .fr
      ? "l'arbre « \(name) » a \(Plural.fr(errors, "erreur")) ; \(errors > 1 ? "corrigez-les" : "corrigez-la") "
        + "(pixready lint \(name))."
      : "tree '\(name)' has \(Plural.en(errors, "error")); fix \(errors > 1 ? "them" : "it") (pixready lint \(name))."
  }

  func tableTooLarge(rows: Int, limit: Int) -> String {
    language == .fr
      ? "la table aurait au moins \(rows) lignes (limite \(limit)) ; essayez --rows paths."
      : "the table would have at least \(rows) lines (limit \(limit)); try --rows paths."
  }

  func pageTooLarge(_ tree: String, limit: Int) -> String {
    language == .fr
      ? "l'arbre \(tree) a plus de \(limit) états de questionnaire : trop pour une page ; utilisez pixready ask."
      : "the tree \(tree) has more than \(limit) questionnaire states: too many for a page; use pixready ask."
  }
}
