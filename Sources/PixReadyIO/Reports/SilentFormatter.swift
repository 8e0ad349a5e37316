/// Writes nothing: for the Markdown and HTML reports, whose rows are gathered into a
/// ``ReportDocument`` by the run's `observe` callback and rendered once the run is over.
public struct SilentFormatter: ReportFormatter {
  /// Creates the formatter.
  public init() {}

  /// Nothing.
  public func header() -> String { "" }

  /// Nothing.
  public func row(_ diagnosis: RowDiagnosis, index: Int) -> String { "" }

  /// Nothing.
  public func footer(_ summary: BatchSummary) -> String { "" }
}

extension SilentFormatter: LaidOutFormatter {
  var rowLayout: RowLayout { .silent }

  /// Nothing.
  func outcomeBytes(_ diagnosis: RowDiagnosis) -> [UInt8] { [] }
}
