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
  public var status: Status
  /// The remediation steps, in order (so far, when pending).
  public var steps: [Step]
  /// The questions met and the answers used.
  public var trace: [Diagnosis.TraceEntry]
  /// The cells missing at the end of a short row (read as empty), 0 for a full row.
  public var missingCells = 0

  /// Creates a row result.
  public init(
    row: Int, line: Int, student: StudentIdentity, status: Status, steps: [Step] = [],
    trace: [Diagnosis.TraceEntry] = []
  ) {
    self.row = row
    self.line = line
    self.student = student
    self.status = status
    self.steps = steps
    self.trace = trace
  }
}

/// Why a row was rejected, with where and the accepted values.
public struct RowError: Sendable, Equatable {
  /// The stable codes.
  public enum Code: String, Sendable, CaseIterable {
    /// A cell holds a value the tree does not accept for its fact.
    case unknownValue = "unknown-value"
    /// The row's bytes could not be decoded.
    case invalidText = "invalid-text"
    /// The row has one cell where the header has several (another delimiter), or more filled cells
    /// than the header (a stray delimiter shifts them): nothing of it is copied.
    case cellCount = "cell-count"
  }

  /// The stable code.
  public var code: Code
  /// The column header, as written in the file.
  public var column: String
  /// The value found.
  public var value: String
  /// The fact the column holds.
  public var fact: String?
  /// The accepted spellings (labels) of the fact's values.
  public var accepted: [String]
  /// The cell in a workbook (`Élèves!F12`); `nil` for CSV, whose line is the row's.
  public var cell: String?
  /// For ``Code/cellCount``: the cells the header has (`value` holds the cells found).
  public var expectedCells: Int?

  /// Creates a row error.
  public init(
    code: Code, column: String, value: String, fact: String?, accepted: [String], cell: String? = nil,
    expectedCells: Int? = nil
  ) {
    self.expectedCells = expectedCells
    self.code = code
    self.column = column
    self.value = value
    self.fact = fact
    self.accepted = accepted
    self.cell = cell
  }
}
