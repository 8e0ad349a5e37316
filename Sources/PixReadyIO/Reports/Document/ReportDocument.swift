import PixReadyCore

/// Everything a Markdown or HTML report shows: where it comes from, every row, the counts, the
/// school steps and the warnings.
///
/// Those reports are read by people for one class or one school, so, unlike the streamed
/// formats, they gather the rows first:
///
/// ```swift
/// var document = ReportDocument(context: context, pseudonymizer: anonymize ? pseudonymizer : nil)
/// let summary = try run.run(&source, to: &sink, observe: { document.add($0) })
/// document.complete(with: summary)
/// output.write(HTMLReport().render(document))
/// ```
public struct ReportDocument: Sendable {
  /// Tree, language, source, date, and whether identities were pseudonymised.
  public private(set) var context: ReportContext
  /// Applied to every row and warning added, when the report is anonymised.
  public let pseudonymizer: Pseudonymizer?
  /// Every row added, in the order added (input order).
  public private(set) var rows: [ReportRow] = []
  /// The counts of the rows added, with the school steps and warnings given by ``complete(with:)``.
  public private(set) var summary = BatchSummary()

  /// An empty document.
  ///
  /// - Parameter pseudonymizer: when given, every row and warning added is pseudonymised and the
  ///   report says it is anonymised (``ReportContext/anonymized`` is set).
  public init(context: ReportContext, pseudonymizer: Pseudonymizer? = nil) {
    self.context = context
    self.pseudonymizer = pseudonymizer
    if pseudonymizer != nil { self.context.anonymized = true }
  }

  /// Adds one row and counts it; pseudonymises it first when the document has a pseudonymizer.
  public mutating func add(_ row: RowDiagnosis) {
    let kept = pseudonymizer.map { $0.pseudonymize(row) } ?? row
    rows.append(ReportRow(kept))
    summary.add(kept)
  }

  /// Takes from the run's summary what rows alone do not tell: the school steps (once for the
  /// school), the warnings (SIECLE cross-check) and their summary sentence. Counts stay those of
  /// the rows added, so every row is accounted for exactly once.
  public mutating func complete(with summary: BatchSummary) {
    self.summary.addSchoolSteps(summary.schoolSteps)
    self.summary.warnings = hidden(summary.warnings)
    self.summary.warningSummary = summary.warningSummary
  }

  /// Adds school steps (for example `import-siecle` when the SIECLE cross-check finds students missing).
  public mutating func addSchoolSteps(_ steps: [Step]) {
    summary.addSchoolSteps(steps)
  }

  /// Adds warnings about the input as a whole, shown near the top of the report.
  ///
  /// With a pseudonymizer, each warning's student is struck from its sentence; build warnings from
  /// pseudonymised findings (``Pseudonymizer/pseudonymize(_:)-RosterFinding``) to be sure no one is named.
  public mutating func addWarnings(_ warnings: [ReportWarning], summary sentence: String? = nil) {
    summary.warnings += hidden(warnings)
    if let sentence { summary.warningSummary = sentence }
  }

  private func hidden(_ warnings: [ReportWarning]) -> [ReportWarning] {
    guard let pseudonymizer else { return warnings }
    return warnings.map(pseudonymizer.pseudonymize)
  }
}
