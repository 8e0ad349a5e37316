import Foundation
import Testing

/// A guard against a test that would wait for ever (a thread that never ends, a queue never
/// drained): the body runs on a thread of its own, and the test records an issue and goes on if it
/// has not returned after `seconds`.
///
/// Swift Testing's `.timeLimit` counts from when the test is scheduled: in a run whose other tests
/// hold the shared threads (waiting on `pixready` subprocesses), a test of a few milliseconds may
/// wait a minute for its turn and be reported over its limit. This counts only the body's own time.
public enum Watchdog {
  /// Runs `body` on a new thread and waits for it at most `seconds`: returns what it returned,
  /// rethrows what it threw, or records an issue and returns `nil` when it is still running.
  ///
  /// Check the result in the test, not inside `body`: `body` runs outside the test's task.
  public static func run<Value: Sendable>(
    seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: @escaping @Sendable () throws -> Value
  ) throws -> Value? {
    let outcome = Outcome<Value>()
    Thread {
      outcome.set(Result(catching: body))
    }.start()
    guard let result = outcome.wait(seconds: seconds) else {
      Issue.record(
        "still running after \(Int(seconds)) s: it would have waited for ever", sourceLocation: sourceLocation)
      return nil
    }
    return try result.get()
  }

  /// The body's result, handed from its thread to the test.
  private final class Outcome<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    func set(_ result: Result<Value, any Error>) {
      self.result = result
      done.signal()
    }

    func wait(seconds: Double) -> Result<Value, any Error>? {
      done.wait(timeout: .now() + seconds) == .timedOut ? nil : result
    }
  }
}
