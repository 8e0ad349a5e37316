import PixReadyCore

/// What the fast path knows about each table entry, learnt the first time a row lands on it: the
/// report bytes after the identity, the status, and the school answers on its path.
///
/// The bytes come from the formatter (a row with an empty identity) and are checked once against
/// the formatter's own output for a sample identity; an entry that does not match is left to the
/// slow path. Owned by one worker.
final class EntryBytes {
  /// What is known of one entry.
  struct Entry {
    /// Where its bytes start in the arena; negative before it is learnt.
    var start = -1
    /// How many bytes.
    var count = 0
    /// Whether the slow path must write its rows.
    var slow = false
    /// ``BlockTally/words`` index of its status.
    var word = 0
    /// Its school key, an index in ``schoolKeys``.
    var school = 0
  }

  private let plan: FastPlan
  private var known: [Entry]
  private let arena = ByteBuffer(capacity: 1 << 12)
  /// The fact still needed, for pending entries.
  private(set) var pendingFacts: [Int: String] = [:]
  /// The distinct school answers met, in the order they were first seen by this worker.
  private(set) var schoolKeys: [[SchoolAnswer]] = []
  private var schoolIndex: [[SchoolAnswer]: Int] = [:]
  private var schoolSteps: [Int: [Step]] = [:]

  /// Creates an empty cache for `plan`'s table.
  init(plan: FastPlan) {
    self.plan = plan
    known = Array(repeating: Entry(), count: plan.table.count)
  }

  /// The entry, learnt if needed.
  @inline(__always)
  func entry(_ index: Int) -> Entry {
    if known[index].start < 0, !known[index].slow { learn(index) }
    return known[index]
  }

  /// The bytes after the identity of a row on `index`, or `nil` when the slow path writes it.
  /// Valid until the next call.
  @inline(__always)
  func suffix(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
    let entry = entry(index)
    guard !entry.slow else { return nil }
    return UnsafeBufferPointer(start: arena.base + entry.start, count: entry.count)
  }

  /// The index of the school answers in `trace`.
  func schoolKey(_ trace: [Diagnosis.TraceEntry]) -> Int {
    let key = trace.filter { plan.schoolFacts.contains($0.fact) }.map { SchoolAnswer(fact: $0.fact, answer: $0.answer) }
    if let index = schoolIndex[key] { return index }
    schoolKeys.append(key)
    schoolIndex[key] = schoolKeys.count - 1
    return schoolKeys.count - 1
  }

  /// The steps due to the school answers of key `index`, as the batch run counts them.
  func steps(school index: Int) -> [Step] {
    if let steps = schoolSteps[index] { return steps }
    let answers = Dictionary(
      schoolKeys[index].map { ($0.fact, $0.answer) }, uniquingKeysWith: { first, _ in first })
    let steps = plan.diagnoser.schoolSteps(answers)
    schoolSteps[index] = steps
    return steps
  }

  private func learn(_ index: Int) {
    let diagnosis = plan.table.diagnosis(entry: index)
    let status: RowDiagnosis.Status
    if let verdict = diagnosis.verdict {
      status = .verdict(verdict)
      known[index].word = BlockTally.words.firstIndex(of: verdict.rawValue) ?? 0
    } else {
      let fact = diagnosis.missingFact?.fact ?? ""
      status = .pending(fact: fact)
      pendingFacts[index] = fact
      known[index].word = BlockTally.words.firstIndex(of: "pending") ?? 0
    }
    known[index].school = schoolKey(diagnosis.trace)
    let empty = RowDiagnosis(
      row: 0, line: 0, student: StudentIdentity(), status: status, steps: diagnosis.steps, trace: diagnosis.trace)
    guard let suffix = plan.shape.suffix(ofEmptyRow: plan.formatter.row(empty, index: 1)),
      matchesFormatter(empty, suffix: suffix)
    else {
      known[index].slow = true
      return
    }
    known[index].start = arena.count
    known[index].count = suffix.count
    arena.append(suffix)
  }

  /// A sample identity: accents, an absent field, an empty one.
  private static let probe = StudentIdentity(values: [
    .ine: "070123400AB", .nom: "Lefèvre", .prenom: "Zoé", .classe: "",
  ])

  /// Whether the fast path's row for the sample identity is the formatter's, byte for byte.
  private func matchesFormatter(_ empty: RowDiagnosis, suffix: [UInt8]) -> Bool {
    var sample = empty
    sample.student = Self.probe
    sample.row = 1234
    sample.line = 56789
    let expected = Array(plan.formatter.row(sample, index: sample.row - 1).utf8)
    let fields = StudentIdentity.Field.allCases
    var present: UInt8 = 0
    for (index, field) in fields.enumerated() where Self.probe.values[field] != nil { present |= 1 << index }
    let output = ByteBuffer(capacity: expected.count)
    suffix.withUnsafeBufferPointer { suffix in
      plan.shape.write(row: sample.row, line: sample.line, present: present, suffix: suffix, to: output) { field in
        output.append(Self.probe[fields[field]])
      }
    }
    return Array(output.bytes) == expected
  }
}
