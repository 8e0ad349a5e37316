import PixReadyCore

/// What a row came to, apart from who it is: the status, the step ids and the answers used.
///
/// Thousands of rows share one outcome, so a ``ReportDocument`` keeps each outcome once and, per
/// row, only its index in ``ReportDocument/outcomes``.
public struct ReportOutcome: Sendable, Equatable {
  /// The outcome.
  public var status: RowDiagnosis.Status
  /// The ids of the remediation steps, in order (so far, when pending).
  public var stepIDs: [String]
  /// The questions met and the answers used.
  public var trace: [Diagnosis.TraceEntry]

  /// The outcome of `diagnosis`.
  public init(_ diagnosis: RowDiagnosis) {
    status = diagnosis.status
    stepIDs = diagnosis.steps.map(\.id)
    trace = diagnosis.trace
  }
}

/// The outcomes met, each once, in the order first met; a row points at its outcome by index.
struct OutcomeTable {
  /// The distinct outcomes, in the order first met.
  private(set) var outcomes: [ReportOutcome] = []
  /// How many rows have each outcome.
  private(set) var counts: [Int] = []
  private var indices: [Key: Int32] = [:]
  private var last: (key: Key, index: Int32)?
  /// The outcome of each table entry met (``RowDiagnosis/tableEntry``) below ``directEntries``,
  /// -1 for one not met yet: looked up for every row, so an array rather than a dictionary.
  private var byDirectEntry: [Int32] = []
  /// The outcome of each table entry met from ``directEntries`` on (a tree with many facts).
  private var byEntry: [Int32: Int32] = [:]
  private static let directEntries = 1 << 16

  /// The index of the outcome of `diagnosis`, added when new; counts one more row for it.
  mutating func intern(_ diagnosis: RowDiagnosis) -> Int32 {
    guard diagnosis.tableEntry >= 0 else { return internByKey(diagnosis) }
    return counted(entry: diagnosis.tableEntry) ?? intern(entry: diagnosis.tableEntry, diagnosis)
  }

  /// The index of the outcome of table entry `entry` when it was met before, counting one more
  /// row for it; `nil` otherwise (then ``intern(entry:_:)``).
  @inline(__always)
  mutating func counted(entry: Int32) -> Int32? {
    let direct = Int(entry)
    let known =
      if direct < Self.directEntries {
        direct < byDirectEntry.count && byDirectEntry[direct] >= 0 ? byDirectEntry[direct] : nil
      } else {
        byEntry[entry]
      }
    if let known { counts[Int(known)] += 1 }
    return known
  }

  /// The index of the outcome of table entry `entry`, not met before, added from `diagnosis` (a
  /// row with that entry); counts one row for it.
  mutating func intern(entry: Int32, _ diagnosis: RowDiagnosis) -> Int32 {
    let index = internByKey(diagnosis)
    let direct = Int(entry)
    if direct < Self.directEntries {
      if direct >= byDirectEntry.count {
        byDirectEntry += repeatElement(-1, count: direct + 1 - byDirectEntry.count)
      }
      byDirectEntry[direct] = index
    } else {
      byEntry[entry] = index
    }
    return index
  }

  private mutating func internByKey(_ diagnosis: RowDiagnosis) -> Int32 {
    let key = Key(status: diagnosis.status, steps: diagnosis.steps, trace: diagnosis.trace)
    // Neighbouring rows often share their outcome: no hashing for them.
    if let last, last.key == key {
      counts[Int(last.index)] += 1
      return last.index
    }
    let index: Int32
    if let known = indices[key] {
      index = known
    } else {
      index = Int32(outcomes.count)
      indices[key] = index
      outcomes.append(ReportOutcome(diagnosis))
      counts.append(0)
    }
    counts[Int(index)] += 1
    last = (key, index)
    return index
  }

  /// The parts of a row's diagnosis that make its outcome; steps compared by id.
  private struct Key: Hashable {
    var status: RowDiagnosis.Status
    var steps: [Step]
    var trace: [Diagnosis.TraceEntry]

    static func == (a: Key, b: Key) -> Bool {
      a.status == b.status && a.trace == b.trace && a.steps.count == b.steps.count
        && zip(a.steps, b.steps).allSatisfy { $0.id == $1.id }
    }

    /// Hashes what tells outcomes apart quickest (the status and the answers); equality does the rest.
    func hash(into hasher: inout Hasher) {
      switch status {
      case .verdict(let verdict): hasher.combine(verdict.rawValue)
      case .pending(let fact): hasher.combine(fact)
      case .error: hasher.combine(0)
      }
      hasher.combine(steps.count)
      hasher.combine(trace.count)
      for entry in trace { hasher.combine(entry.answer) }
    }
  }
}
