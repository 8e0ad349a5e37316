import PixReadyCore

/// Diagnoses and formats the rows of blocks, straight from their bytes when it can.
///
/// A row whose cells all have a known meaning and whose identity needs no change is decided by
/// adding its cells' codes to a table entry, and written as its identity bytes followed by the
/// outcome's bytes; a value not understood gives a rejection outcome the same way. Any other row
/// (text to trim, quote or decode the slow way, a broken record), and every row when the plan does
/// not read bytes, goes through ``BatchDiagnoser`` and the formatter. A worker is a value used by one thread at a time (so its
/// row loop pays no dynamic exclusivity check) and keeps what it learnt from block to block.
struct BlockWorker {
  private let plan: BlockPlan
  private let reader: AnswerReader
  private var diagnoser: BatchDiagnoser
  private var cells = ByteKeyMap()
  private var cellCounts: [Int]
  private var outcomes: RowOutcomes
  private var tally: BlockTally
  private let scanner: CSVScanner
  private var fields: [CSVScanner.Field] = []
  /// The rows of the block being processed, when the plan keeps them for an observer (only those
  /// not kept compact, when it keeps rows compact).
  private var kept: [RowDiagnosis] = []
  /// Every row of the block being processed, when the plan keeps rows compact.
  private var compact: [ObservedRows.Compact] = []
  /// The cells compact rows hold (``ObservedRows/Request/cells``).
  private let compactCells: UInt8
  /// ``ObservedRows/fieldIndices``, kept here: read for every cell of a compact row, not through
  /// a lazy global.
  private let compactFields = ObservedRows.fieldIndices
  /// The codes of the pseudonyms written, worked out at the block's end.
  private let cellCodes: DeferredCodes?
  /// The codes of the rows kept for an observer, worked out at the block's end.
  private let observedCodes: DeferredCodes?
  /// Where the identity cells of compact rows go, while a block is processed (when the plan keeps
  /// rows compact): held here rather than passed down, so the row loop of other runs is unchanged.
  private var observed: ByteWriter?

  /// The most distinct texts remembered per column, as the decoding path does.
  private static let cellMemoLimit = 4096
  /// The longest cell remembered: real answers are short; long distinct texts would make memory grow.
  private static let cellMemoLength = 256
  /// A remembered text that sends its row to the decoding path.
  private static let slowCell = Int32.min
  /// Remembered texts at or below this are rejections: `rejection - outcome index`.
  private static let rejection: Int32 = -(1 << 28)

  /// Creates a worker for `plan`.
  init(plan: BlockPlan) {
    self.plan = plan
    reader = AnswerReader(tree: plan.diagnoser.tree)
    diagnoser = plan.diagnoser
    cellCounts = Array(repeating: 0, count: plan.slots.count)
    outcomes = RowOutcomes(plan: plan)
    tally = BlockTally(plan: plan)
    scanner = CSVScanner(delimiter: plan.dialect.delimiter)
    cellCodes = plan.pseudonyms.map { DeferredCodes(pseudonymizer: $0.pseudonymizer) }
    observedCodes = plan.observerPseudonymizer.map(DeferredCodes.init)
    compactCells = plan.compactRows?.cells ?? 0
  }

  /// Diagnoses every record of `job`, filling its output, counts and (when kept) rows.
  mutating func process(_ job: BlockJob) {
    let base = UnsafePointer(job.input.base)
    var output = ByteWriter(job.output)
    var slowRows = 0
    if plan.keepsCompactRows { observed = ByteWriter(job.observedBytes) }
    let records = job.records.records
    let cells = UnsafeMutablePointer<Int>.allocate(capacity: 2 * StudentIdentity.Field.allCases.count)
    defer { cells.deallocate() }
    for index in 0..<records.count {
      let row = job.firstRow + index
      let record = records[index]
      let start = Int(record.start)
      let end = Int(record.end)
      if !plan.readsBytes
        || !fastRow(
          base, start, end, row: row, line: record.line, identity: cells, output: &output)
      {
        slowRows += 1
        let bytes = UnsafeBufferPointer(start: base + start, count: end - start)
        _ = scanner.scan(bytes, from: 0, atEnd: true, fields: &fields)
        let record = scanner.record(fields, in: bytes, encoding: plan.dialect.encoding, line: record.line)
        let diagnosis = slowRow(record, row: row, output: &output)
        if plan.keepsRows { keepWhole(diagnosis, line: record.line) }
      }
    }
    output.commit()
    observed?.commit()
    observed = nil
    cellCodes?.finish(output: job.output, rows: &kept, compact: &compact)
    observedCodes?.finish(output: job.output, rows: &kept, compact: &compact)
    if plan.keepsRows {
      swap(&kept, &job.diagnoses)
      kept.removeAll(keepingCapacity: true)
      swap(&compact, &job.compact)
      compact.removeAll(keepingCapacity: true)
    }
    job.summary = finish()
    job.byteRows = job.rows - slowRows
  }

