/// The blocks in flight, oldest first: started on the worker threads, finished (written, counted
/// and observed) in input order by the thread that owns the pipeline, then kept for reuse.
struct Pipeline {
  /// The run's plan, which observers of compact rows need.
  let plan: BlockPlan
  private var running: [BlockJob] = []
  private var head = 0
  private var idle: [BlockJob] = []
  /// Rows decided from their bytes so far.
  private(set) var byteRows = 0

  /// An empty pipeline for a run of `plan`.
  init(plan: BlockPlan) { self.plan = plan }

  /// The number of blocks started and not finished.
  var count: Int { running.count - head }

  /// A finished job to reuse, emptied.
  mutating func spare() -> BlockJob? {
    guard let job = idle.popLast() else { return nil }
    job.reset()
    return job
  }

  /// Starts diagnosing `job` on another thread (or keeps it for reuse when it holds no row).
  mutating func start(_ job: BlockJob, on workers: WorkerThreads) {
    guard job.rows > 0 else {
      idle.append(job)
      return
    }
    running.append(job)
    workers.submit(job)
  }

  /// Waits for the oldest block, writes its output and hands its counts and rows to `sink`.
  mutating func finishOldest<Output: ByteOutputStream>(to output: inout Output, sink: inout RowSink) {
    let job = running[head]
    head += 1
    if head == running.count {
      running.removeAll(keepingCapacity: true)
      head = 0
    }
    job.done.wait()
    output.write(bytes: job.output.bytes)
    byteRows += job.byteRows
    if job.compact.isEmpty {
      sink.add(job.summary, rows: ObservedRows(full: job.diagnoses, plan: plan))
    } else {
      sink.add(
        job.summary,
        rows: ObservedRows(
          compact: job.compact, full: job.diagnoses, firstRow: job.firstRow,
          bytes: UnsafeBufferPointer(start: job.observedBytes.base, count: job.observedBytes.count), plan: plan))
    }
    job.diagnoses.removeAll()
    idle.append(job)
  }

  /// Finishes every block in flight.
  mutating func finishAll<Output: ByteOutputStream>(to output: inout Output, sink: inout RowSink) {
    while count > 0 { finishOldest(to: &output, sink: &sink) }
  }

  /// Waits for the blocks still in flight without writing them (when a read fails midway).
  mutating func waitForAll() {
    while count > 0 {
      running[head].done.wait()
      head += 1
    }
    running.removeAll()
    head = 0
  }
}
