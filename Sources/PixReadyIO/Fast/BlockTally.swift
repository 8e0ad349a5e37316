import PixReadyCore

/// The counts of one block's rows, kept as plain integers while rows stream by and turned into a
/// ``BatchSummary`` at the end of the block.
///
/// Rows taken by the fast path are counted by table entry and by class; rows taken by the slow path
/// are added to a summary as ``BatchRun`` adds them. School keys are kept in the order rows first
/// meet them, so merged summaries list school steps in the batch run's order.
struct BlockTally {
  /// The status words, as ``RowDiagnosis/Status/word`` writes them; errors only come from the slow path.
  static let words = ["ready", "action", "support", "pending"]

  private var slow = BatchSummary()
  private var fastRows = 0
  private var entryCounts: [Int32]
  private var touchedEntries: [Int] = []
  private var classes = ByteKeyMap()
  private var classNames: [String] = []
  private var classCounts: [Int32] = []
  private var touchedClasses: [Int] = []
  private var schoolSeen: [Bool] = []
  private var schoolOrder: [Int] = []
  private let encoding: CSVEncoding

  /// Creates empty counts for `plan`'s table.
  init(plan: FastPlan) {
    entryCounts = Array(repeating: 0, count: plan.table.count)
    encoding = plan.dialect.encoding
  }

  /// Counts a fast row on `entry` whose class is the `length` bytes at `classe` (8 readable bytes
  /// past them).
  @inline(__always)
  mutating func add(entry: Int, classe: UnsafePointer<UInt8>, _ length: Int, entries: EntryBytes) {
    fastRows += 1
    if entryCounts[entry] == 0 { touchedEntries.append(entry) }
    entryCounts[entry] += 1
    let known = entries.entry(entry)
    let classIndex: Int
    if let found = classes.find(classe, length) {
      classIndex = Int(found)
    } else {
      classIndex = classNames.count
      classes.insert(classe, length, value: Int32(classIndex))
      classNames.append(encoding.decode(UnsafeBufferPointer(start: classe, count: length)) ?? "")
      classCounts += [Int32](repeating: 0, count: Self.words.count)
    }
    let slot = classIndex * Self.words.count + known.word
    if classCounts[slot] == 0 { touchedClasses.append(slot) }
    classCounts[slot] += 1
    meet(school: known.school)
  }

  /// Counts a slow row.
  mutating func add(_ diagnosis: RowDiagnosis, school: Int) {
    slow.add(diagnosis)
    meet(school: school)
  }

  @inline(__always)
  private mutating func meet(school: Int) {
    if school >= schoolSeen.count { schoolSeen += [Bool](repeating: false, count: school + 1 - schoolSeen.count) }
    if !schoolSeen[school] {
      schoolSeen[school] = true
      schoolOrder.append(school)
    }
  }

  /// The summary of the rows counted since the last call; the counts start again from zero.
  mutating func finish(entries: EntryBytes) -> BatchSummary {
    var summary = slow
    summary.rows += fastRows
    for entry in touchedEntries {
      let count = Int(entryCounts[entry])
      entryCounts[entry] = 0
      if let fact = entries.pendingFacts[entry] {
        summary.pending[fact, default: 0] += count
      } else if let verdict = Verdict(rawValue: Self.words[entries.entry(entry).word]) {
        summary.verdicts[verdict, default: 0] += count
      }
    }
    for slot in touchedClasses {
      let name = classNames[slot / Self.words.count]
      summary.byClass[name, default: [:]][Self.words[slot % Self.words.count], default: 0] += Int(classCounts[slot])
      classCounts[slot] = 0
    }
    for school in schoolOrder {
      summary.addSchoolSteps(entries.steps(school: school))
      schoolSeen[school] = false
    }
    slow = BatchSummary()
    fastRows = 0
    touchedEntries.removeAll(keepingCapacity: true)
    touchedClasses.removeAll(keepingCapacity: true)
    schoolOrder.removeAll(keepingCapacity: true)
    return summary
  }
}
