import PixReadyCore

/// The result for one input row: exactly one per data row, in input order.
public struct RowDiagnosis: Sendable, Equatable {
  /// What became of the row.
  public enum Status: Sendable, Equatable {
    /// The walk reached an outcome.
    case verdict(Verdict)
    /// An answer the path needs is missing: the fact to ask next.
    case pending(fact: String)
    /// A value was not understood.
    case error(RowError)

    /// `ready`, `action`, `support`, `pending` or `error`, as written in files.
    public var word: String {
      switch self {
      case .verdict(let verdict): verdict.rawValue
      case .pending: "pending"
      case .error: "error"
      }
    }
  }

  /// The 1-based data row (the header is not counted).
  public var row: Int
  /// The first physical line of the row in the file.
  public var line: Int
  /// The identity columns.
  public var student: StudentIdentity
  /// The outcome.
  public var status: Status {
    get { outcome.status }
    set { outcome = Outcome(status: newValue, steps: steps, trace: trace, pendingNode: pendingNode) }
  }
  /// The remediation steps, in order (so far, when pending).
  public var steps: [Step] {
    get { outcome.steps }
    set { outcome = Outcome(status: status, steps: newValue, trace: trace, pendingNode: pendingNode) }
  }
  /// The questions met and the answers used.
  public var trace: [Diagnosis.TraceEntry] {
    get { outcome.trace }
    set { outcome = Outcome(status: status, steps: steps, trace: newValue, pendingNode: pendingNode) }
  }
  /// The cells missing at the end of a short row (read as empty), 0 for a full row.
  public var missingCells = 0
  /// For a pending row: the question node where the walk stopped, whose wording is the pending question.
  public var pendingNode: String? {
    get { outcome.pendingNode }
    set { outcome = Outcome(status: status, steps: steps, trace: trace, pendingNode: newValue) }
  }
  /// What the row came to, apart from who it is: shared by every row copied from one row (the rows
  /// the engine decides from one table entry), so that copying or dropping a row counts one
  /// reference instead of four.
  private var outcome: Outcome

  /// The status, steps, trace and pending node of a row, never changed once made.
  private final class Outcome: Sendable {
    let status: Status
    let steps: [Step]
    let trace: [Diagnosis.TraceEntry]
    let pendingNode: String?

    init(status: Status, steps: [Step], trace: [Diagnosis.TraceEntry], pendingNode: String?) {
      self.status = status
      self.steps = steps
      self.trace = trace
      self.pendingNode = pendingNode
    }
  }
  /// The table entry the row was decided from by its bytes, -1 otherwise: rows with the same entry
  /// have the same status, steps and trace, so whoever groups rows by outcome need not compare
  /// them. Not part of equality.
  var tableEntry: Int32 = -1
  /// The code of the row's pseudonym, worked out on a worker for an observer that keeps codes
  /// (``BatchContext/observerPseudonymizer``); `nil` when not worked out. Not part of equality.
  var observedCode: ObservedCode?

  /// A pseudonym's code and the fingerprint of the pseudonymizer that made it.
  struct ObservedCode: Sendable {
    /// ``Pseudonymizer/fingerprint`` of the pseudonymizer.
    var fingerprint: UInt32
    /// ``Pseudonymizer/codeNumber(for:)`` of the row's identity: `nil` when it has nothing to hide.
    var code: UInt32?
  }

  /// Creates a row result.
  public init(
    row: Int, line: Int, student: StudentIdentity, status: Status, steps: [Step] = [],
    trace: [Diagnosis.TraceEntry] = [], pendingNode: String? = nil
  ) {
    self.row = row
    self.line = line
    self.student = student
    outcome = Outcome(status: status, steps: steps, trace: trace, pendingNode: pendingNode)
  }

  /// Whether the two rows are the same row with the same outcome (``tableEntry`` aside).
  public static func == (a: RowDiagnosis, b: RowDiagnosis) -> Bool {
    a.row == b.row && a.line == b.line && a.student == b.student && a.status == b.status && a.steps == b.steps
      && a.trace == b.trace && a.missingCells == b.missingCells && a.pendingNode == b.pendingNode
  }
}
