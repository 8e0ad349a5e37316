import PixReadyCore
import PixReadyIO

/// `pixready template --siecle FILE`: the class file to fill in, identity columns taken from SIECLE.
enum TemplateCommand: Command {
  static let formats = ["csv", "xlsx"]

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
        values: .file(extensions: ["xlsx", "csv"])),
      .choice(
        "--format", ["xlsx", "csv"],
        help: LocalizedText(
          fr: "classeur Excel/LibreOffice (xlsx, conseillé) ou CSV ; d'après l'extension de -o sinon (csv par défaut)",
          en: "Excel/LibreOffice workbook (xlsx, advised) or CSV; from the extension of -o otherwise (default csv)")),
    ],
    discussion: LocalizedText(
      fr: "Avec -o classe.xlsx : un classeur (feuilles « Élèves », « Établissement », « Mode d'emploi ») aux "
        + "colonnes d'identité en texte et aux réponses en listes déroulantes. Sinon CSV séparé par « ; », UTF-8 "
        + "avec BOM. Trié par classe puis nom ; les colonnes de réponse sont vides. Les élèves sans INE ou sans division sont gardés, avec un avertissement (Pix "
        + "Orga ne les importera pas, sans message d'erreur). Code de sortie 0 si le fichier est écrit (avertissements sur la sortie "
        + "d'erreur), 2 si l'export est inutilisable ou une option fausse ; rien n'est écrit alors.\n"
        + "Exemple : pixready template --siecle ElevesSansAdresses.zip --classe 2NDE3 -o classe.xlsx",
      en: "With -o classe.xlsx: a workbook (sheets 'Élèves', 'Établissement', 'Mode d'emploi') with identity "
        + "columns as text and answers as drop-down lists. Otherwise `;`-separated CSV, UTF-8 with BOM. Sorted by "
        + "class then name; answer columns are empty. Students without INE or division are kept, with a warning (Pix Orga skips them silently). Exit "
        + "code 0 when the file is written (warnings on standard error), 2 when the export is unusable or an "
        + "option is wrong; nothing is written then.\n"
        + "Example: pixready template --siecle ElevesSansAdresses.zip --classe 2NDE3 -o classe.xlsx"))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let messages = TemplateMessages(language: context.language)
    guard let tree = TreeSource.validated(arguments.value("--tree"), context: &context) else { return .failure }
    let prefill = try FactArguments.answers(arguments.values("--fact"), tree: tree, command: spec.name)
    for id in prefill.keys.sorted() {
      if let fact = tree.fact(id), fact.scope == .student {
        context.fail(CommandProblem("student-fact", messages.studentFact(id, column: fact.columns.first ?? id)))
        return .failure
      }
    }
    let output = arguments.value("--output")
    let format = try format(arguments, output: output)
    if format == "xlsx", output == nil, context.out.isTerminal {
      context.fail(CommandProblem("workbook-needs-output", messages.workbookNeedsOutput()))
      return .failure
    }
    let language = context.language
    let render = { (students: [StudentIdentity]) -> [UInt8] in
      guard format == "xlsx" else {
        return Array(ClassTemplate(tree: tree, prefill: prefill, language: language).render(students).utf8)
      }
      let name = output.map { String($0.split(separator: "/").last ?? "classe.xlsx") } ?? "classe.xlsx"
      return ClassWorkbook(tree: tree, prefill: prefill, language: language, fileName: name).render(students)
    }
    guard let path = arguments.value("--siecle") else {
      for option in ["--classe", "--include-left"] where arguments.has(option) {
        context.fail(CommandProblem("needs-siecle", messages.needsSiecle(option)))
        return .failure
      }
      context.err.write(messages.withoutSiecle() + "\n")
      return write(render([]), to: output, context: &context)
    }
    if let output, output == path || FileStatus.sameFile(output, path) {
      context.fail(CommandProblem("output-is-input", messages.sameAsInput(output)))
      return .failure
    }
    let export = SiecleReader.read(path: path)
    guard export.isUsable else {
      for finding in export.findings { context.err.write(finding.formatted(in: context.language) + "\n") }
      context.fail(CommandProblem("siecle-unusable", messages.unusable(path)))
      return .failure
    }
    let includeLeft = arguments.has("--include-left")
    guard let divisions = divisions(export, arguments.values("--classe"), context: &context) else { return .failure }
    let chosen = { (student: SiecleStudent) in divisions.isEmpty || divisions.contains(student.division) }
    let students = export.students(includingLeft: includeLeft).filter(chosen)
    let left = export.leftStudents.filter(chosen).count
    let ids = Set(students.map(\.id))
    let findings = export.findings.filter { $0.student.map { ids.contains($0.id) } ?? true }
    for finding in findings { context.err.write(finding.formatted(in: context.language) + "\n") }
    let code = write(render(students.map(\.identity)), to: output, context: &context)
    guard code == .success else { return code }
    context.err.write(
      messages.summary(
        written: students.count, destination: output, uai: export.uai,
        divisions: SiecleExport.sortedDivisions(students.map(\.division)), left: left,
        includeLeft: includeLeft,
        withoutINE: students.filter { $0.ine.isEmpty }.count,
        withoutDivision: students.filter { $0.division.isEmpty }.count,
        refusals: findings.filter(\.problem.pixOrgaRefusesFile).count))
    return .success
  }

  /// The divisions asked for with `--classe`, spelled as in SIECLE (empty: every student).
  /// `nil` after printing the message when one is not in the export.
  private static func divisions(
    _ export: SiecleExport, _ names: [String], context: inout CommandContext
  ) -> Set<String>? {
    guard !names.isEmpty else { return [] }
    let known = SiecleExport.sortedDivisions(export.students(includingLeft: true).map(\.division))
    var wanted = Set<String>()
    for name in names {
      guard let division = known.first(where: { Spelling.key($0) == Spelling.key(name) }) else {
        let suggestion = EditDistance.suggestion(for: name, among: known)
        let messages = TemplateMessages(language: context.language)
        context.fail(
          CommandProblem(
            "unknown-division", messages.unknownDivision(name, divisions: known, suggestion: suggestion)))
        return nil
      }
      wanted.insert(division)
    }
    return wanted
  }

  /// `--format`, or the extension of `-o`, or CSV.
  private static func format(_ arguments: ParsedArguments, output: String?) throws(UsageError) -> String {
    let fromExtension = output.flatMap { path in formats.first { path.lowercased().hasSuffix("." + $0) } }
    let format = arguments.value("--format") ?? fromExtension ?? "csv"
    guard formats.contains(format) else {
      throw .invalidValue(option: "--format", value: format, allowed: formats, command: spec.name)
    }
    return format
  }

  private static func write(_ bytes: [UInt8], to output: String?, context: inout CommandContext) -> ExitCode {
    guard let output else {
      context.out.write(bytes: bytes)
      return .success
    }
    do {
      let writer = try AtomicFileWriter(path: output, temporaries: context.temporaries)
      bytes.withUnsafeBytes { writer.write(bytes: $0) }
      try writer.commit()
      return .success
    } catch {
      context.fail(error)
      return .failure
    }
  }
}
