import Foundation
import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// The ordered work thread behind the report's output and the SIECLE cross-check: items are
/// worked on in the order sent, the sender waits when the queue is full, and nothing is left
/// waiting when the thread is dropped.
struct OrderedWorkThreadTests {
  /// What the work saw, behind a lock.
  final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int] = []
    private var sent = 0
    func add(_ item: Int) { lock.withLock { items.append(item) } }
    func markSent() { lock.withLock { sent += 1 } }
    var all: [Int] { lock.withLock { items } }
    var sentCount: Int { lock.withLock { sent } }
  }

  @Test func itemsAreWorkedOnInTheOrderSentOnAnotherThread() {
    let seen = Seen()
    let caller = Thread.current
    let onOtherThread = Seen()
    let thread = OrderedWorkThread<Int>(capacity: 3) { item in
      seen.add(item)
      if Thread.current != caller { onOtherThread.add(item) }
    }
    for item in 0..<1000 { thread.send(item) }
    thread.finish()
    #expect(seen.all == Array(0..<1000))
    #expect(onOtherThread.all.count == 1000)
    thread.finish()
    #expect(seen.all.count == 1000)
  }

  // Each scenario runs under a watchdog: a thread that never ended would hang the run.

  @Test func theSenderWaitsWhileTheQueueIsFull() throws {
    let capacity = 4
    let observed = try Watchdog.run { () -> (sentWhileBlocked: Int, workedOnWhileBlocked: Int, all: [Int]) in
      let seen = Seen()
      let gate = DispatchSemaphore(value: 0)
      let thread = OrderedWorkThread<Int>(capacity: capacity) { item in
        gate.wait()
        seen.add(item)
      }
      let sender = Thread {
        for item in 0..<(capacity + 3) {
          thread.send(item)
          seen.markSent()
        }
      }
      sender.start()
      // One item is being worked on and `capacity` wait: the next send waits for the gate.
      while seen.sentCount < capacity + 1 { Thread.sleep(forTimeInterval: 0.005) }
      Thread.sleep(forTimeInterval: 0.2)
      let blocked = (seen.sentCount, seen.all.count)
      for _ in 0..<(capacity + 3) { gate.signal() }
      while seen.sentCount < capacity + 3 { Thread.sleep(forTimeInterval: 0.005) }
      thread.finish()
      return (blocked.0, blocked.1, seen.all)
    }
    let result = try #require(observed)
    #expect(result.sentWhileBlocked == capacity + 1)
    #expect(result.workedOnWhileBlocked == 0)
    #expect(result.all == Array(0..<(capacity + 3)))
  }

  @Test func aThreadDroppedUnfinishedWorksOnWhatWasSentThenEnds() throws {
    let all = try Watchdog.run { () -> [Int] in
      let seen = Seen()
      do {
        let thread = OrderedWorkThread<Int>(capacity: 2) { item in
          Thread.sleep(forTimeInterval: 0.001)
          seen.add(item)
        }
        for item in 0..<20 { thread.send(item) }
      }
      return seen.all
    }
    #expect(all == Array(0..<20))
  }
}
