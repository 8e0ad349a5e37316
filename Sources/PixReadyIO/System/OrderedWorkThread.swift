import Foundation

/// A thread of its own that works on each item sent, one at a time and in the order they were
/// sent, while the sender goes on with the next.
///
/// At most `capacity` items wait at a time: the sender waits when they are all taken, so the
/// memory of a run does not grow with its input. A thread dropped without ``finish()`` (a run
/// that throws) works on the items already sent, then ends: no thread is left waiting.
final class OrderedWorkThread<Item>: @unchecked Sendable {
  private let queue: Queue

  /// Starts a thread calling `work` on each item sent.
  ///
  /// `work` is only called on that thread, and never after ``finish()`` returns.
  init(capacity: Int, _ work: @escaping (inout Item) -> Void) {
    let queue = Queue(capacity: max(capacity, 1))
    self.queue = queue
    let work = UncheckedSendable(work)
    // The thread holds the queue, never `self`: dropping the last reference ends it (`deinit`).
    Thread {
      while var item = queue.next() { work.value(&item) }
      queue.end()
    }.start()
  }

  deinit { finish() }

  /// Queues `item` after the items sent before it; waits while the queue is full.
  func send(_ item: Item) {
    queue.append(item)
  }

  /// Waits until the work on every item sent is done, and ends the thread. Calling it again
  /// returns at once.
  func finish() {
    queue.finish()
  }

  /// The items waiting, and whether the sender is done, behind one lock.
  private final class Queue: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [Item] = []
    private var finished = false
    private var done = false

    init(capacity: Int) { self.capacity = capacity }

    func append(_ item: Item) {
      condition.lock()
      while waiting.count >= capacity { condition.wait() }
      waiting.append(item)
      condition.broadcast()
      condition.unlock()
    }

    /// The next item, once one is sent; `nil` once the sender is done and every item is taken.
    func next() -> Item? {
      condition.lock()
      defer { condition.unlock() }
      while waiting.isEmpty, !finished { condition.wait() }
      guard !waiting.isEmpty else { return nil }
      let item = waiting.removeFirst()
      condition.broadcast()
      return item
    }

    /// Tells the sender the thread has worked on every item.
    func end() {
      condition.lock()
      done = true
      condition.broadcast()
      condition.unlock()
    }

    func finish() {
      condition.lock()
      finished = true
      condition.broadcast()
      while !done { condition.wait() }
      condition.unlock()
    }
  }
}

/// A value handed to another thread that the compiler cannot prove safe to share: the sender
/// promises only that thread uses it until it is done.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
