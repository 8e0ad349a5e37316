import Foundation

/// A thread of its own that hands chunks of bytes to an output in the order they were sent, so
/// that the system's copy of a large report runs beside the making of its next lines.
///
/// At most ``capacity`` chunks wait at a time: the sender waits when they are all taken, so the
/// memory of a run does not grow with the size of the report. Chunks are recycled, up to
/// ``spareCapacity`` of them (rows written side by side hold a few chunks each before sending them).
final class OutputThread: @unchecked Sendable {
  /// How many chunks may wait to be written.
  static let capacity = 4
  /// How many written chunks are kept for reuse.
  static let spareCapacity = 16

  private let condition = NSCondition()
  private var waiting: [[UInt8]] = []
  private var spare: [[UInt8]] = []
  private var finished = false
  private var done = false

  /// Starts a thread handing each chunk sent to `output`.
  ///
  /// `output` is only called on that thread, and never after ``finish()`` returns.
  init(_ output: @escaping (UnsafeRawBufferPointer) -> Void) {
    let work = UncheckedSendable(output)
    let thread = Thread { [self] in
      while var chunk = next() {
        chunk.withUnsafeBytes { work.value($0) }
        chunk.removeAll(keepingCapacity: true)
        recycle(chunk)
      }
      condition.lock()
      done = true
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  /// An empty buffer to fill and ``send(_:)``, from the chunks already written when there is one.
  func buffer() -> [UInt8] {
    condition.lock()
    defer { condition.unlock() }
    return spare.popLast() ?? []
  }

  /// Queues `chunk` to be written after the chunks sent before it; waits while the queue is full.
  func send(_ chunk: [UInt8]) {
    condition.lock()
    while waiting.count >= Self.capacity { condition.wait() }
    waiting.append(chunk)
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until every chunk sent is written, and ends the thread.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    while !done { condition.wait() }
    condition.unlock()
  }

  private func next() -> [UInt8]? {
    condition.lock()
    defer { condition.unlock() }
    while waiting.isEmpty, !finished { condition.wait() }
    guard !waiting.isEmpty else { return nil }
    let chunk = waiting.removeFirst()
    condition.broadcast()
    return chunk
  }

  private func recycle(_ chunk: [UInt8]) {
    condition.lock()
    if spare.count < Self.spareCapacity { spare.append(chunk) }
    condition.unlock()
  }
}

/// A value handed to another thread that the compiler cannot prove safe to share: the sender
/// promises only that thread uses it until it is done.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
