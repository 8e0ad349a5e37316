import Foundation

/// A thread of its own that hands chunks of bytes to an output in the order they were sent, so
/// that the system's copy of a large report runs beside the making of its next lines.
///
/// At most ``capacity`` chunks wait at a time (an ``OrderedWorkThread``), so the memory of a run
/// does not grow with the size of the report. Chunks are recycled, up to ``spareCapacity`` of them
/// (rows written side by side hold a few chunks each before sending them).
final class OutputThread: Sendable {
  /// How many chunks may wait to be written.
  static let capacity = 4
  /// How many written chunks are kept for reuse.
  static let spareCapacity = 16

  private let thread: OrderedWorkThread<[UInt8]>
  private let spare: Spare

  /// Starts a thread handing each chunk sent to `output`.
  ///
  /// `output` is only called on that thread, and never after ``finish()`` returns.
  init(_ output: @escaping (UnsafeRawBufferPointer) -> Void) {
    let spare = Spare()
    self.spare = spare
    thread = OrderedWorkThread(capacity: Self.capacity) { chunk in
      chunk.withUnsafeBytes { output($0) }
      chunk.removeAll(keepingCapacity: true)
      spare.put(chunk)
    }
  }

  /// An empty buffer to fill and ``send(_:)``, from the chunks already written when there is one.
  func buffer() -> [UInt8] {
    spare.take()
  }

  /// Queues `chunk` to be written after the chunks sent before it; waits while the queue is full.
  func send(_ chunk: [UInt8]) {
    thread.send(chunk)
  }

  /// Waits until every chunk sent is written, and ends the thread.
  func finish() {
    thread.finish()
  }

  /// The written chunks kept for reuse, behind a lock.
  private final class Spare: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[UInt8]] = []

    func take() -> [UInt8] {
      lock.withLock { chunks.popLast() ?? [] }
    }

    func put(_ chunk: [UInt8]) {
      lock.withLock {
        if chunks.count < OutputThread.spareCapacity { chunks.append(chunk) }
      }
    }
  }
}
