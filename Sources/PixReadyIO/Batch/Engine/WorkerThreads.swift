import Foundation

/// A fixed set of threads, one per core, each with its own ``BlockWorker``, diagnosing the blocks
/// handed to them in turn.
///
/// Fixed threads (rather than a global queue that may add threads when one blocks) keep the
/// memory of a run the same whatever the size of the file. Threads end when ``finish()`` is
/// called; a job's ``BlockJob/done`` is signalled when its output is ready.
final class WorkerThreads: @unchecked Sendable {
  private let condition = NSCondition()
  private var waiting: [BlockJob] = []
  private var finished = false

  /// Starts `count` threads working for `plan`.
  init(count: Int, plan: BlockPlan) {
    for _ in 0..<count {
      let thread = Thread { [self] in
        var worker = BlockWorker(plan: plan)
        while let job = next() {
          worker.process(job)
          job.done.signal()
        }
      }
      thread.start()
    }
  }

  /// Hands `job` to the next free thread.
  func submit(_ job: BlockJob) {
    condition.lock()
    waiting.append(job)
    condition.signal()
    condition.unlock()
  }

  /// Lets the threads end once the jobs handed over are done.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  private func next() -> BlockJob? {
    condition.lock()
    defer { condition.unlock() }
    while waiting.isEmpty, !finished { condition.wait() }
    return waiting.isEmpty ? nil : waiting.removeFirst()
  }
}
