import PixReadyCore

/// Everything a Markdown or HTML report shows: where it comes from, every row, the counts, the
/// school steps and the warnings.
///
/// Those reports are read by people for one class or one school, so, unlike the streamed
/// formats, they gather the rows first, compactly: per row a few indices (``ReportRecord``), with
/// names and classes kept once in text tables and each distinct outcome once in ``outcomes``.
/// The renderers then write the report section by section to an output:
///
/// ```swift
/// var document = ReportDocument(context: context, pseudonymizer: anonymize ? pseudonymizer : nil)
/// let summary = try run.run(&source, to: &sink, observe: { document.add($0) })
/// document.complete(with: summary)
/// HTMLReport().write(document, to: &output)
/// ```
public struct ReportDocument: Sendable {
  /// Tree, language, source, date, and whether identities were pseudonymised.
  public private(set) var context: ReportContext
  /// Applied to every row and warning added, when the report is anonymised.
  public let pseudonymizer: Pseudonymizer?
  /// The distinct outcomes of the rows added, in the order first met.
  public var outcomes: [ReportOutcome] { outcomeTable.outcomes }
  /// How many rows have each of ``outcomes``.
  public var outcomeCounts: [Int] { outcomeTable.counts }
  /// The line of every row added, in the order added (input order).
  public var lines: [Int] { records.map { Int($0.line) } }
  /// The counts of the rows added (rows, verdicts, pending rows by fact, rejected rows), with the
  /// school steps and warnings given by ``complete(with:)``.
  ///
  /// Worked out from ``outcomes``; what the report does not show (identity damage, counts by raw
  /// class, short rows, the first rejected lines) is in the run's summary only.
  public var summary: BatchSummary {
    var summary = additions
    for (outcome, count) in zip(outcomeTable.outcomes, outcomeTable.counts) {
      summary.rows += count
      switch outcome.status {
      case .verdict(let verdict): summary.verdicts[verdict, default: 0] += count
      case .pending(let fact): summary.pending[fact, default: 0] += count
      case .error: summary.errors += count
      }
    }
    return summary
  }
  /// The school steps and warnings given by ``complete(with:)`` and the other additions, no rows.
  private var additions = BatchSummary()

  /// An empty document.
  ///
  /// - Parameter pseudonymizer: when given, every row and warning added is pseudonymised and the
  ///   report says it is anonymised (``ReportContext/anonymized`` is set).
  public init(context: ReportContext, pseudonymizer: Pseudonymizer? = nil) {
    self.context = context
    self.pseudonymizer = pseudonymizer
    if pseudonymizer != nil { self.context.anonymized = true }
  }

  /// The rows added, in input order.
  private(set) var records: [ReportRecord] = []
  private var outcomeTable = OutcomeTable()
  /// Last and first names as read, and the INEs of rows without a name.
  private(set) var names = TextTable()
  /// The classes, trimmed.
  private(set) var classes = TextTable()

  /// Adds one row and counts it; pseudonymises it first when the document has a pseudonymizer.
  public mutating func add(_ row: RowDiagnosis) {
    guard let pseudonymizer else { return keep(row, code: nil) }
    // As `pseudonymizer.pseudonymize(row)`, with the identity made only when it is not kept as a code.
    var kept = row
    if case .error(let error) = row.status { kept.status = .error(error.hidingValues) }
    let code = shownCode(row, pseudonymizer)
    if code == nil { kept.student = pseudonymizer.pseudonymize(row.student) }
    keep(kept, code: code)
  }

  /// Whether the document takes compact rows (``add(_:)``): it shows names as read, or
  /// pseudonyms by their codes (its pseudonymizer is in its language).
  var takesCompactRows: Bool { pseudonymizer.map { $0.language == context.language } ?? true }

  /// The compact rows the document takes, with the cells it shows: names, class and INE, or the
  /// class only when it shows rows by their pseudonyms' codes; `nil` when it takes rows whole.
  var compactRequest: ObservedRows.Request? {
    guard takesCompactRows else { return nil }
    return pseudonymizer == nil ? .document : .codedDocument
  }

  /// Adds a block's rows in order, the compact ones from their bytes, or by their codes when the
  /// document pseudonymises (the run's codes must then be its pseudonymizer's).
  mutating func add(_ rows: ObservedRows) {
    guard !rows.compact.isEmpty else {
      for index in rows.full.indices { add(rows.full[index]) }
      return
    }
    precondition(takesCompactRows && rows.fingerprint == pseudonymizer?.fingerprint, "compact rows of another run")
    let coded = pseudonymizer != nil
    var next = 0
    for index in rows.compact.indices {
      let row = rows.compact[index]
      guard row.entry != ObservedRows.nextFull else {
        add(rows.full[next])
        next += 1
        continue
      }
      let outcome =
        outcomeTable.counted(entry: row.entry) ?? outcomeTable.intern(entry: row.entry, rows.template(entry: row.entry))
      if coded {
        // As `keep(_:code:)` with the row's code: the class, and the code instead of the names.
        let classe = classes.intern(
          trimming: UnsafeBufferPointer(rebasing: rows.bytes[row.range(ObservedRows.Cell.classe)]))
        records.append(
          ReportRecord(
            line: row.line, classe: classe, outcome: outcome, nom: Int32(bitPattern: row.code),
            prenom: ReportRecord.pseudonymized, ine: -1))
      } else {
        keep(row, outcome: outcome, bytes: rows.bytes)
      }
    }
  }

