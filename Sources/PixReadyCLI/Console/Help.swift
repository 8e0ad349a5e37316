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
    var text = language == .fr ? "\nCodes de sortie :\n" : "\nExit codes:\n"
    for code in command?.exitCodes ?? ExitCode.allCases {
      text += "  " + String(code.rawValue).padding(5) + code.meaning(language, for: command) + "\n"
    }
    return text
  }
}

extension String {
  /// The string padded with spaces to `width` characters (at least one space after).
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
