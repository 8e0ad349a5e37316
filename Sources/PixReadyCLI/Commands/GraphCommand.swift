import PixReadyCore

/// `pixready graph [TREE] --format dot|mermaid`: the tree as a flowchart, for reviewers.
enum GraphCommand: Command {
  /// The values of `--format`.
  enum Format: String, OptionChoice {
    /// Graphviz DOT.
    case dot
    /// Mermaid, for Markdown renderers.
    case mermaid
  }

  static let spec = CommandSpec(
    name: "graph",
    summary: LocalizedText(
      fr: "dessine un arbre en logigramme (Graphviz DOT ou Mermaid)",
      en: "draw a tree as a flowchart (Graphviz DOT or Mermaid)"),
    positionals: LocalizedText(fr: "[ARBRE]", en: "[TREE]"), positionalValues: .tree,
    minimumPositionals: 0, maximumPositionals: 1,
    options: [
      .choice(
        "--format", Format.self,
        help: LocalizedText(fr: "format du dessin (dot par défaut)", en: "drawing format (default dot)"))
    ],
    discussion: LocalizedText(
      fr:
        "ARBRE est un fichier JSON ou l'id d'un arbre fourni (certification-readiness par défaut). Les questions, "
        + "les réponses sur les flèches, les notes et les issues avec leurs étapes et qui agit. Les textes suivent "
        + "--lang. Exemple : pixready graph Trees/pix-orga-access.json | dot -Tsvg > pix-orga-access.svg",
      en: "TREE is a JSON file or the id of a shipped tree (default certification-readiness). Questions, answers on "
        + "the arrows, notes, and outcomes with their steps and who acts. Texts follow --lang. Example: "
        + "pixready graph Trees/pix-orga-access.json | dot -Tsvg > pix-orga-access.svg"))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let format = try arguments.choice("--format", default: Format.dot, command: spec.name)
    guard let tree = TreeSource.validated(arguments.positionals.first, context: &context) else { return .failure }
    let graph = TreeGraph(tree: tree, language: context.language)
    context.out.write(format == .dot ? graph.dot() : graph.mermaid())
    return .success
  }
}
