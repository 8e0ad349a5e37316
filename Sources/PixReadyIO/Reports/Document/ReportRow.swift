import PixReadyCore

/// One input row as a gathered report keeps it: identity, outcome, step ids and the answers used.
///
/// Smaller than a ``RowDiagnosis``: steps are kept by id and found again in the tree when rendering.
public struct ReportRow: Sendable, Equatable {
  /// The 1-based data row (the header is not counted).
  public var row: Int
  /// The first physical line of the row in the file.
  public var line: Int
  /// The identity columns.
  public var student: StudentIdentity
  /// The outcome.
  public var status: RowDiagnosis.Status
  /// The ids of the remediation steps, in order (so far, when pending).
  public var stepIDs: [String]
  /// The questions met and the answers used.
  public var trace: [Diagnosis.TraceEntry]

  /// Keeps what a report needs of `diagnosis`.
  public init(_ diagnosis: RowDiagnosis) {
    row = diagnosis.row
    line = diagnosis.line
    student = diagnosis.student
    status = diagnosis.status
    stepIDs = diagnosis.steps.map(\.id)
    trace = diagnosis.trace
  }
}
