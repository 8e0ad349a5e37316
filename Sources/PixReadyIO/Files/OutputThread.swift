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
  /// How many written chunks of each kind are kept for reuse.
  static let spareCapacity = 16

  /// Bytes to write: an array, or a buffer a writer filled in place and handed over whole.
  enum Chunk {
    case array([UInt8])
    case buffer(OutputBuffer)
  }

  private let thread: OrderedWorkThread<Chunk>
  private let spare: Spare

  /// Starts a thread handing each chunk sent to `output`.
  ///
  /// `output` is only called on that thread, and never after ``finish()`` returns.
  init(_ output: @escaping (UnsafeRawBufferPointer) -> Void) {
    let spare = Spare()
    self.spare = spare
    thread = OrderedWorkThread(capacity: Self.capacity) { chunk in
      switch chunk {
      case .array(var bytes):
        bytes.withUnsafeBytes { output($0) }
        bytes.removeAll(keepingCapacity: true)
        spare.put(bytes)
      case .buffer(let buffer):
        output(UnsafeRawBufferPointer(start: buffer.base, count: buffer.count))
        buffer.count = 0
        spare.put(buffer)
      }
    }
  }

  /// An empty array to fill and ``send(_:)``, from the chunks already written when there is one.
  func buffer() -> [UInt8] {
    spare.take()
  }

  /// An empty buffer of `capacity` bytes to fill in place and ``send(_:)``, from the buffers
  /// already written when there is one of that size.
  func buffer(capacity: Int) -> OutputBuffer {
    spare.take(capacity: capacity) ?? OutputBuffer(capacity: capacity)
  }

  /// Queues `chunk` to be written after the chunks sent before it; waits while the queue is full.
  func send(_ chunk: Chunk) {
    thread.send(chunk)
  }

  /// Waits until every chunk sent is written, and ends the thread.
  func finish() {
    thread.finish()
  }

  /// The written chunks kept for reuse, behind a lock.
  private final class Spare: @unchecked Sendable {
    private let lock = NSLock()
    private var arrays: [[UInt8]] = []
    private var buffers: [OutputBuffer] = []

    func take() -> [UInt8] {
      lock.withLock { arrays.popLast() ?? [] }
    }

    func take(capacity: Int) -> OutputBuffer? {
      lock.withLock {
        // Buffers have one size but for a writer that grew its own: such a buffer waits for it.
        guard let index = buffers.lastIndex(where: { $0.capacity == capacity }) else { return nil }
        return buffers.remove(at: index)
      }
    }

    func put(_ array: [UInt8]) {
      lock.withLock {
        if arrays.count < OutputThread.spareCapacity { arrays.append(array) }
      }
    }

    func put(_ buffer: OutputBuffer) {
      lock.withLock {
        if buffers.count < OutputThread.spareCapacity { buffers.append(buffer) }
      }
    }
  }
}

/// Bytes a writer fills in place, then hands to the ``OutputThread`` whole, without a copy: its
/// memory is its own, freed with it. Only one thread uses a buffer at a time (the writer, then the
/// output thread).
final class OutputBuffer: @unchecked Sendable {
  /// The bytes: `count` written, in room for `capacity`.
  let base: UnsafeMutablePointer<UInt8>
  let capacity: Int
  var count = 0

  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }
}
