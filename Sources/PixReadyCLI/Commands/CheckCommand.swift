import Foundation
import PixReadyCore
import PixReadyIO

/// `pixready check FILE`: every student's verdict and steps from a class spreadsheet, streamed.
enum CheckCommand: Command {
  static let formats = ReportFormat.names
  /// The values of `--delimiter`.
  static let delimiters = [";", ",", "tab"]
  /// The values of `--fail-on`.
  static let failOnChoices = ["action", "support"]

  static let spec = CommandSpec(
    name: "check",
    summary: LocalizedText(
      fr: "diagnostique toute une classe à partir d'un classeur ou d'un fichier CSV",
      en: "diagnose a whole class from a workbook or a CSV file"),
    positionals: LocalizedText(fr: "FICHIER.xlsx|.ods|.csv|-", en: "FILE.xlsx|.ods|.csv|-"),
    positionalValues: .file(extensions: ["xlsx", "ods", "csv"]),
    minimumPositionals: 1, maximumPositionals: 1,
    options: [
      .choice(
        "--format", ReportFormat.self,
        help: LocalizedText(
          fr: "format du rapport (csv par défaut, ou d'après l'extension de -o) ; md et html pour les personnes",
          en: "report format (default csv, or from the extension of -o); md and html for people")),
      CommandSpec.Option(
        name: "--output", aliases: ["-o"], value: LocalizedText(fr: "FICHIER", en: "FILE"),
        help: LocalizedText(
          fr: "écrit le rapport dans FICHIER (atomique, lisible par vous seul) au lieu de la sortie standard",
          en: "write the report to FILE (atomic, owner-only) instead of standard output"),
        values: .file(extensions: formats)),
      CommandSpec.Option(
        name: "--fact", value: LocalizedText(fr: "COLONNE=RÉPONSE", en: "COLUMN=ANSWER"), repeatable: true,
        help: LocalizedText(
          fr: "réponse valable pour toute la classe (par exemple siecle_a_jour=oui) ; l'emporte sur la colonne",
          en: "answer for the whole class (e.g. siecle_a_jour=yes); wins over the column")),
      .choice(
        "--encoding", CSVEncoding.allCases.map(\.rawValue),
        help: LocalizedText(fr: "encodage du fichier (détecté sinon)", en: "file encoding (detected otherwise)")),
      CommandSpec.Option(
        name: "--delimiter", value: LocalizedText(fr: "';'|','|tab", en: "';'|','|tab"),
        help: LocalizedText(
          fr: "séparateur du rapport CSV (; par défaut, pour Excel en français)",
          en: "delimiter of the CSV report (default ;, for Excel in French)"),
        values: .choices(delimiters)),
      .choice(
        "--fail-on", failOnChoices,
        help: LocalizedText(
          fr: "code de sortie 1 si un élève a ce résultat (action compte aussi le support Pix)",
          en: "exit code 1 when a student has this result (action also counts Pix support)")),
      CommandSpec.Option(
        name: "--anonymize",
        help: LocalizedText(
          fr: "remplace noms, INE et dates de naissance par des pseudonymes stables, dans tous les formats",
          en: "replace names, INE and birthdates with stable pseudonyms, in every format")),
      CommandSpec.Option(
        name: "--anonymize-key", value: LocalizedText(fr: "CLÉ", en: "KEY"),
        help: LocalizedText(
          fr: "avec cette clé, le même élève garde le même pseudonyme d'une exécution à l'autre (implique --anonymize)",
          en: "with this key, a student keeps the same pseudonym from one run to the next (implies --anonymize)")),
      CommandSpec.Option(
        name: "--siecle", value: LocalizedText(fr: "ElevesSansAdresses.zip|xml", en: "ElevesSansAdresses.zip|xml"),
        help: LocalizedText(
          fr: "compare la liste à l'export SIECLE : élèves absents, inconnus, partis, identités différentes",
          en: "cross-check the roster with the SIECLE export: missing, unknown, left, differing identities"),
        values: .file(extensions: ["zip", "xml"])),
      CommandSpec.Option(
        name: "--whole-school",
        help: LocalizedText(
          fr: "avec --siecle : tous les élèves de l'établissement doivent être dans la liste (sinon, seulement "
            + "ceux des classes présentes dans le fichier)",
          en: "with --siecle: every student of the school must be in the roster (otherwise only those of the "
            + "classes found in the file)")),
      CommandSpec.treeOption,
    ],
    discussion: LocalizedText(
      fr: """
        Un classeur .xlsx ou .ods (première feuille, réponses de la feuille « Établissement ») ou un CSV : une
        ligne d'en-tête puis une ligne par élève ; séparateur ; , ou tabulation, UTF-8 ou Windows-1252 détectés. Colonnes lues : ine, nom, prenom, date_naissance, classe (recopiées) et celles des
        questions (siecle_a_jour, gar_attribue, methode_orga, compte_habituel, connait_identifiants) ; les autres
        colonnes sont ignorées et jamais recopiées. Chaque ligne donne exactement un résultat : prêt, action à
        mener, support Pix, en attente (de la question à poser) ou erreur (valeur non comprise). Le résumé s'affiche sur la sortie
        d'erreur.
        Rapports pour les personnes : --format html ou md (ou -o rapport.html) ; --anonymize pour le support Pix.
        Exemple : pixready check classe.csv --fact siecle_a_jour=oui -o rapport.csv
        """,
      en: """
        An .xlsx or .ods workbook (first sheet, answers of the 'Établissement' sheet) or a CSV file: a header
        line, then one line per student; delimiter ; , or tab, UTF-8 or Windows-1252 detected. Columns read: ine, nom, prenom, date_naissance, classe (carried through) and those of the questions
        (siecle_a_jour, gar_attribue, methode_orga, compte_habituel, connait_identifiants); other columns are ignored
        and never copied. Each line yields exactly one result: ready, action needed, Pix support, pending (on the
        question to ask) or error (value not understood). The summary goes to standard error.
        Reports for people: --format html or md (or -o report.html); --anonymize for Pix support.
        Example: pixready check classe.csv --fact siecle_a_jour=yes -o report.csv
        """))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let options = try CheckOptions(arguments)
    guard let tree = TreeSource.validated(arguments.value("--tree"), context: &context) else { return .failure }
    let plan = CheckPlan(
      input: options.input, output: options.output, format: options.format, encoding: options.encoding,
      delimiter: options.delimiter, failOn: options.failOn,
      pseudonymKey: options.anonymize ? options.anonymizeKey : nil,
      siecle: arguments.value("--siecle").map {
        CheckPlan.Siecle(path: $0, scope: arguments.has("--whole-school") ? .school : .rosterDivisions)
      },
      tree: tree, commonAnswers: try FactArguments.answers(arguments.values("--fact"), tree: tree, command: spec.name),
      language: context.language, generatedAt: ReportClock.now(context.environment),
      currentYear: Calendar(identifier: .gregorian).component(.year, from: ReportClock.date(context.environment)),
      workers: ProcessInfo.processInfo.activeProcessorCount)
    let err = context.err
    let console = RunConsole(
      say: { err.write($0) }, fail: { [context] in context.fail($0) }, showsProgress: err.isTerminal)
    var out = context.out
    switch try CheckRun(plan: plan).run(
      standardOutput: &out, console: console, openInput: context.openInput, temporaries: context.temporaries)
    {
    case .finished(_, let findings): return findings ? .findings : .success
    case .refused: return .failure
    case .writeFailed(let error):
      context.fail(error)
      return .failure
    }
  }
}
