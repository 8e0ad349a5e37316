import PixReadyCore

/// The counts of a whole fast run, added up block by block in input order, and turned into the
/// ``BatchSummary`` the batch run would have made.
struct RunTotals {
  private var summary = BatchSummary()
  private var fastRows = 0
  private var verdicts = [Int](repeating: 0, count: Verdict.allCases.count)
  private var pending: [String: Int] = [:]
  private var errors = 0
  private var classIndex: [String: Int] = [:]
  private var classNames: [String] = []
  private var classCounts: [Int] = []

  /// Starts with the school steps due to the answers given for the whole class.
  init(schoolSteps: [Step]) {
    summary.addSchoolSteps(schoolSteps)
  }

  /// The rows counted so far.
  var rows: Int { fastRows + summary.rows }

  /// Adds the next block's counts.
  mutating func add(_ block: BlockCounts) {
    fastRows += block.fastRows
    for index in verdicts.indices { verdicts[index] += block.verdicts[index] }
    for (fact, count) in block.pending { pending[fact, default: 0] += count }
    errors += block.errors
    for row in block.rejectedRows { summary.noteRejected(row) }
    let width = BlockTally.words.count
    for (name, counts) in block.classes {
      let index: Int
      if let known = classIndex[name] {
        index = known
      } else {
        index = classNames.count
        classIndex[name] = index
        classNames.append(name)
        classCounts += [Int](repeating: 0, count: width)
      }
      for word in 0..<width { classCounts[index * width + word] += counts[word] }
    }
    if block.slow.rows > 0 {
      summary.merge(block.slow)
    }
    summary.addSchoolSteps(block.schoolSteps)
  }

  /// The summary of every row, as adding them one by one makes it.
  var batchSummary: BatchSummary {
    var total = summary
    total.rows += fastRows
    for (index, verdict) in Verdict.allCases.enumerated() where verdicts[index] > 0 {
      total.verdicts[verdict, default: 0] += verdicts[index]
    }
    for (fact, count) in pending { total.pending[fact, default: 0] += count }
    total.errors += errors
    let width = BlockTally.words.count
    for (index, name) in classNames.enumerated() {
      for word in 0..<width where classCounts[index * width + word] > 0 {
        total.byClass[name, default: [:]][BlockTally.words[word], default: 0] += classCounts[index * width + word]
      }
    }
    return total
  }
}
