import PixReadyCore

/// The counts of one block's rows, kept as plain integers while rows stream by and handed over as
/// a ``BatchSummary`` at the end of the block, to be merged in input order.
///
/// Rows taken by the byte path are counted by outcome and by class; rows taken by the decoding path
/// are added to the summary row by row. School keys are kept in the order rows first
/// meet them, so the run lists school steps in the batch run's order.
struct BlockTally {
  /// The status words, as ``RowDiagnosis/Status/word`` writes them: the verdicts, in
  /// `Verdict.allCases` order, then `pending` and `error`.
  static let words = Verdict.allCases.map(\.rawValue) + ["pending", "error"]
  /// The index of `error` in ``words``.
  static let errorWord = words.count - 1

  private var slow = BatchSummary()
  private var fastRows = 0
  private var outcomeCounts: [Int32]
  private var touchedOutcomes: [Int] = []
  /// The first rejected fast rows of the block: their line and outcome.
  private var rejected: [(line: Int, outcome: Int)] = []
  private var classes = ByteKeyMap()
  private var classNames: [String] = []
  private var classCounts: [Int32] = []
  private var touchedClasses: [Int] = []
  private var classTouched: [Bool] = []
  private var schoolSeen: [Bool] = []
  private var schoolOrder: [Int] = []
  private let encoding: CSVEncoding

  /// Creates empty counts for `plan`'s table.
  init(plan: BlockPlan) {
    outcomeCounts = Array(repeating: 0, count: plan.table?.count ?? 0)
    encoding = plan.dialect.encoding
  }

  /// Counts a fast row with outcome `index` whose class is the `length` bytes at `classe` (8
  /// readable bytes past them).
  @inline(__always)
  mutating func add(
    outcome index: Int, _ outcome: RowOutcomes.Outcome, line: Int, classe: UnsafePointer<UInt8>, _ length: Int
  ) {
    fastRows += 1
    if outcome.word == Self.errorWord, rejected.count < BatchSummary.rejectedRowsKept {
      rejected.append((line, index))
    }
    if index >= outcomeCounts.count { outcomeCounts += [Int32](repeating: 0, count: index + 1 - outcomeCounts.count) }
    if outcomeCounts[index] == 0 { touchedOutcomes.append(index) }
    outcomeCounts[index] += 1
    let classIndex: Int
    if let found = classes.find(classe, length) {
      classIndex = Int(found)
    } else {
      classIndex = classNames.count
      classes.insert(classe, length, value: Int32(classIndex))
      classNames.append(encoding.decode(UnsafeBufferPointer(start: classe, count: length)) ?? "")
      classCounts += [Int32](repeating: 0, count: Self.words.count)
      classTouched.append(false)
    }
    if !classTouched[classIndex] {
      classTouched[classIndex] = true
      touchedClasses.append(classIndex)
    }
    classCounts[classIndex * Self.words.count + outcome.word] += 1
    meet(school: outcome.school)
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

  /// The summary of the rows seen since the last call; the counts start again from zero.
  mutating func finish(outcomes: inout RowOutcomes) -> BatchSummary {
    var summary = slow
    summary.rows += fastRows
    for index in touchedOutcomes {
      let count = Int(outcomeCounts[index])
      outcomeCounts[index] = 0
      let word = outcomes.outcome(index).word
      if word == Self.errorWord {
        summary.errors += count
      } else if let fact = outcomes.pendingFacts[index] {
        summary.pending[fact, default: 0] += count
      } else if word < Verdict.allCases.count {
        summary.verdicts[Verdict.allCases[word], default: 0] += count
      }
    }
    for row in rejected {
      summary.noteRejected(
        BatchSummary.RejectedRow(line: row.line, columns: outcomes.rejectedColumns[row.outcome] ?? []))
    }
    rejected.removeAll(keepingCapacity: true)
    let width = Self.words.count
    for classIndex in touchedClasses {
      for word in 0..<width where classCounts[classIndex * width + word] > 0 {
        summary.byClass[classNames[classIndex], default: [:]][Self.words[word], default: 0] +=
          Int(classCounts[classIndex * width + word])
        classCounts[classIndex * width + word] = 0
      }
      classTouched[classIndex] = false
    }
    for school in schoolOrder {
      summary.addSchoolSteps(outcomes.steps(school: school))
      schoolSeen[school] = false
    }
    slow = BatchSummary()
    fastRows = 0
    touchedOutcomes.removeAll(keepingCapacity: true)
    touchedClasses.removeAll(keepingCapacity: true)
    schoolOrder.removeAll(keepingCapacity: true)
    return summary
  }
}
