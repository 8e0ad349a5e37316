import Dispatch

/// One block of whole records on its way through the pipeline: read and split by the main thread,
/// diagnosed and formatted by a worker, written by the main thread, then reused.
///
/// Ownership passes from the main thread to one worker and back; ``done`` orders the hand-back,
/// so no field is ever touched by two threads at once.
final class BlockJob: @unchecked Sendable {
  /// The input bytes: whole records, plus 8 bytes of slack for word reads.
  let input: ByteBuffer
  /// Where each record that is not blank starts, in `input`.
  var starts: [Int] = []
  /// Where each of those records ends (its line break included).
  var ends: [Int] = []
  /// The physical line where each of those records starts.
  var lines: [Int] = []
  /// The data row number of the first record (1-based, the header not counted).
  var firstRow = 1
  /// The report bytes of the block's rows, in order.
  let output: ByteBuffer
  /// The counts of the block's rows, school steps in the order they appear.
  var summary = BatchSummary()
  /// How many of the block's rows the fast path wrote.
  var fastRows = 0
  /// Signalled by the worker when `output` and `summary` are ready.
  let done = DispatchSemaphore(value: 0)

  /// Creates a job whose input holds up to `capacity` bytes.
  init(capacity: Int) {
    input = ByteBuffer(capacity: capacity)
    output = ByteBuffer(capacity: capacity * 2)
  }

  /// The number of rows in the block.
  var rows: Int { starts.count }

  /// Empties the job for another block.
  func reset() {
    input.removeAll()
    output.removeAll()
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
    summary = BatchSummary()
    fastRows = 0
  }
}