  /// Diagnoses one decoded record with ``BatchDiagnoser``, writes its formatted row and counts it.
  @discardableResult
  mutating func slowRow(_ record: SourceRecord, row: Int, output: inout ByteWriter) -> RowDiagnosis {
    let diagnosis = diagnoser.diagnose(
      fields: record.fields, row: row, line: record.line, problem: record.problem, cells: record.cells)
    output.append(plan.formatter.row(plan.shown(diagnosis), index: row - 1))
    tally.add(diagnosis, school: outcomes.schoolKey(diagnosis.trace))
    return diagnosis
  }

  /// Keeps a row given whole for the observer; in order among compact rows, when there are some.
  private mutating func keepWhole(_ diagnosis: RowDiagnosis, line: Int) {
    kept.append(diagnosis)
    guard plan.keepsCompactRows else { return }
    let end = UInt32(observed?.count ?? 0)
    compact.append(
      ObservedRows.Compact(
        line: Int32(clamping: line), entry: ObservedRows.nextFull, start: end, ends: (end, end, end, end, end)))
  }

  /// Keeps a row decided from its bytes whole for the observer: its outcome's diagnosis with its
  /// row, line, identity and code, with its table entry unless it is rejected. `false` when a cell
  /// does not decode (the row then goes the decoding way).
  ///
  /// Not inlined, and given the cells' places (as ``keepCompact(entry:line:present:_:identity:)``):
  /// the row loop stays as it is for runs without observer.
  @inline(never)
  private mutating func keepDecided(
    _ outcome: RowOutcomes.Outcome, entry: Int?, row: Int, line: Int, present: UInt8, _ base: UnsafePointer<UInt8>,
    identity: UnsafeMutablePointer<Int>
  ) -> Bool {
    let input = InputCells(
      base: base, starts: identity, ends: identity + StudentIdentity.Field.allCases.count, copier: plan.copier)
    guard var kept = outcomes.diagnosis(of: outcome), let student = input.student(present: present) else {
      return false
    }
    kept.row = row
    kept.line = line
    kept.student = student
    if let codes = observedCodes, !Pseudonymizer.isPseudonym(student) {
      kept.observedCode = codes.observe(student, row: self.kept.count)
    }
    // Rejection outcomes are numbered by each worker as it meets them: only entries are shared.
    if let entry { kept.tableEntry = Int32(entry) }
    keepWhole(kept, line: line)
    return true
  }

  /// Keeps a row decided from its bytes with table entry `entry` compact for the observer: its
  /// identity cells copied (as UTF-8) to ``observed``, and its code when the observer's rows carry
  /// one. `false` when the row is to be kept whole: with codes, a row already a pseudonym or with
  /// nothing to hide; with a roster screen, a row it does not find surely unknown to SIECLE.
  ///
  /// Not inlined, and given the cells' places rather than ``InputCells`` (whose copier holds three
  /// arrays): the row loop of a run without observer then retains nothing more per row.
  @inline(never)
  private mutating func keepCompact(
    entry: Int, line: Int, present: UInt8, _ base: UnsafePointer<UInt8>, identity: UnsafeMutablePointer<Int>
  ) -> Bool {
    guard var writer = observed else { return false }
    if plan.screensRows, !screened(base, identity, present: present) { return false }
    let ends = identity + StudentIdentity.Field.allCases.count
    var row = ObservedRows.Compact(
      line: Int32(clamping: line), entry: Int32(entry), start: UInt32(writer.count), ends: (0, 0, 0, 0, 0))
    if let pseudonyms = plan.observerPseudonyms, let codes = observedCodes {
      let input = InputCells(base: base, starts: identity, ends: ends, copier: plan.copier)
      switch pseudonyms.code(input, present: present, deferred: codes) {
      case nil, .none?: return false
      case .known(let code)?: row.code = code
      case .deferred(let index)?: codes.observeCompact(row: compact.count, code: index)
      }
    }
    for cell in 0..<ObservedRows.Cell.count {
      let field = compactFields[cell]
      if compactCells & (1 << cell) != 0, present & (1 << field) != 0 {
        plan.copier.append(base + identity[field], ends[field] - identity[field], to: &writer)
      }
      let end = UInt32(writer.count)
      switch cell {
      case 0: row.ends.0 = end
      case 1: row.ends.1 = end
      case 2: row.ends.2 = end
      case 3: row.ends.3 = end
      default: row.ends.4 = end
      }
    }
    compact.append(row)
    observed = writer
    return true
  }

