import PixReadyCore

/// Diagnoses and formats the rows of blocks, straight from their bytes when it can.
///
/// A row whose cells all have a known meaning and whose identity needs no change is decided by
/// adding its cells' codes to a table entry, and written as its identity bytes followed by the
/// entry's bytes. Any other row (a value not understood, text to trim, quote or transcode the slow
/// way, a broken record) goes through ``BatchDiagnoser`` and the formatter, as the batch run does.
/// A worker is used by one thread at a time and keeps what it learnt from block to block.
final class BlockWorker: @unchecked Sendable {
  private let plan: FastPlan
  private let reader: AnswerReader
  private var diagnoser: BatchDiagnoser
  private var cells: [ByteKeyMap]
  private let entries: EntryBytes
  private var tally: BlockTally
  private let scanner: CSVScanner
  private var fields: [CSVScanner.Field] = []
  private var identityStarts = [Int](repeating: 0, count: StudentIdentity.Field.allCases.count)
  private var identityEnds = [Int](repeating: 0, count: StudentIdentity.Field.allCases.count)

  /// The most distinct texts remembered per column, as the slow path does.
  private static let cellMemoLimit = 4096
  /// Marks a remembered text that sends its row to the slow path.
  private static let slowCell = Int32.min

  /// Creates a worker for `plan`.
  init(plan: FastPlan) {
    self.plan = plan
    reader = AnswerReader(tree: plan.diagnoser.tree)
    diagnoser = plan.diagnoser
    cells = Array(repeating: ByteKeyMap(), count: plan.slots.count)
    entries = EntryBytes(plan: plan)
    tally = BlockTally(plan: plan)
    scanner = CSVScanner(delimiter: plan.dialect.delimiter)
  }

  /// Diagnoses every record of `job`, filling its output and summary.
  func process(_ job: BlockJob) {
    let base = UnsafePointer(job.input.base)
    var slowRows = 0
    for index in 0..<job.rows {
      let row = job.firstRow + index
      let start = job.starts[index]
      let end = job.ends[index]
      if !fastRow(base, start, end, row: row, line: job.lines[index], output: job.output) {
        slowRows += 1
        let bytes = UnsafeBufferPointer(start: base + start, count: end - start)
        let scanned = scanner.scan(bytes, from: 0, atEnd: true, fields: &fields)
        let record = scanner.record(
          fields, in: bytes, encoding: plan.dialect.encoding, unterminated: scanned?.unterminatedQuote ?? false,
          line: job.lines[index])
        slowRow(record, row: row, output: job.output)
      }
    }
    job.summary = finish()
    job.fastRows = job.rows - slowRows
  }

  /// Diagnoses one record the slow way, as ``BatchRun`` does, and counts it.
  func slowRow(_ record: SourceRecord, row: Int, output: ByteBuffer) {
    let diagnosis = diagnoser.diagnose(fields: record.fields, row: row, line: record.line, problem: record.problem)
    output.append(plan.formatter.row(diagnosis, index: row - 1))
    tally.add(diagnosis, school: entries.schoolKey(diagnosis.trace))
  }

  /// The counts of the rows seen since the last call, ready to merge; starts a new block.
  func finish() -> BatchSummary {
    tally.finish(entries: entries)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Writes and counts the record in `start..<end` if the fast path can take it; `false` otherwise
  /// (nothing is written then).
  @inline(__always)
  private func fastRow(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, row: Int, line: Int, output: ByteBuffer
  ) -> Bool {
    let delimiter = plan.dialect.delimiter
    var entry = plan.baseEntry
    var present: UInt8 = 0
    var position = start
    for column in plan.actions.indices {
      let action = plan.actions[column]
      var fieldStart = position
      var fieldEnd: Int
      if position < end, base[position] == Self.quote {
        let quoted = Self.quotedField(base, opening: position, end: end, delimiter: delimiter)
        if quoted.escaped, action != .skip { return false }
        fieldStart = quoted.start
        fieldEnd = quoted.end
        position = quoted.next
      } else {
        while position < end {
          let byte = base[position]
          if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
          position += 1
        }
        fieldEnd = position
      }
      switch action {
      case .skip: break
      case .identity(let field):
        guard plan.copier.accepts(base + fieldStart, fieldEnd - fieldStart) else { return false }
        identityStarts[field] = fieldStart
        identityEnds[field] = fieldEnd
        present |= 1 << field
      case .fact(let slot):
        guard let delta = cellDelta(slot, base + fieldStart, fieldEnd - fieldStart) else { return false }
        entry += delta
      }
      guard position < end, base[position] == delimiter else { break }
      position += 1
    }
    guard let suffix = entries.suffix(entry) else { return false }
    plan.shape.write(row: row, line: line, present: present, suffix: suffix, to: output) { field in
      plan.copier.append(base + identityStarts[field], identityEnds[field] - identityStarts[field], to: output)
    }
    let classField = plan.classField
    if present & (1 << classField) != 0 {
      let classStart = identityStarts[classField]
      tally.add(entry: entry, classe: base + classStart, identityEnds[classField] - classStart, entries: entries)
    } else {
      tally.add(entry: entry, classe: base + start, 0, entries: entries)
    }
    return true
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

  /// What the cell's text adds to the entry, from memory or read once; `nil` sends the row to the
  /// slow path.
  @inline(__always)
  private func cellDelta(_ slot: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Int? {
    if let known = cells[slot].find(start, length) {
      return known == Self.slowCell ? nil : Int(known)
    }
    let bytes = UnsafeBufferPointer(start: start, count: length)
    let delta = plan.dialect.encoding.decode(bytes).flatMap { text in
      plan.delta(slot: slot, reading: reader.read(text, for: plan.slots[slot].fact))
    }
    if cells[slot].count < Self.cellMemoLimit {
      cells[slot].insert(start, length, value: delta.map { Int32($0) } ?? Self.slowCell)
    }
    return delta
  }
}
