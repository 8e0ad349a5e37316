import PixReadyCore

/// Everything a Markdown or HTML report shows: where it comes from, every row, the counts, the
/// school steps and the warnings.
///
/// Those reports are read by people for one class or one school, so, unlike the streamed
/// formats, they gather the rows first:
///
/// ```swift
/// var document = ReportDocument(context: context)
/// let summary = try run.run(&source, to: &sink, observe: { document.add($0) })
/// document.complete(with: summary)
/// output.write(HTMLReport().render(document))
/// ```
public struct ReportDocument: Sendable {
  /// Tree, language, source, date, and whether identities were pseudonymised.
  public var context: ReportContext
  /// Every row added, in the order added (input order).
  public private(set) var rows: [ReportRow] = []
  /// The counts of the rows added, with the school steps and warnings given by ``complete(with:)``.
  public private(set) var summary = BatchSummary()

  /// An empty document.
  public init(context: ReportContext) {
    self.context = context
  }

  /// Adds one row (already pseudonymised when the report is anonymised) and counts it.
  public mutating func add(_ row: RowDiagnosis) {
    rows.append(ReportRow(row))
    summary.add(row)
  }

  /// Takes from the run's summary what rows alone do not tell: the school steps (once for the
  /// school), the warnings (SIECLE cross-check) and their summary sentence. Counts stay those of
  /// the rows added, so every row is accounted for exactly once.
  public mutating func complete(with summary: BatchSummary) {
    self.summary.addSchoolSteps(summary.schoolSteps)
    self.summary.warnings = summary.warnings
    self.summary.warningSummary = summary.warningSummary
  }

  /// Adds school steps (for example `import-siecle` when the SIECLE cross-check finds students missing).
  public mutating func addSchoolSteps(_ steps: [Step]) {
    summary.addSchoolSteps(steps)
  }

  /// Adds warnings about the input as a whole, shown near the top of the report.
  public mutating func addWarnings(_ warnings: [ReportWarning], summary sentence: String? = nil) {
    summary.warnings += warnings
    if let sentence { summary.warningSummary = sentence }
  }
}
