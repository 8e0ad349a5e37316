import Dispatch
import PixReadyIO

/// Ctrl-C and SIGTERM, for every command: the temporary files of reports being written are removed
/// on the way out, so an interrupted `-o` leaves the destination as it was and nothing beside it.
///
/// During an `ask` session (``announce(_:resetsColour:)``), Ctrl-C also prints a message on standard
/// error and exits with 130; otherwise the process dies from the signal, as it would uncaught. The
/// signal is handled on a dispatch queue, not in a signal handler, so the message can be any text.
final class Interruption: @unchecked Sendable {
  /// The temporary files to remove when interrupted.
  let temporaries = TemporaryFiles()
  private let queue = DispatchQueue(label: "pixready.interruption")
  private var message: [UInt8]?
  private var trap: SignalTrap?

  /// Starts catching SIGINT and SIGTERM until ``stop()``.
  init() {
    trap = SignalTrap([.interrupt, .terminate]) { [weak self] signal in self?.handle(signal) }
  }

  /// From now on, Ctrl-C prints `message` (after resetting a colour in progress) and exits with 130.
  func announce(_ message: String, resetsColour: Bool) {
    let bytes = Array(("\n" + (resetsColour ? "\u{1B}[0m" : "") + message + "\n").utf8)
    queue.sync { self.message = bytes }
  }

  /// Ctrl-C goes back to ending the process without a message.
  func silence() {
    queue.sync { message = nil }
  }

  /// Stops catching the signals; they kill the process again.
  func stop() {
    trap?.cancel()
    trap = nil
  }

  private func handle(_ signal: SignalTrap.Signal) {
    temporaries.removeAll()
    let message = queue.sync { self.message }
    switch signal {
    case .interrupt:
      guard let message else { ProcessExit.die(from: signal) }
      message.withUnsafeBytes { try? FileDescriptor.standardError.write($0) }
      ProcessExit.exit(ExitCode.interrupted.rawValue)
    case .terminate:
      ProcessExit.die(from: signal)
    }
  }
}
