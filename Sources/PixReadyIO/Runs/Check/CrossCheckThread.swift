import Foundation

/// The SIECLE cross-check of `check --siecle` on a thread of its own: each block's rows are handed
/// to it in input order, while the calling thread writes the report and gathers the document.
///
/// At most ``capacity`` blocks wait at a time (the sender waits when they are all taken), so memory
/// does not grow with the roster. The identity cells of compact rows are copied when sent: the
/// engine reuses their bytes once its observer returns.
final class CrossCheckThread: Sendable {
  /// How many blocks may wait for the cross-check.
  static let capacity = 8

  /// What the thread and the sender share, behind one lock.
  private final class State: @unchecked Sendable {
    let condition = NSCondition()
    var waiting: [Block] = []
    var check: RosterCrossCheck
    var finished = false
    var done = false

    init(_ check: RosterCrossCheck) { self.check = check }
  }

  /// A block's rows, owning their bytes.
  private struct Block {
    var compact: [ObservedRows.Compact]
    var full: [RowDiagnosis]
    var firstRow: Int
    var bytes: [UInt8]
    var plan: BlockPlan
  }

  private let state: State

  /// Starts a thread adding the blocks sent to `check`.
  init(_ check: RosterCrossCheck) {
    let state = State(check)
    self.state = state
    Thread {
      while let block = Self.next(state) {
        block.bytes.withUnsafeBufferPointer { bytes in
          let rows =
            block.compact.isEmpty
            ? ObservedRows(full: block.full, plan: block.plan)
            : ObservedRows(
              compact: block.compact, full: block.full, firstRow: block.firstRow, bytes: bytes, plan: block.plan)
          state.check.add(rows)
        }
      }
      state.condition.lock()
      state.done = true
      state.condition.broadcast()
      state.condition.unlock()
    }.start()
  }

  /// A run that ends early leaves no thread waiting.
  deinit { _ = stop() }

  /// Queues a block's rows after the blocks sent before; waits while the queue is full.
  func add(_ rows: ObservedRows) {
    let block = Block(
      compact: rows.compact, full: rows.full, firstRow: rows.firstRow, bytes: Array(rows.bytes), plan: rows.plan)
    state.condition.lock()
    while state.waiting.count >= Self.capacity { state.condition.wait() }
    state.waiting.append(block)
    state.condition.broadcast()
    state.condition.unlock()
  }

  /// Waits until every block sent is added, ends the thread and gives back the cross-check.
  func finish() -> RosterCrossCheck {
    stop()
  }

  private func stop() -> RosterCrossCheck {
    state.condition.lock()
    defer { state.condition.unlock() }
    state.finished = true
    state.condition.broadcast()
    while !state.done { state.condition.wait() }
    return state.check
  }

  private static func next(_ state: State) -> Block? {
    state.condition.lock()
    defer { state.condition.unlock() }
    while state.waiting.isEmpty, !state.finished { state.condition.wait() }
    guard !state.waiting.isEmpty else { return nil }
    let block = state.waiting.removeFirst()
    state.condition.broadcast()
    return block
  }
}
