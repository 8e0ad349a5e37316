/// Wraps a streamed format (CSV, JSON, JSON Lines) so that every row and warning it writes is
/// pseudonymised, while the batch run and its observers (the SIECLE cross-check) still see the
/// real identities.
///
/// ```swift
/// let formatter = PseudonymizingFormatter(CSVReportFormatter(context: context), pseudonymizer: pseudonymizer)
/// ```
///
/// The context given to the wrapped formatter should have ``ReportContext/anonymized`` set, so
/// that the JSON document says so.
public struct PseudonymizingFormatter: ReportFormatter {
  /// The format written.
  public let base: any ReportFormatter
  /// The pseudonymizer applied to rows and warnings.
  public let pseudonymizer: Pseudonymizer

  /// Wraps `base`.
  public init(_ base: any ReportFormatter, pseudonymizer: Pseudonymizer) {
    self.base = base
    self.pseudonymizer = pseudonymizer
  }

  /// The wrapped format's header.
  public func header() -> String { base.header() }

  /// The wrapped format's row, for the pseudonymised row.
  public func row(_ diagnosis: RowDiagnosis, index: Int) -> String {
    base.row(pseudonymizer.pseudonymize(diagnosis), index: index)
  }

  /// The wrapped format's footer, with every warning pseudonymised.
  public func footer(_ summary: BatchSummary) -> String {
    var hidden = summary
    hidden.warnings = summary.warnings.map(pseudonymizer.pseudonymize)
    return base.footer(hidden)
  }
}
