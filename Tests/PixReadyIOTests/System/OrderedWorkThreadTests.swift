import Foundation
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

  @Test(.timeLimit(.minutes(1))) func theSenderWaitsWhileTheQueueIsFull() async throws {
    let capacity = 4
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
    while seen.sentCount < capacity + 1 { try await Task.sleep(for: .milliseconds(5)) }
    try await Task.sleep(for: .milliseconds(200))
    #expect(seen.sentCount == capacity + 1)
    #expect(seen.all.isEmpty)
    for _ in 0..<(capacity + 3) { gate.signal() }
    while seen.sentCount < capacity + 3 { try await Task.sleep(for: .milliseconds(5)) }
    thread.finish()
    #expect(seen.all == Array(0..<(capacity + 3)))
  }

  @Test(.timeLimit(.minutes(1))) func aThreadDroppedUnfinishedWorksOnWhatWasSentThenEnds() {
    let seen = Seen()
    do {
      let thread = OrderedWorkThread<Int>(capacity: 2) { item in
        Thread.sleep(forTimeInterval: 0.001)
        seen.add(item)
      }
      for item in 0..<20 { thread.send(item) }
    }
    #expect(seen.all == Array(0..<20))
  }
}
