import PixReadyCore

/// What a subcommand accepts: its options and positional arguments, with help texts.
///
/// The one description of the command line: parsing, `--help`, the man page and the shell
/// completions are all generated from it, so they cannot drift apart.
struct CommandSpec: Sendable {
  /// What a value may be: completions offer it, the man page lists the choices.
  enum Values: Sendable, Equatable {
    /// Free text (`ID=VALEUR`, a key, a division).
    case text
    /// One of these words.
    case choices([String])
    /// A path; the extensions a completion offers first (empty: any file).
    case file(extensions: [String])
    /// The id of a shipped tree or a tree file (`.json`).
    case tree
  }

  /// One option.
  struct Option: Sendable {
    /// The long name with dashes (`--tree`).
    var name: String
    /// Short aliases (`-o`).
    var aliases: [String] = []
    /// The placeholder of the value (`FICHIER`), or `nil` for a flag.
    var value: LocalizedText?
    /// Whether the option may be given several times.
    var repeatable = false
    /// What it does.
    var help: LocalizedText
    /// What the value may be (ignored for a flag).
    var values: Values = .text

    /// An option whose value is one of `choices`, shown as `a|b|c` in the help.
    static func choice(
      _ name: String, _ choices: [String], repeatable: Bool = false, help: LocalizedText
    ) -> Option {
      let shown = choices.joined(separator: "|")
      return Option(
        name: name, value: LocalizedText(fr: shown, en: shown), repeatable: repeatable, help: help,
        values: .choices(choices))
    }
  }

  /// The subcommand name (`lint`).
  var name: String
  /// One-line summary.
  var summary: LocalizedText
  /// The positional arguments, as shown in the usage line (`FICHIER...`).
  var positionals: LocalizedText?
  /// What the positional arguments may be.
  var positionalValues: Values = .text
  /// The fewest positional arguments.
  var minimumPositionals = 0
  /// The most positional arguments (`nil` = no limit).
  var maximumPositionals: Int? = 0
  /// The options, besides the global ones.
  var options: [Option] = []
  /// A longer description and examples.
  var discussion: LocalizedText?

  /// Options every subcommand accepts.
  static let globalOptions: [Option] = [
    .choice(
      "--lang", Language.allCases.map(\.rawValue),
      help: LocalizedText(fr: "langue des messages (fr par défaut)", en: "language of messages (default fr)")),
    Option(
      name: "--help", aliases: ["-h"],
      help: LocalizedText(fr: "affiche cette aide", en: "show this help")),
  ]

  /// The tree option shared by the commands that evaluate a tree.
  static let treeOption = Option(
    name: "--tree", value: LocalizedText(fr: "ARBRE", en: "TREE"),
    help: LocalizedText(
      fr: "arbre à utiliser : fichier JSON ou id d'un arbre fourni (certification-readiness par défaut)",
      en: "tree to use: a JSON file or the id of a shipped tree (default certification-readiness)"),
    values: .tree)

  /// Every option this command accepts, global ones included.
  var allOptions: [Option] { options + Self.globalOptions }
}
