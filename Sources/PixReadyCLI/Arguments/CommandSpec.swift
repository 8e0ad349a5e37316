import PixReadyCore

/// What a subcommand accepts: its options and positional arguments, with help texts.
struct CommandSpec: Sendable {
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
  }

  /// The subcommand name (`lint`).
  var name: String
  /// One-line summary.
  var summary: LocalizedText
  /// The positional arguments, as shown in the usage line (`FICHIER...`).
  var positionals: LocalizedText?
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
    Option(
      name: "--lang", value: LocalizedText(fr: "fr|en", en: "fr|en"),
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
      en: "tree to use: a JSON file or the id of a shipped tree (default certification-readiness)"))

  /// Every option this command accepts, global ones included.
  var allOptions: [Option] { options + Self.globalOptions }
}
