import Dispatch
import PixReadyCore

/// One block of whole records on its way through the pipeline: read and split by the main thread,
/// diagnosed and formatted by a worker, written by the main thread, then reused.
///
/// Ownership passes from the main thread to one worker and back; ``done`` orders the hand-back,
/// so no field is ever touched by two threads at once.
final class BlockJob: @unchecked Sendable {
  /// The input bytes: whole records, plus 8 bytes of slack for word reads.
  let input: ByteBuffer
  /// The records of `input` that are not blank.
  var records = RecordIndex()
  /// The data row number of the first record (1-based, the header not counted).
  var firstRow = 1
  /// The report bytes of the block's rows, in order.
  let output: ByteBuffer
  /// The counts of the block's rows, school steps in the order they appear.
  var summary = BatchSummary()
  /// How many of the block's rows were decided from their bytes.
  var byteRows = 0
  /// The block's decoded rows, in order, when the plan keeps them for an observer (those not
  /// kept compact).
  var diagnoses: [RowDiagnosis] = []
  /// Every row of the block, in order, when the plan keeps rows compact.
  var compact: [ObservedRows.Compact] = []
  /// The identity cells of the compact rows.
  let observedBytes = ByteBuffer(capacity: 1 << 12)
  /// Signalled by the worker when `output` and `summary` are ready.
  let done = DispatchSemaphore(value: 0)

  /// Creates a job whose input holds up to `capacity` bytes, and whose output starts with room for
  /// `outputCapacity` bytes (enough for most blocks: growing it would leave freed memory behind).
  init(capacity: Int, outputCapacity: Int) {
    input = ByteBuffer(capacity: capacity)
    output = ByteBuffer(capacity: outputCapacity)
  }

  /// The number of rows in the block.
  var rows: Int { records.count }

  /// Empties the job for another block.
  func reset() {
    input.removeAll()
    output.removeAll()
    records.removeAll()
    summary = BatchSummary()
    byteRows = 0
    diagnoses.removeAll(keepingCapacity: true)
    compact.removeAll(keepingCapacity: true)
    observedBytes.removeAll()
  }
}
