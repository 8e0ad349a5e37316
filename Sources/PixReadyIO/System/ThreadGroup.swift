import Foundation

/// Runs one piece of work per thread, side by side, and returns when all are done.
///
/// Threads of its own rather than `DispatchQueue.concurrentPerform`, which may run the pieces one
/// after the other: pieces that wait for each other (an ordered hand-off) must all be running.
enum ThreadGroup {
  /// Calls `body` with `0..<count` at once, `0` on the calling thread and each other index on a
  /// new thread; returns when every call has returned.
  static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    withoutActuallyEscaping(body) { body in
      // A thread object may outlive its work: it reaches `body` through `work`, emptied once every
      // thread has signalled `done`, so that nothing holds `body` when this returns.
      let work = Work(body)
      let done = DispatchSemaphore(value: 0)
      for index in 1..<count {
        Thread {
          work.body?(index)
          done.signal()
        }.start()
      }
      body(0)
      for _ in 1..<count { done.wait() }
      work.body = nil
    }
  }

  /// The work of a group's threads, until it is done.
  private final class Work: @unchecked Sendable {
    var body: (@Sendable (Int) -> Void)?
    init(_ body: @escaping @Sendable (Int) -> Void) { self.body = body }
  }
}
