import Foundation
import PixReadyCore
import PixReadyIO

/// `pixready check FILE`: every student's verdict and steps from a class spreadsheet, streamed.
enum CheckCommand: Command {
  static let formats = ["csv", "json", "jsonl", "md", "html"]
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
        "--format", formats,
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
        Codes de sortie : 0 terminé ; 1 des lignes rejetées, ou --fail-on atteint ; 2 erreur d'usage, d'arbre ou de
        fichier (rien n'est écrit).
        """,
      en: """
        An .xlsx or .ods workbook (first sheet, answers of the 'Établissement' sheet) or a CSV file: a header
        line, then one line per student; delimiter ; , or tab, UTF-8 or Windows-1252 detected. Columns read: ine, nom, prenom, date_naissance, classe (carried through) and those of the questions
        (siecle_a_jour, gar_attribue, methode_orga, compte_habituel, connait_identifiants); other columns are ignored
        and never copied. Each line yields exactly one result: ready, action needed, Pix support, pending (on the
        question to ask) or error (value not understood). The summary goes to standard error.
        Reports for people: --format html or md (or -o report.html); --anonymize for Pix support.
        Example: pixready check classe.csv --fact siecle_a_jour=yes -o report.csv
        Exit codes: 0 done; 1 rejected rows, or --fail-on reached; 2 usage, tree or file error (nothing written).
        """))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let options = try CheckOptions(arguments)
    guard let tree = TreeSource.validated(arguments.value("--tree"), context: &context) else { return .failure }
    let common = try FactArguments.answers(arguments.values("--fact"), tree: tree, command: spec.name)
    let messages = CheckMessages(language: context.language)
    if let output = options.output, isInput(output, options.input) {
      context.fail(CommandProblem("output-is-input", messages.outputIsInput(output)))
      return .failure
    }
    let input: CheckInput
    switch CheckInput.open(
      options.input, encoding: options.encoding, tree: tree, language: context.language,
      bytes: context.openInput)
    {
    case .success(let opened): input = opened
    case .failure(let refusal):
      context.fail(CommandProblem("unusable-input", refusal.message))
      return .failure
    }
    guard let header = input.header else { return .failure }
    let columns = ColumnMap(headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, tree: tree)
    if let refusal = refusal(
      columns, header: header, path: options.input, delimiter: input.delimiterName, common: common, tree: tree,
      messages)
    {
      context.fail(CommandProblem("unusable-header", refusal))
      return .failure
    }
    if columns.identity.isEmpty { context.err.write(messages.noIdentityColumn() + "\n") }
    let omitted = columns.omittedFacts.filter { common[$0] == nil }
    if !omitted.isEmpty {
      let named = omitted.map { (fact: $0, column: tree.fact($0)?.columns.first ?? $0) }
      context.err.write(messages.omittedColumns(options.input, omitted: named) + "\n")
    }
    let pseudonymizer = options.anonymize ? Pseudonymizer(key: options.anonymizeKey, language: context.language) : nil
    var extras = CheckExtras(pseudonymizer: pseudonymizer, tree: tree, format: options.format)
    if let siecle = arguments.value("--siecle") {
      let export = SiecleReader.read(path: siecle)
      guard export.isUsable else {
        for finding in export.findings { context.err.write(finding.formatted(in: context.language) + "\n") }
        context.fail(CommandProblem("siecle-unusable", messages.siecleUnusable(siecle)))
        return .failure
      }
      extras.siecleFindings = export.findings.filter { $0.severity == .warning }
      extras.crossCheck = RosterCrossCheck(
        export: export, scope: arguments.has("--whole-school") ? .school : .rosterDivisions,
        currentYear: Calendar(identifier: .gregorian).component(.year, from: ReportClock.date(context.environment)))
    }
    let report = ReportContext(
      tree: tree, language: context.language, sourceName: options.input,
      generatedAt: ReportClock.now(context.environment), anonymized: pseudonymizer != nil)
    if options.isDocument { extras.document = ReportDocument(context: report, pseudonymizer: pseudonymizer) }
    let diagnoser = BatchDiagnoser(tree: tree, columns: columns, commonAnswers: common)
    var run = BatchRun(diagnoser: diagnoser, formatter: options.formatter(report, pseudonymizer: pseudonymizer))
    let summary: BatchSummary
    let language = context.language
    do {
      summary = try execute(
        &run, input: input, options: options, context: &context, observe: { extras.observe($0) },
        rowsObserved: extras.crossCheck != nil || extras.document != nil,
        beforeFooter: { extras.finish(&$0, language: language) }, trailer: { extras.trailer($0) })
    } catch let error as CSVInputError {
      context.fail(error)
      return .failure
    } catch let error as AtomicFileWriter.Failure {
      context.fail(error)
      return .failure
    }
    switch input {
    case .csv(let reader):
      context.err.write(
        messages.readLine(
          options.input, dialect: reader.dialect, switchLine: reader.encodingSwitchLine, ignored: columns.ignored)
          + "\n")
    case .workbook(let source, let kind):
      context.err.write(
        messages.readWorkbook(options.input, source: source, kind: kind, ignored: columns.ignored) + "\n")
    }
    context.err.write(BatchMessages(language: context.language).summary(summary, tree: tree))
    printWarnings(summary, context: context)
    if let output = options.output {
      let ownerOnly = FileStatus(path: output)?.kind == .regular
      context.err.write(messages.written(output, rows: summary.rows, ownerOnly: ownerOnly) + "\n")
    }
    return exitCode(summary, failOn: options.failOn, context: context, messages: messages)
  }

  /// Why the file cannot be used, before anything is written: missing question columns.
  private static func refusal(
    _ columns: ColumnMap, header: SourceRecord, path: String, delimiter: String?, common: Answers,
    tree: ValidatedTree, _ messages: CheckMessages
  ) -> String? {
    let named = { (ids: [String]) in
      ids.filter { common[$0] == nil }.map { id in (fact: id, column: tree.fact(id)?.columns.first ?? id) }
    }
    if let duplicate = columns.duplicates.first(where: { common[$0.fact] == nil }) {
      return messages.duplicateColumns(
        path, line: header.line, columns: duplicate.columns, headers: columns.headers)
    }
    if let duplicate = columns.identityDuplicates.first {
      return messages.duplicateIdentityColumns(
        path, line: header.line, columns: duplicate.columns, headers: columns.headers)
    }
    let student = named(columns.missingStudentFacts)
    if !student.isEmpty {
      return messages.missingColumns(
        path, line: header.line, missing: student + named(columns.missingSchoolFacts), found: columns.headers,
        delimiter: delimiter)
    }
    let school = named(columns.missingSchoolFacts)
    return school.isEmpty ? nil : messages.missingSchoolColumns(path, missing: school)
  }

  private static func execute(
    _ run: inout BatchRun, input: CheckInput, options: CheckOptions, context: inout CommandContext,
    observe extra: (RowDiagnosis) -> Void, rowsObserved: Bool, beforeFooter: (inout BatchSummary) -> Void,
    trailer: (BatchSummary) -> String
  ) throws -> BatchSummary {
    switch input {
    case .csv(let reader):
      var source = reader
      return try execute(
        &run, source: &source, fast: rowsObserved ? nil : FastBatchRun(run, reader: reader), options: options,
        context: &context, observe: extra, beforeFooter: beforeFooter, trailer: trailer)
    case .workbook(var source, _):
      // The fast path reads CSV bytes; a workbook's rows are already in memory.
      return try execute(
        &run, source: &source, fast: nil, options: options, context: &context, observe: extra,
        beforeFooter: beforeFooter, trailer: trailer)
    }
  }

  private static func execute<Source: RecordSource>(
    _ run: inout BatchRun, source: inout Source, fast: FastBatchRun?, options: CheckOptions,
    context: inout CommandContext, observe extra: (RowDiagnosis) -> Void, beforeFooter: (inout BatchSummary) -> Void,
    trailer: (BatchSummary) -> String
  ) throws -> BatchSummary {
    let progress = ProgressLine(enabled: context.err.isTerminal, messages: CheckMessages(language: context.language))
    let err = context.err
    let observe: (RowDiagnosis) -> Void = { row in
      progress.update(row.row, on: err)
      extra(row)
    }
    defer { progress.finish(on: err) }
    // CSV, JSON and JSON Lines rows nobody else reads take the parallel fast path: the same bytes as `run.run`.
    let rows: (Int) -> Void = { progress.update($0, on: err) }
    guard let path = options.output else {
      var out = context.out
      let summary =
        if let fast { try fast.run(to: &out, progress: rows, beforeFooter: beforeFooter) } else {
          try run.run(&source, to: &out, observe: observe, beforeFooter: beforeFooter)
        }
      out.write(trailer(summary))
      return summary
    }
    var file = try AtomicFileWriter(path: path, temporaries: context.temporaries)
    let summary =
      if let fast { try fast.run(to: &file, progress: rows, beforeFooter: beforeFooter) } else {
        try run.run(&source, to: &file, observe: observe, beforeFooter: beforeFooter)
      }
    file.write(trailer(summary))
    try file.commit()
    return summary
  }

  /// Whether `output` is the class file being read: the same path, or the file on standard input.
  private static func isInput(_ output: String, _ input: String) -> Bool {
    guard input == "-" else { return FileStatus.sameFile(output, input) }
    guard let stdin = FileStatus(descriptor: .standardInput), stdin.kind == .regular,
      let target = FileStatus(path: output)
    else { return false }
    return stdin.isSameFile(as: target)
  }

  /// The SIECLE warnings on standard error: the summary sentence, then at most 30 of them.
  private static func printWarnings(_ summary: BatchSummary, context: CommandContext) {
    guard let headline = summary.warningSummary else { return }
    context.err.write(headline + "\n")
    for warning in summary.warnings.prefix(30) { context.err.write("  - " + warning.message + "\n") }
    if summary.warnings.count > 30 {
      context.err.write(CheckMessages(language: context.language).moreWarnings(summary.warnings.count - 30) + "\n")
    }
  }

  private static func exitCode(
    _ summary: BatchSummary, failOn: Verdict?, context: CommandContext, messages: CheckMessages
  ) -> ExitCode {
    var code = summary.errors > 0 ? ExitCode.findings : .success
    if let failOn {
      let support = summary.verdicts[.support] ?? 0
      let hit = failOn == .support ? support : support + (summary.verdicts[.action] ?? 0)
      if hit > 0 {
        context.err.write(messages.failOnReached(failOn.rawValue, count: hit) + "\n")
        code = .findings
      }
    }
    return code
  }
}
