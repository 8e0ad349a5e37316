import PixReadyCore

/// The counts of a batch run, kept while rows stream by: they always add up to the rows read.
public struct BatchSummary: Sendable, Equatable {
  /// Data rows read.
  public var rows = 0
  /// Rows by verdict.
  public var verdicts: [Verdict: Int] = [:]
  /// Pending rows, by the fact still needed.
  public var pending: [String: Int] = [:]
  /// Rows rejected.
  public var errors = 0
  /// The first rejected rows by line (at most ``rejectedRowsKept``), to name them in the summary.
  public var rejectedRows: [RejectedRow] = []
  /// Steps due to school answers, once, in order.
  public var schoolSteps: [Step] = []
  /// Rows by class and status word, for the per-class chart.
  public var byClass: [String: [String: Int]] = [:]
  /// Warnings about the input as a whole (SIECLE cross-check), shown after the rows.
  public var warnings: [ReportWarning] = []
  /// One sentence summing up the warnings, if any.
  public var warningSummary: String?
  /// What spreadsheets did to identity cells (lost zeros, scientific notation, two-digit years).
  public var identityDamage = IdentityDamage()
  /// Rows with cells missing at the end (read as empty).
  public var shortRows = 0
  /// The lines of the first ``shortRowLinesKept`` short rows, in file order.
  public var shortRowLines: [Int] = []
  /// How many short-row lines are kept.
  public static let shortRowLinesKept = 10

  /// An empty summary.
  public init() {}

  /// Pending rows in all.
  public var pendingCount: Int { pending.values.reduce(0, +) }

  /// Whether the counts add up to the rows read.
  public var reconciles: Bool {
    verdicts.values.reduce(0, +) + pendingCount + errors == rows
  }

  /// Counts one row.
  public mutating func add(_ diagnosis: RowDiagnosis) {
    rows += 1
    switch diagnosis.status {
    case .verdict(let verdict): verdicts[verdict, default: 0] += 1
    case .pending(let fact): pending[fact, default: 0] += 1
    case .error(let error):
      errors += 1
      noteRejected(RejectedRow(line: diagnosis.line, columns: error.cells.map(\.column)))
    }
    byClass[diagnosis.student[.classe], default: [:]][diagnosis.status.word, default: 0] += 1
    identityDamage.add(diagnosis.student, line: diagnosis.line)
    if diagnosis.missingCells > 0 { addShortRows(1, lines: [diagnosis.line]) }
  }

  private mutating func addShortRows(_ count: Int, lines: [Int]) {
    shortRows += count
    shortRowLines += lines.prefix(max(0, Self.shortRowLinesKept - shortRowLines.count))
  }

  /// How many rejected rows a summary names; the others are counted.
  public static let rejectedRowsKept = 10

  /// A rejected row, as the summary names it.
  public struct RejectedRow: Sendable, Equatable {
    /// The first physical line of the row.
    public var line: Int
    /// The columns of its bad cells.
    public var columns: [String]

    /// Creates a rejected row.
    public init(line: Int, columns: [String]) {
      self.line = line
      self.columns = columns
    }
  }

  /// Keeps `row` if it is among the first rejected rows by line.
  public mutating func noteRejected(_ row: RejectedRow) {
    let position = rejectedRows.firstIndex { $0.line > row.line } ?? rejectedRows.count
    guard position < Self.rejectedRowsKept else { return }
    rejectedRows.insert(row, at: position)
    if rejectedRows.count > Self.rejectedRowsKept { rejectedRows.removeLast() }
  }

  /// Adds school steps not seen yet.
  public mutating func addSchoolSteps(_ steps: [Step]) {
    for step in steps where !schoolSteps.contains(where: { $0.id == step.id }) {
      schoolSteps.append(step)
    }
  }

  /// Merges another summary (from a parallel chunk).
  public mutating func merge(_ other: BatchSummary) {
    rows += other.rows
    verdicts.merge(other.verdicts, uniquingKeysWith: +)
    pending.merge(other.pending, uniquingKeysWith: +)
    errors += other.errors
    addShortRows(other.shortRows, lines: other.shortRowLines)
    for row in other.rejectedRows { noteRejected(row) }
    addSchoolSteps(other.schoolSteps)
    for (classe, counts) in other.byClass {
      byClass[classe, default: [:]].merge(counts, uniquingKeysWith: +)
    }
    identityDamage.merge(other.identityDamage)
  }
}
