import Foundation

/// The idle workers, so that each block is diagnosed by a worker that already knows the file's
/// cells; a worker is made when none is idle (at most one per block in flight).
final class WorkerPool: @unchecked Sendable {
  private let plan: FastPlan
  private let lock = NSLock()
  private var idle: [BlockWorker] = []

  /// Creates an empty pool for `plan`.
  init(plan: FastPlan) {
    self.plan = plan
  }

  /// Processes `job` with an idle worker (on the calling thread), then signals the job.
  func process(_ job: BlockJob) {
    var worker = take()
    worker.process(job)
    give(worker)
    job.done.signal()
  }

  /// An idle worker, made if none is idle.
  func take() -> BlockWorker {
    lock.lock()
    defer { lock.unlock() }
    return idle.popLast() ?? BlockWorker(plan: plan)
  }

  /// Hands a worker back.
  func give(_ worker: BlockWorker) {
    lock.lock()
    defer { lock.unlock() }
    idle.append(worker)
  }
}