  /// Adds the record of a compact row with `outcome`: as ``keep(_:code:)`` of that row with its names.
  private mutating func keep(_ row: ObservedRows.Compact, outcome: Int32, bytes: UnsafeBufferPointer<UInt8>) {
    let cells = ObservedRows.Cell.self
    let classe = classes.intern(trimming: UnsafeBufferPointer(rebasing: bytes[row.range(cells.classe)]))
    let nom = names.intern(bytes: UnsafeBufferPointer(rebasing: bytes[row.range(cells.nom)]))
    let prenom = names.intern(bytes: UnsafeBufferPointer(rebasing: bytes[row.range(cells.prenom)]))
    let named = !names.trimmed(nom).isEmpty || !names.trimmed(prenom).isEmpty
    records.append(
      ReportRecord(
        line: row.line, classe: classe, outcome: outcome, nom: nom, prenom: prenom,
        ine: named ? -1 : names.intern(trimming: UnsafeBufferPointer(rebasing: bytes[row.range(cells.ine)]))))
  }

  /// Adds the record of a row as it is shown: by the pseudonym's `code` when given, by its names otherwise.
  private mutating func keep(_ row: RowDiagnosis, code: UInt32?) {
    let classe = classes.intern(trimming: row.student[.classe])
    let outcome = outcomeTable.intern(row)
    let line = Int32(clamping: row.line)
    if let code {
      records.append(
        ReportRecord(
          line: line, classe: classe, outcome: outcome, nom: Int32(bitPattern: code),
          prenom: ReportRecord.pseudonymized, ine: -1))
      return
    }
    let nom = names.intern(row.student[.nom])
    let prenom = names.intern(row.student[.prenom])
    let named = !names.trimmed(nom).isEmpty || !names.trimmed(prenom).isEmpty
    records.append(
      ReportRecord(
        line: line, classe: classe, outcome: outcome, nom: nom, prenom: prenom,
        ine: named ? -1 : names.intern(trimming: row.student[.ine])))
  }

  /// The code of the pseudonym a row is shown as, when that pseudonym is in the report's language
  /// (``ReportOutline`` writes it back from the code); `nil` when the row is shown by name (nothing
  /// to hide, or a pseudonym of another language). A code the workers worked out under this
  /// pseudonymizer (``RowDiagnosis/observedCode``) is taken as it is.
  private func shownCode(_ row: RowDiagnosis, _ pseudonymizer: Pseudonymizer) -> UInt32? {
    let student = row.student
    guard !Pseudonymizer.isPseudonym(student) else {
      // Already a pseudonym: kept as it is, so a code only when it is in the report's language.
      let nom = student[.nom]
      guard let code = UInt32(nom.suffix(8), radix: 16),
        ReportMessages(language: context.language).pseudonym(Pseudonymizer.hex(code)) == nom
      else { return nil }
      return code
    }
    guard pseudonymizer.language == context.language else { return nil }
    if let observed = row.observedCode, observed.fingerprint == pseudonymizer.fingerprint { return observed.code }
    return pseudonymizer.codeNumber(for: student)
  }

  /// Takes from the run's summary what rows alone do not tell: the school steps (once for the
  /// school), the warnings (SIECLE cross-check) and their summary sentence. Counts stay those of
  /// the rows added, so every row is accounted for exactly once.
  public mutating func complete(with summary: BatchSummary) {
    additions.addSchoolSteps(summary.schoolSteps)
    additions.warnings = hidden(summary.warnings)
    additions.warningSummary = summary.warningSummary
  }

  /// Adds school steps (for example `import-siecle` when the SIECLE cross-check finds students missing).
  public mutating func addSchoolSteps(_ steps: [Step]) {
    additions.addSchoolSteps(steps)
  }

  /// Adds warnings about the input as a whole, shown near the top of the report.
  ///
  /// With a pseudonymizer, each warning's student is struck from its sentence; build warnings from
  /// pseudonymised findings (``Pseudonymizer/pseudonymize(_:)-RosterFinding``) to be sure no one is named.
  public mutating func addWarnings(_ warnings: [ReportWarning], summary sentence: String? = nil) {
    additions.warnings += hidden(warnings)
    if let sentence { additions.warningSummary = sentence }
  }

  private func hidden(_ warnings: [ReportWarning]) -> [ReportWarning] {
    guard let pseudonymizer else { return warnings }
    return warnings.map(pseudonymizer.pseudonymize)
  }
}
