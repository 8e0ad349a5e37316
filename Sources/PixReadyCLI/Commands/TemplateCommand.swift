import PixReadyCore
import PixReadyIO

/// `pixready template --siecle FILE`: the class file to fill in, identity columns taken from SIECLE.
enum TemplateCommand: Command {
  /// The values of `--format`.
  typealias Format = TemplatePlan.Format

  static let spec = CommandSpec(
    name: "template",
    summary: LocalizedText(
      fr: "écrit le fichier de classe à remplir, depuis l'export SIECLE",
      en: "write the class file to fill in, from the SIECLE export"),
    options: [
      CommandSpec.Option(
        name: "--siecle", value: LocalizedText(fr: "FICHIER", en: "FILE"),
        help: LocalizedText(
          fr: "export SIECLE « Élèves sans adresse » (.zip tel que téléchargé, ou .xml)",
          en: "SIECLE export 'Élèves sans adresse' (.zip as downloaded, or .xml)"),
        values: .file(extensions: ["zip", "xml"])),
      CommandSpec.Option(
        name: "--classe", value: LocalizedText(fr: "DIVISION", en: "DIVISION"), repeatable: true,
        help: LocalizedText(fr: "ne garder que cette division (2NDE3)", en: "keep only this division (2NDE3)")),
      CommandSpec.Option(
        name: "--fact", value: LocalizedText(fr: "COLONNE=RÉPONSE", en: "COLUMN=ANSWER"), repeatable: true,
        help: LocalizedText(
          fr: "pré-remplit une colonne d'établissement (--fact gar_attribue=oui)",
          en: "pre-fill a school column (--fact gar_attribue=yes)")),
      CommandSpec.Option(
        name: "--include-left",
        help: LocalizedText(
          fr: "garder les élèves sortis (DATE_SORTIE), exclus par défaut",
          en: "keep students who left (DATE_SORTIE), excluded by default")),
      CommandSpec.treeOption,
      CommandSpec.Option(
        name: "--output", aliases: ["-o"], value: LocalizedText(fr: "FICHIER", en: "FILE"),
        help: LocalizedText(
          fr: "écrit dans ce fichier (droits 0600, remplacé d'un coup) plutôt que sur la sortie standard",
          en: "write to this file (mode 0600, replaced atomically) instead of standard output"),
        values: .file(extensions: Format.names)),
      .choice(
        "--format", Format.self,
        help: LocalizedText(
          fr: "classeur Excel/LibreOffice (xlsx, conseillé) ou CSV ; d'après l'extension de -o sinon (csv par défaut)",
          en: "Excel/LibreOffice workbook (xlsx, advised) or CSV; from the extension of -o otherwise (default csv)")),
    ],
    discussion: LocalizedText(
      fr: "Avec -o classe.xlsx : un classeur (feuilles « Élèves », « Établissement », « Mode d'emploi ») aux "
        + "colonnes d'identité en texte et aux réponses en listes déroulantes. Sinon CSV séparé par « ; », UTF-8 "
        + "avec BOM. Trié par classe puis nom ; les colonnes de réponse sont vides. Les élèves sans INE ou sans division sont gardés, avec un avertissement (Pix "
        + "Orga ne les importera pas, sans message d'erreur). Les avertissements vont sur la sortie d'erreur.\n"
        + "Exemple : pixready template --siecle ElevesSansAdresses.zip --classe 2NDE3 -o classe.xlsx",
      en: "With -o classe.xlsx: a workbook (sheets 'Élèves', 'Établissement', 'Mode d'emploi') with identity "
        + "columns as text and answers as drop-down lists. Otherwise `;`-separated CSV, UTF-8 with BOM. Sorted by "
        + "class then name; answer columns are empty. Students without INE or division are kept, with a warning (Pix Orga skips them silently). "
        + "Warnings go to standard error.\n"
        + "Example: pixready template --siecle ElevesSansAdresses.zip --classe 2NDE3 -o classe.xlsx"))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    guard let tree = TreeSource.validated(arguments.value("--tree"), context: &context) else { return .failure }
    let output = arguments.value("--output")
    let plan = TemplatePlan(
      tree: tree, prefill: try FactArguments.answers(arguments.values("--fact"), tree: tree, command: spec.name),
      output: output, format: try format(arguments, output: output), siecle: arguments.value("--siecle"),
      divisions: arguments.values("--classe"), includeLeft: arguments.has("--include-left"),
      language: context.language)
    let err = context.err
    let console = RunConsole(say: { err.write($0) }, fail: { [context] in context.fail($0) })
    var out = context.out
    switch TemplateRun(plan: plan).run(
      standardOutput: &out, outputIsTerminal: out.isTerminal, console: console, temporaries: context.temporaries)
    {
    case .written: return .success
    case .refused: return .failure
    case .writeFailed(let error):
      context.fail(error)
      return .failure
    }
  }

  /// `--format`, or the extension of `-o`, or CSV.
  private static func format(_ arguments: ParsedArguments, output: String?) throws(UsageError) -> TemplatePlan.Format {
    let fromExtension = output.flatMap { path in
      TemplatePlan.Format.allCases.first { path.lowercased().hasSuffix("." + $0.rawValue) }
    }
    return try arguments.choice("--format", default: fromExtension ?? .csv, command: spec.name)
  }
}
