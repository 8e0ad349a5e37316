import PixReadyCore

/// The help texts: the main one and one per command.
enum Help {
  static func main(_ language: Language) -> String {
    let fr = language == .fr
    var text =
      fr
      ? "pixready \(PixReadyCLI.version) — préparer les comptes Pix des élèves avant la certification\n\n"
        + "Usage : pixready <commande> [options]\n\nCommandes :\n"
      : "pixready \(PixReadyCLI.version) — get students' Pix accounts ready for certification\n\n"
        + "Usage: pixready <command> [options]\n\nCommands:\n"
    // One column for the summaries, wide enough for the longest command name (« completions »).
    let width = (Subcommand.allCases.map(\.spec.name.count).max() ?? 0) + 2
    for command in Subcommand.allCases {
      text += "  " + command.spec.name.padding(width) + command.spec.summary.text(in: language) + "\n"
    }
    text +=
      fr
      ? "\nOptions générales :\n  --lang fr|en      langue (fr par défaut)\n  --help            aide d'une commande\n"
        + "  --version         version\n"
      : "\nGlobal options:\n  --lang fr|en      language (default fr)\n  --help            help of a command\n"
        + "  --version         version\n"
    text += exitCodes(language)
    return text
  }

  static func command(_ spec: CommandSpec, _ language: Language) -> String {
    let fr = language == .fr
    var text = "pixready \(spec.name) — \(spec.summary.text(in: language))\n\n"
    let positionals = spec.positionals.map { " " + $0.text(in: language) } ?? ""
    text += (fr ? "Usage : " : "Usage: ") + "pixready \(spec.name) [options]\(positionals)\n"
    if let discussion = spec.discussion { text += "\n" + discussion.text(in: language) + "\n" }
    text += fr ? "\nOptions :\n" : "\nOptions:\n"
    // Every description starts in one column, as wide as the longest name up to 30 characters; a
    // longer name stands on its own line, its description below in that column.
    let names = spec.allOptions.map { option in
      ([option.name] + option.aliases).joined(separator: ", ")
        + (option.value.map { " " + $0.text(in: language) } ?? "")
    }
    let width = min(names.map(\.count).max() ?? 0, 30) + 2
    for (option, name) in zip(spec.allOptions, names) {
      let repeatable = option.repeatable ? (fr ? " (répétable)" : " (repeatable)") : ""
      let head = name.count + 2 > width ? name + "\n" + String(repeating: " ", count: width + 2) : name.padding(width)
      text += "  " + head + option.help.text(in: language) + repeatable + "\n"
    }
    text += exitCodes(language, command: Subcommand.named(spec.name))
    return text
  }

  /// The exit codes of `command` (every code for the main help), each with what it means there.
  static func exitCodes(_ language: Language, command: Subcommand? = nil) -> String {
    let fr = language == .fr
    var text = fr ? "\nCodes de sortie :\n" : "\nExit codes:\n"
    for code in command?.exitCodes ?? ExitCode.allCases {
      let meaning: String
      switch code {
      case .findings:
        meaning = findings(command, fr: fr)
      case .endOfInput where command == .ask:
        meaning = fr ? "fin de l'entrée avant la fin de la session" : "input ended before the session finished"
      case .success, .failure, .endOfInput, .interrupted:
        meaning = Self.meaning(code, language)
      }
      text += "  " + String(code.rawValue).padding(5) + meaning + "\n"
    }
    return text
  }

  /// What an exit code means, for `--help` and the man page.
  static func meaning(_ code: ExitCode, _ language: Language) -> String {
    let fr = language == .fr
    switch code {
    case .success: return fr ? "terminé, rien à signaler" : "done, nothing to report"
    case .findings:
      return fr
        ? "terminé avec constats (erreurs d'arbre, lignes rejetées, --fail-on atteint, comportement modifié)"
        : "done with findings (tree errors, rejected rows, --fail-on reached, behaviour changed)"
    case .failure:
      return fr
        ? "erreur d'usage, arbre inutilisable, fichier illisible, écriture impossible (y compris sur la sortie "
          + "standard) ; rien n'est écrit avec -o"
        : "usage error, unusable tree, unreadable file, failed write (standard output included); nothing is "
          + "written with -o"
    case .endOfInput:
      return fr ? "ask : fin de l'entrée avant la fin de la session" : "ask: input ended before the session finished"
    case .interrupted: return fr ? "interrompu (Ctrl-C)" : "interrupted (Ctrl-C)"
    }
  }
}

/// What exit code 1 means for `command`.
private func findings(_ command: Subcommand?, fr: Bool) -> String {
  switch command {
  case .check:
    fr ? "terminé avec des lignes rejetées, ou --fail-on atteint" : "done with rejected rows, or --fail-on reached"
  case .lint:
    fr
      ? "terminé avec des erreurs d'arbre (ou des avertissements avec --strict)"
      : "done with tree errors (or warnings with --strict)"
  case .diff: fr ? "terminé : le comportement de l'arbre a changé" : "done: the tree's behaviour changed"
  case .ask, .template, .graph, .table, .page, .completions, .manpage, nil:
    fr
      ? "terminé avec constats (erreurs d'arbre, lignes rejetées, --fail-on atteint, comportement modifié)"
      : "done with findings (tree errors, rejected rows, --fail-on reached, behaviour changed)"
  }
}

extension String {
  /// The string padded with spaces to `width` characters (at least one space after).
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
