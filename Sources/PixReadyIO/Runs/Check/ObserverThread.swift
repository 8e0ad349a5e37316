import Foundation

/// An observer of `check`'s rows (the SIECLE cross-check of `--siecle`, the document of
/// `--format md|html`) on a thread of its own (an ``OrderedWorkThread``): each block's rows are
/// handed to it in input order, while the calling thread reads the file and hands blocks to the
/// workers.
///
/// At most ``capacity`` blocks wait at a time, so memory does not grow with the roster. The
/// identity cells of compact rows are copied when sent: the engine reuses their bytes once its
/// observer returns. A run that ends early leaves no thread waiting.
final class ObserverThread<Observer>: Sendable {
  /// How many blocks may wait for the observer: enough for the reading to go on while the
  /// observer grows a table (the cross-check's table of a million INEs takes a few milliseconds to
  /// grow, some twenty blocks' worth), few enough for memory.
  static var capacity: Int { 16 }

  /// The observer, used by the thread until it is done.
  private final class Box: @unchecked Sendable {
    var observer: Observer
    init(_ observer: Observer) { self.observer = observer }
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

  /// Starts a thread handing the blocks sent to `observer`, by `add`.
  init(_ observer: Observer, add: @escaping (inout Observer, ObservedRows) -> Void) {
    let box = Box(observer)
    self.box = box
    thread = OrderedWorkThread(capacity: Self.capacity) { block in
      block.bytes.withUnsafeBufferPointer { bytes in
        let rows =
          block.compact.isEmpty
          ? ObservedRows(full: block.full, plan: block.plan)
          : ObservedRows(
            compact: block.compact, full: block.full, firstRow: block.firstRow, bytes: bytes, plan: block.plan)
        add(&box.observer, rows)
      }
    }
  }

  /// Queues a block's rows after the blocks sent before; waits while the queue is full.
  func add(_ rows: ObservedRows) {
    thread.send(
      Block(compact: rows.compact, full: rows.full, firstRow: rows.firstRow, bytes: Array(rows.bytes), plan: rows.plan))
  }

  /// Waits until every block sent is added, ends the thread and gives back the observer.
  func finish() -> Observer {
    thread.finish()
    return box.observer
  }
}
