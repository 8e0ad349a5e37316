import PixReadyCore

/// What the byte path knows about each outcome a row can have, learnt the first time a row has it:
/// the report bytes after the identity, the status, and the school answers on its path.
///
/// Outcomes are the table's entries, then one per value not understood in a column (a rejected
/// row's report depends only on the column and the text). Their bytes come from the formatter
/// (``LaidOutFormatter/outcomeBytes(_:)``), which builds its own rows from the same bytes.
struct RowOutcomes {
  /// What is known of one outcome.
  struct Outcome {
    /// Where its bytes start in the arena; negative before it is learnt.
    var start = -1
    /// How many bytes.
    var count = 0
    /// Whether the decoding path must write its rows.
    var slow = false
    /// ``BlockTally/words`` index of its status.
    var word = 0
    /// Its school key, an index in ``schoolKeys``.
    var school = 0
    /// Where its diagnosis is in ``diagnoses``, when rows are kept for an observer; -1 otherwise.
    var diagnosis: Int32 = -1
  }

  private let plan: BlockPlan
  private var known: [Outcome]
  /// The learnt bytes; `arenaBase` is its first byte, kept here so reading it retains nothing.
  private var arena = ByteBuffer(capacity: 1 << 12)
  private var arenaBase: UnsafeMutablePointer<UInt8>
  /// The fact still needed, for pending outcomes.
  private(set) var pendingFacts: [Int: String] = [:]
  /// The columns of the bad cells, for rejection outcomes.
  private(set) var rejectedColumns: [Int: [String]] = [:]
  /// The diagnosis of each outcome learnt, with an empty identity, when rows are kept for an
  /// observer: a kept row is this with its row, line and identity (``diagnosis(of:)``).
  private var diagnoses: [RowDiagnosis] = []
  private var schoolKeys: [[SchoolAnswer]] = []
  private var schoolIndex: [[SchoolAnswer]: Int] = [:]
  private var schoolSteps: [Int: [Step]] = [:]

  /// Creates an empty cache for `plan`'s table.
  init(plan: BlockPlan) {
    self.plan = plan
    known = Array(repeating: Outcome(), count: plan.table?.count ?? 0)
    arenaBase = arena.base
  }

  /// The number of outcomes known so far (the table's entries included).
  var count: Int { known.count }

  /// The diagnosis of a learnt outcome, with an empty identity, when rows are kept for an observer.
  @inline(__always)
  func diagnosis(of outcome: Outcome) -> RowDiagnosis? {
    outcome.diagnosis >= 0 ? diagnoses[Int(outcome.diagnosis)] : nil
  }

  private mutating func keep(_ diagnosis: RowDiagnosis, for index: Int) {
    known[index].diagnosis = Int32(diagnoses.count)
    diagnoses.append(diagnosis)
  }

  /// The outcome, learnt if needed.
  @inline(__always)
  mutating func outcome(_ index: Int) -> Outcome {
    if known[index].start < 0, !known[index].slow { learnEntry(index) }
    return known[index]
  }

  /// The bytes after the identity of a row with `outcome` (learnt, not slow), valid until the next
  /// outcome is learnt.
  @inline(__always)
  func suffix(_ outcome: Outcome) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: arenaBase + outcome.start, count: outcome.count)
  }

  /// The index of the school answers in `trace`.
  mutating func schoolKey(_ trace: [Diagnosis.TraceEntry]) -> Int {
    let key = trace.filter { plan.schoolFacts.contains($0.fact) }.map { SchoolAnswer(fact: $0.fact, answer: $0.answer) }
    if let index = schoolIndex[key] { return index }
    schoolKeys.append(key)
    schoolIndex[key] = schoolKeys.count - 1
    return schoolKeys.count - 1
  }

  /// The steps due to the school answers of key `index`, as the batch run counts them.
  mutating func steps(school index: Int) -> [Step] {
    if let steps = schoolSteps[index] { return steps }
    let answers = Dictionary(
      schoolKeys[index].map { ($0.fact, $0.answer) }, uniquingKeysWith: { first, _ in first })
    let steps = plan.diagnoser.schoolSteps(answers)
    schoolSteps[index] = steps
    return steps
  }

  /// Learns the outcome of a row rejected for `text` in the column of fact slot `slot`, and
  /// returns its index; the diagnoser itself says what such a row is.
  mutating func learnRejection(slot: Int, text: String) -> Int {
    let column = plan.slots[slot].column
    var fields = [String](repeating: "", count: max(plan.diagnoser.columns.headers.count, column + 1))
    fields[column] = text
    var diagnoser = plan.diagnoser
    let diagnosis = diagnoser.diagnose(fields: fields, row: 0, line: 0)
    known.append(Outcome())
    let index = known.count - 1
    guard case .error = diagnosis.status else {
      known[index].slow = true
      return index
    }
    known[index].word = BlockTally.errorWord
    if case .error(let error) = diagnosis.status { rejectedColumns[index] = error.cells.map(\.column) }
    if plan.keepsRows { keep(diagnosis, for: index) }
    learn(index, status: diagnosis.status, steps: diagnosis.steps, trace: diagnosis.trace)
    return index
  }

  /// The diagnosis of entry `entry` of `plan`'s table (which it has), with an empty identity and
  /// no row or line: what every row with that entry is, identity aside.
  static func template(entry: Int, plan: BlockPlan) -> RowDiagnosis {
    guard let table = plan.table else { preconditionFailure("a table entry comes from a plan with a table") }
    let diagnosis = table.diagnosis(entry: entry)
    let status: RowDiagnosis.Status =
      switch diagnosis.outcome {
      case .complete(let conclusion): .verdict(conclusion.verdict)
      case .pending(let missing): .pending(fact: missing.fact)
      }
    return RowDiagnosis(
      row: 0, line: 0, student: StudentIdentity(), status: status, steps: diagnosis.steps,
      trace: diagnosis.trace, pendingNode: diagnosis.missing?.node)
  }

  private mutating func learnEntry(_ index: Int) {
    guard plan.table != nil else {
      known[index].slow = true
      return
    }
    let template = Self.template(entry: index, plan: plan)
    if case .pending(let fact) = template.status { pendingFacts[index] = fact }
    known[index].word = BlockTally.words.firstIndex(of: template.status.word) ?? 0
    if plan.keepsRows { keep(template, for: index) }
    learn(
      index, status: template.status, steps: template.steps, trace: template.trace,
      pendingNode: template.pendingNode)
  }

  private mutating func learn(
    _ index: Int, status: RowDiagnosis.Status, steps: [Step], trace: [Diagnosis.TraceEntry],
    pendingNode: String? = nil
  ) {
    known[index].school = schoolKey(trace)
    // An empty identity has nothing to pseudonymise: only rejected values are hidden.
    let empty = plan.shown(
      RowDiagnosis(
        row: 0, line: 0, student: StudentIdentity(), status: status, steps: steps, trace: trace,
        pendingNode: pendingNode))
    guard let laidOut = plan.laidOut else {
      known[index].slow = true
      return
    }
    let suffix = laidOut.outcomeBytes(empty)
    if !isKnownUniquelyReferenced(&arena) {
      // A copy of these outcomes shares the arena: take one of its own (copy on write).
      let copy = ByteBuffer(capacity: arena.capacity)
      copy.append(arena.bytes)
      arena = copy
    }
    known[index].start = arena.count
    known[index].count = suffix.count
    suffix.withUnsafeBytes { arena.append($0) }
    arenaBase = arena.base
  }
}
