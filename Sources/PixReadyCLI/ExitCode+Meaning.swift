import PixReadyCore

extension ExitCode {
  /// What the code means, for one command or (`nil`) for `pixready` as a whole: the one text from
  /// which `--help`, the man page and the README's table are made.
  func meaning(_ language: Language, for command: Subcommand? = nil) -> String {
    let fr = language == .fr
    switch (self, command) {
    case (.success, .diff):
      return fr ? "terminé : le comportement de l'arbre est identique" : "done: the tree's behaviour is the same"
    case (.success, .lint): return fr ? "terminé : aucun problème" : "done: no problem"
    case (.success, _): return fr ? "terminé, rien à signaler" : "done, nothing to report"
    case (.findings, .check):
      return fr
        ? "terminé avec des lignes rejetées, ou --fail-on atteint" : "done with rejected rows, or --fail-on reached"
    case (.findings, .lint):
      return fr
        ? "terminé avec des erreurs d'arbre (ou des avertissements avec --strict)"
        : "done with tree errors (or warnings with --strict)"
    case (.findings, .diff):
      return fr ? "terminé : le comportement de l'arbre a changé" : "done: the tree's behaviour changed"
    case (.findings, _):
      return fr
        ? "terminé avec constats (erreurs d'arbre, lignes rejetées, --fail-on atteint, comportement modifié)"
        : "done with findings (tree errors, rejected rows, --fail-on reached, behaviour changed)"
    case (.failure, .table):
      return fr
        ? "erreur d'usage, arbre introuvable ou en erreur, ou table de plus de \(DecisionTable.maximumRows) lignes"
        : "usage error, tree not found or with errors, or a table of more than \(DecisionTable.maximumRows) lines"
    case (.failure, _):
      return fr
        ? "erreur d'usage, arbre inutilisable, fichier illisible, écriture impossible (y compris sur la sortie "
          + "standard) ; rien n'est écrit avec -o"
        : "usage error, unusable tree, unreadable file, failed write (standard output included); nothing is "
          + "written with -o"
    case (.endOfInput, .ask):
      return fr ? "fin de l'entrée avant la fin de la session" : "input ended before the session finished"
    case (.endOfInput, _):
      return fr ? "ask : fin de l'entrée avant la fin de la session" : "ask: input ended before the session finished"
    case (.interrupted, _): return fr ? "interrompu (Ctrl-C)" : "interrupted (Ctrl-C)"
    }
  }
}
