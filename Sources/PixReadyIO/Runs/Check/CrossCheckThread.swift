import Foundation

/// The SIECLE cross-check of `check --siecle` on a thread of its own (an ``OrderedWorkThread``):
/// each block's rows are handed to it in input order, while the calling thread writes the report
/// and gathers the document.
///
/// At most ``capacity`` blocks wait at a time, so memory does not grow with the roster. The
/// identity cells of compact rows are copied when sent: the engine reuses their bytes once its
/// observer returns. A run that ends early leaves no thread waiting.
final class CrossCheckThread: Sendable {
  /// How many blocks may wait for the cross-check.
  static let capacity = 8

  /// The cross-check, used by the thread until it is done.
  private final class Box: @unchecked Sendable {
    var check: RosterCrossCheck
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

  private let box: Box
  private let thread: OrderedWorkThread<Block>

  /// Starts a thread adding the blocks sent to `check`.
  init(_ check: RosterCrossCheck) {
    let box = Box(check)
    self.box = box
    thread = OrderedWorkThread(capacity: Self.capacity) { block in
      block.bytes.withUnsafeBufferPointer { bytes in
        let rows =
          block.compact.isEmpty
          ? ObservedRows(full: block.full, plan: block.plan)
          : ObservedRows(
            compact: block.compact, full: block.full, firstRow: block.firstRow, bytes: bytes, plan: block.plan)
        box.check.add(rows)
      }
    }
  }

  /// Queues a block's rows after the blocks sent before; waits while the queue is full.
  func add(_ rows: ObservedRows) {
    thread.send(
      Block(compact: rows.compact, full: rows.full, firstRow: rows.firstRow, bytes: Array(rows.bytes), plan: rows.plan))
  }

  /// Waits until every block sent is added, ends the thread and gives back the cross-check.
  func finish() -> RosterCrossCheck {
    thread.finish()
    return box.check
  }
}
