import PixReadyCore
import PixReadyIO

/// `pixready table [TREE] [--format md|csv] [--rows auto|combinations|paths]`: the decision table.
enum TableCommand: Command {
  /// The values of `--format`.
  enum Format: String, OptionChoice {
    /// A Markdown table, for people.
    case md
    /// CSV, for a spreadsheet.
    case csv
  }

  /// The values of `--rows`.
  enum Rows: String, OptionChoice {
    /// Paths when the table of combinations would be too long, combinations otherwise.
    case auto
    /// One row per combination of answers.
    case combinations
    /// One row per path.
    case paths

    /// The table's row kind; `nil` lets the table choose.
    var kind: DecisionTable.RowKind? { DecisionTable.RowKind(rawValue: rawValue) }
  }

  static let spec = CommandSpec(
    name: "table",
    summary: LocalizedText(
      fr: "table de décision : chaque combinaison (ou chemin) avec son résultat et ses étapes",
      en: "decision table: every combination (or path) with its result and steps"),
    positionals: LocalizedText(fr: "[ARBRE]", en: "[TREE]"), positionalValues: .tree,
    minimumPositionals: 0, maximumPositionals: 1,
    options: [
      .choice(
        "--format", Format.self,
        help: LocalizedText(fr: "Markdown (par défaut) ou CSV pour un tableur", en: "Markdown (default) or CSV")),
      .choice(
        "--rows", Rows.self,
        help: LocalizedText(
          fr: "une ligne par combinaison ou par chemin (auto : le plus court)",
          en: "one line per combination or per path (auto: the shorter)")),
    ],
    discussion: LocalizedText(
      fr:
        "ARBRE est un fichier JSON ou l'id d'un arbre fourni (certification-readiness par défaut). Chaque ligne donne "
        + "les réponses (une colonne par question, nommée comme dans le fichier de classe), le résultat, l'issue "
        + "et les étapes avec qui agit : la table qu'une personne du support vérifie ligne à ligne. Un chemin ne "
        + "donne que les réponses aux questions posées en chemin (« — » sinon) et vaut pour toutes les réponses "
        + "aux autres.",
      en: "TREE is a JSON file or the id of a shipped tree (default certification-readiness). Each line gives the "
        + "answers (one column per question, named as in the class file), the result, the outcome and the steps "
        + "with who acts: the table a support person checks line by line. A path gives only the answers to the "
        + "questions asked on the way ('—' otherwise) and stands for every answer to the others."))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let format = try arguments.choice("--format", default: Format.md, command: spec.name)
    let rows = try arguments.choice("--rows", default: Rows.auto, command: spec.name)
    guard let tree = TreeSource.validated(arguments.positionals.first, context: &context) else { return .failure }
    let table: DecisionTable
    do {
      table = try DecisionTable(tree: tree, rows: rows.kind)
    } catch {
      context.fail(
        CLIProblem.tableTooLarge(rows: error.rows, limit: error.limit))
      return .failure
    }
    let language = context.language
    if format == .md {
      context.out.write(text: table.markdown(language: language))
    } else {
      context.out.write(DecisionTableCSV.render(table, language: language))
    }
    return .success
  }
}