  /// Whether the plan's roster screen finds the row surely unknown to SIECLE, from its INE and
  /// names (cells placed as in ``keepCompact(entry:line:present:_:identity:)``).
  @inline(never)
  private func screened(_ base: UnsafePointer<UInt8>, _ identity: UnsafeMutablePointer<Int>, present: UInt8) -> Bool {
    let ends = identity + StudentIdentity.Field.allCases.count
    func cell(_ field: Int) -> UnsafeBufferPointer<UInt8> {
      guard present & (1 << field) != 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
      return UnsafeBufferPointer(start: base + identity[field], count: ends[field] - identity[field])
    }
    // The screen's bytes read in place (optional chaining, no copy): the screen itself, a class
    // every worker shares, is reached only for the rows its bytes cannot tell.
    let sure = plan.screenBytes?.surelyUnknown(
      ine: cell(StudentIdentity.Field.ine.position), lastName: cell(StudentIdentity.Field.nom.position),
      firstName: cell(StudentIdentity.Field.prenom.position), utf8: plan.dialect.encoding == .utf8
    ) {
      plan.rosterScreen?.surelyUnknownByMatching { field in plan.dialect.encoding.decode(cell(field.position)) }
        ?? true
    }
    return sure ?? true
  }

  /// The summary of the rows seen since the last call, ready to merge; starts a new block.
  mutating func finish() -> BatchSummary {
    tally.finish(outcomes: &outcomes)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Writes and counts the record in `start..<end` if the byte path can take it; `false` otherwise
  /// (nothing is written then). `identity` holds each identity cell's start, then its end.
  @inline(__always)
  private mutating func fastRow(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, row: Int, line: Int,
    identity: UnsafeMutablePointer<Int>, output: inout ByteWriter
  ) -> Bool {
    let ends = identity + StudentIdentity.Field.allCases.count
    let delimiter = plan.dialect.delimiter
    var entry = plan.baseEntry
    var rejected = Int.max
    var present: UInt8 = 0
    var position = start
    // Outside quoted fields, the only line break of a whole record is the one that ends it.
    var lineEnd = end
    if lineEnd > start, base[lineEnd - 1] == Self.lineFeed { lineEnd -= 1 }
    if lineEnd > start, base[lineEnd - 1] == Self.carriageReturn { lineEnd -= 1 }
    var cells = 0
    var lastCell = false
    for column in plan.actions.indices {
      cells += 1
      let action = plan.actions[column]
      var fieldStart = position
      var fieldEnd: Int
      if position < lineEnd, base[position] == Self.quote {
        let quoted = Self.quotedField(base, opening: position, end: end, delimiter: delimiter)
        if quoted.escaped, action != .skip { return false }
        fieldStart = quoted.start
        fieldEnd = quoted.end
        position = quoted.next
      } else {
        position = Self.nextDelimiter(base, from: position, limit: lineEnd, delimiter: delimiter)
        fieldEnd = position
      }
      switch action {
      case .skip: break
      case .identity(let field):
        guard plan.copier.accepts(base + fieldStart, fieldEnd - fieldStart),
          !IdentityDamage.mayBeDamaged(field: field, base + fieldStart, fieldEnd - fieldStart)
        else { return false }
        identity[field] = fieldStart
        ends[field] = fieldEnd
        present |= 1 << field
      case .fact(let slot):
        let value = cellValue(slot, base + fieldStart, fieldEnd - fieldStart)
        if value > Self.rejection {
          entry += Int(value)
        } else if value == Self.slowCell {
          return false
        } else if rejected == Int.max {
          // A rejection outcome names one cell; a row with two goes the slow way, which lists them all.
          rejected = Int(Self.rejection - value)
        } else {
          return false
        }
      }
      guard position < lineEnd, base[position] == delimiter else {
        lastCell = true
        break
      }
      position += 1
    }
    if !lastCell {
      // Cells after the last one the plan reads: counted, so that a short or long row goes the slow way.
      cells += Self.cellsAfter(base, from: position, lineEnd: lineEnd, end: end, delimiter: delimiter)
    }
    guard cells == plan.width else { return false }
    let index = rejected == Int.max ? entry : rejected
    let outcome = outcomes.outcome(index)
    guard !outcome.slow, let layout = plan.layout else { return false }
    if plan.keepsCompactRows, rejected == Int.max,
      keepCompact(entry: index, line: line, present: present, base, identity: identity)
    {
      // Kept compact.
    } else if plan.keepsRows {
      let entry = rejected == Int.max ? index : nil
      guard keepDecided(outcome, entry: entry, row: row, line: line, present: present, base, identity: identity) else {
        return false
      }
    }
    // Made after the observer's keeping (calls that change `self`), so that the copier's arrays
    // need no retaining across them.
    let input = InputCells(base: base, starts: identity, ends: ends, copier: plan.copier)
    let change: CellPseudonyms.Change =
      if let pseudonyms = plan.pseudonyms, let cellCodes {
        pseudonyms.change(input, present: present, deferred: cellCodes)
      } else {
        .unchanged
      }
    switch change {
    case .hidden(let hidden):
      layout.writeIdentity(row: row, line: line, index: row - 1, present: hidden.present, cells: hidden, to: &output)
    case .unchanged:
      layout.writeIdentity(row: row, line: line, index: row - 1, present: present, cells: input, to: &output)
    }
    let suffix = outcomes.suffix(outcome)
    if let suffixBase = suffix.baseAddress { output.append(suffixBase, suffix.count) }
    let classField = plan.classField
    if present & (1 << classField) != 0 {
      tally.add(
        outcome: index, outcome, line: line, classe: base + identity[classField],
        ends[classField] - identity[classField])
    } else {
      tally.add(outcome: index, outcome, line: line, classe: base + start, 0)
    }
    return true
  }

  /// The cells from `start` (just after a delimiter, so at least one) to the line's end, quoted
  /// ones read as the main loop reads them.
  @inline(__always)
  private static func cellsAfter(
    _ base: UnsafePointer<UInt8>, from start: Int, lineEnd: Int, end: Int, delimiter: UInt8
  ) -> Int {
    var cells = 0
    var index = start
    while true {
      cells += 1
      if index < lineEnd, base[index] == quote {
        index = quotedField(base, opening: index, end: end, delimiter: delimiter).next
      } else {
        index = nextDelimiter(base, from: index, limit: lineEnd, delimiter: delimiter)
      }
      guard index < lineEnd, base[index] == delimiter else { return cells }
      index += 1
    }
  }

  /// The first delimiter at or after `start` and before `limit`, eight bytes at a time; `limit`
  /// when none (the words read past `limit` stay within the block's slack).
  @inline(__always)
  private static func nextDelimiter(
    _ base: UnsafePointer<UInt8>, from start: Int, limit: Int, delimiter: UInt8
  ) -> Int {
    let raw = UnsafeRawPointer(base)
    var index = start
    while index < limit {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let found = SWAR.matches(word, delimiter)
      if found != 0 { return min(index + found.trailingZeroBitCount >> 3, limit) }
      index += 8
    }
    return limit
  }

  /// A quoted field opened at `opening`: its content, whether it holds doubled quotes, and where
  /// the scan goes on. Text after the closing quote keeps the whole field as written, as
  /// ``CSVScanner`` does. The record is whole, so the closing quote is there.
  @inline(__always)
  private static func quotedField(
    _ base: UnsafePointer<UInt8>, opening: Int, end: Int, delimiter: UInt8
  ) -> (start: Int, end: Int, next: Int, escaped: Bool) {
    var index = opening + 1
    var escaped = false
    while index < end {
      if base[index] == quote {
        if index + 1 < end, base[index + 1] == quote {
          escaped = true
          index += 2
          continue
        }
        break
      }
      index += 1
    }
    let closing = index
    var next = min(closing + 1, end)
    guard next < end, base[next] != delimiter, base[next] != lineFeed, base[next] != carriageReturn else {
      return (opening + 1, closing, next, escaped)
    }
    while next < end, base[next] != delimiter, base[next] != lineFeed, base[next] != carriageReturn { next += 1 }
    return (opening, next, next, false)
  }

  /// What the cell's text means, from memory or read once: a value to add to the entry, a
  /// rejection (``rejection`` minus its outcome), or ``slowCell``.
  @inline(__always)
  private mutating func cellValue(_ slot: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
    if let known = cells.find(start, length, tag: slot) { return known }
    return readCell(slot, start, length)
  }

  /// Reads a cell's text met for the first time, and remembers what it means.
  @inline(never)
  private mutating func readCell(_ slot: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
    let value: Int32
    let memorable = cellCounts[slot] < Self.cellMemoLimit && length <= Self.cellMemoLength
    if let text = plan.dialect.encoding.decode(UnsafeBufferPointer(start: start, count: length)) {
      if let delta = plan.delta(slot: slot, reading: reader.read(text, for: plan.slots[slot].fact)) {
        value = Int32(delta)
      } else if memorable {
        value = Self.rejection - Int32(outcomes.learnRejection(slot: slot, text: text))
      } else {
        value = Self.slowCell
      }
    } else {
      value = Self.slowCell
    }
    if memorable {
      cells.insert(start, length, tag: slot, value: value)
      cellCounts[slot] += 1
    }
    return value
  }
}
