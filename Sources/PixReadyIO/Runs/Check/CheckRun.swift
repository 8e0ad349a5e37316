import PixReadyCore

/// Carries out a ``CheckPlan``: opens the class file, maps its columns, refuses what cannot be
/// used before anything is written, runs the batch engine into the report (file or standard
/// output), adds the SIECLE cross-check and the document for people, then says on the console
/// what was read and found, and how the run ends.
///
/// `pixready check` parses its options into a plan and hands it here; tests drive a run the same
/// way, with their own console and output.
public struct CheckRun {
  /// How a run ended.
  public enum Outcome {
    /// Every row has its result in the report. `findings` when rows were rejected or `--fail-on` was reached.
    case finished(BatchSummary, findings: Bool)
    /// Nothing was written; the console said why.
    case refused
    /// The report could not be written (what was written before stays where it was written).
    case writeFailed(AtomicFileWriter.Failure)
  }

  /// The plan carried out.
  public let plan: CheckPlan

  /// A run of `plan`.
  public init(plan: CheckPlan) { self.plan = plan }

  /// Runs the plan.
  ///
  /// - Parameters:
  ///   - standardOutput: where the report goes when the plan names no file.
  ///   - openInput: opens the bytes of a class file (`-` for standard input).
  ///   - temporaries: where the report's temporary file is registered, removed on an interruption.
  /// - Throws: only what a record source throws besides ``CSVInputError`` (nothing today).
  public func run<Output: ByteOutputStream>(
    standardOutput: inout Output, console: RunConsole, openInput: (String) throws(CSVInputError) -> ByteInput,
    temporaries: TemporaryFiles? = nil
  ) throws -> Outcome {
    let messages = CheckMessages(language: plan.language)
    let tree = plan.tree
    let common = plan.commonAnswers
    if let output = plan.output, Self.isInput(output, plan.input) {
      console.fail(CheckProblem.outputIsInput(path: output))
      return .refused
    }
    var file: ClassFile
    switch ClassFile.open(
      plan.input, encoding: plan.encoding, tree: tree, bytes: openInput)
    {
    case .success(let opened): file = opened
    case .failure(let refusal):
      console.fail(refusal)
      return .refused
    }
    let columns = file.columns(for: tree)
    if let refusal = refusal(columns, file: file) {
      console.fail(refusal)
      return .refused
    }
    if columns.identity.isEmpty { console.say(messages.noIdentityColumn() + "\n") }
    let omitted = columns.omittedFacts.filter { common[$0] == nil }
    if !omitted.isEmpty {
      let named = omitted.map { (fact: $0, column: tree.fact($0)?.columns.first ?? $0) }
      console.say(messages.omittedColumns(plan.input, omitted: named) + "\n")
    }
    let pseudonymizer = plan.pseudonymKey.map { Pseudonymizer(key: $0, language: plan.language) }
    var extras = CheckExtras(pseudonymizer: pseudonymizer, tree: tree, format: plan.format, threads: plan.workers)
    if let siecle = plan.siecle {
      let export = SiecleReader.read(path: siecle.path)
      guard export.isUsable else {
        for finding in export.findings { console.say(finding.formatted(in: plan.language) + "\n") }
        console.fail(CheckProblem.siecleUnusable(path: siecle.path))
        return .refused
      }
      extras.siecleFindings = export.findings.filter { $0.severity == .warning }
      extras.crossCheck = RosterCrossCheck(export: export, scope: siecle.scope, currentYear: plan.currentYear)
    }
    let report = ReportContext(
      tree: tree, language: plan.language, sourceName: plan.input, generatedAt: plan.generatedAt,
      anonymized: pseudonymizer != nil)
    if plan.format.isDocument { extras.document = ReportDocument(context: report, pseudonymizer: pseudonymizer) }
    let engine = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: common, compilesTable: !file.isSmall),
      formatter: formatter(report),
      context: BatchContext(
        workers: plan.workers, decodesEveryRow: plan.decodesEveryRow,
        pseudonymizer: plan.format.isDocument ? nil : pseudonymizer,
        observerPseudonymizer: plan.format.isDocument ? pseudonymizer : nil))
    let progress = ProgressLine(enabled: console.showsProgress, messages: messages)
    let summary: BatchSummary
    do {
      defer { progress.finish(say: console.say) }
      summary = try write(
        engine, file: file, standardOutput: &standardOutput, temporaries: temporaries, extras: &extras,
        progress: { progress.update($0, say: console.say) })
    } catch let error as CSVInputError {
      console.fail(error)
      return .refused
    } catch let error as AtomicFileWriter.Failure {
      return .writeFailed(error)
    }
    console.say(file.readLine(ignored: columns.ignored, language: plan.language) + "\n")
    console.say(BatchMessages(language: plan.language).summary(summary, tree: tree))
    sayWarnings(summary, console: console, messages: messages)
    if let output = plan.output {
      let ownerOnly = FileStatus(path: output)?.kind == .regular
      console.say(messages.written(output, rows: summary.rows, ownerOnly: ownerOnly) + "\n")
    }
    return .finished(summary, findings: findings(summary, console: console, messages: messages))
  }

  /// The formatter of the plan's format; silent for documents, which are written after the rows.
  private func formatter(_ context: ReportContext) -> any ReportFormatter {
    switch plan.format {
    case .json: JSONDocumentFormatter(context: context)
    case .jsonl: JSONLinesFormatter(context: context)
    case .md, .html: SilentFormatter()
    case .csv: CSVReportFormatter(context: context, delimiter: plan.delimiter)
    }
  }

  /// Why the file cannot be used, before anything is written: columns missing or read twice.
  private func refusal(_ columns: ColumnMap, file: ClassFile) -> CheckProblem? {
    let common = plan.commonAnswers
    let named = { (ids: [String]) in
      ids.filter { common[$0] == nil }.map { id in (fact: id, column: plan.tree.fact(id)?.columns.first ?? id) }
    }
    if let duplicate = columns.duplicates.first(where: { common[$0.fact] == nil }) {
      return .duplicateColumns(
        path: plan.input, line: file.header.line, columns: duplicate.columns, headers: columns.headers)
    }
    if let duplicate = columns.identityDuplicates.first {
      return .duplicateIdentityColumns(
        path: plan.input, line: file.header.line, columns: duplicate.columns, headers: columns.headers)
    }
    let student = named(columns.missingStudentFacts)
    if !student.isEmpty {
      return .missingColumns(
        path: plan.input, line: file.header.line, missing: student + named(columns.missingSchoolFacts),
        found: columns.headers, delimiter: file.delimiterName)
    }
    let school = named(columns.missingSchoolFacts)
    return school.isEmpty ? nil : .missingSchoolColumns(path: plan.input, missing: school)
  }

  /// Runs the batch engine into the report: the named file (written atomically) or standard output.
  private func write<Output: ByteOutputStream>(
    _ engine: BatchEngine, file: ClassFile, standardOutput: inout Output, temporaries: TemporaryFiles?,
    extras: inout CheckExtras, progress: @escaping (Int) -> Void
  ) throws -> BatchSummary {
    guard let path = plan.output else {
      let summary = try run(engine, file: file, to: &standardOutput, extras: &extras, progress: progress)
      extras.writeTrailer(summary, to: &standardOutput)
      return summary
    }
    var report = try AtomicFileWriter(path: path, temporaries: temporaries)
    let summary = try run(engine, file: file, to: &report, extras: &extras, progress: progress)
    extras.writeTrailer(summary, to: &report)
    try report.commit()
    return summary
  }

  /// The batch engine over the file's records: the Markdown or HTML document and the SIECLE
  /// cross-check observe the rows, in input order.
  private func run<Output: ByteOutputStream>(
    _ engine: BatchEngine, file: ClassFile, to output: inout Output, extras: inout CheckExtras,
    progress: @escaping (Int) -> Void
  ) throws -> BatchSummary {
    let language = plan.language
    // The observer outlives this call as far as the compiler knows: it gets a copy, handed back after the run.
    var observer = extras
    defer { extras = observer }
    guard observer.observes else {
      return try engine.run(
        file.batchInput, to: &output, progress: progress, beforeFooter: { observer.finish(&$0, language: language) })
    }
    return try engine.run(
      file.batchInput, to: &output, observeRows: { observer.observe($0) }, compactRows: observer.compactRows,
      progress: progress, beforeFooter: { observer.finish(&$0, language: language) })
  }

  /// Whether `output` is the class file being read: the same path, or the file on standard input.
  private static func isInput(_ output: String, _ input: String) -> Bool {
    guard input == "-" else { return FileStatus.sameFile(output, input) }
    guard let stdin = FileStatus(descriptor: .standardInput), stdin.kind == .regular,
      let target = FileStatus(path: output)
    else { return false }
    return stdin.isSameFile(as: target)
  }

  /// The SIECLE and identity warnings: the summary sentence, then at most 30 of them.
  private func sayWarnings(_ summary: BatchSummary, console: RunConsole, messages: CheckMessages) {
    guard let headline = summary.warningSummary else { return }
    console.say(headline + "\n")
    for warning in summary.warnings.prefix(30) { console.say("  - " + warning.message + "\n") }
    if summary.warnings.count > 30 { console.say(messages.moreWarnings(summary.warnings.count - 30) + "\n") }
  }

  /// Whether the run ends with findings: rejected rows, or `--fail-on` reached (said on the console).
  private func findings(_ summary: BatchSummary, console: RunConsole, messages: CheckMessages) -> Bool {
    var findings = summary.errors > 0
    if let failOn = plan.failOn {
      let support = summary.verdicts[.support] ?? 0
      let hit = failOn == .support ? support : support + (summary.verdicts[.action] ?? 0)
      if hit > 0 {
        console.say(messages.failOnReached(failOn.rawValue, count: hit) + "\n")
        findings = true
      }
    }
    return findings
  }
}
