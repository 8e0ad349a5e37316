import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C during `ask`: print a message on standard error and exit with 130.
///
/// The prompt reads lines in the terminal's ordinary mode (no raw mode), so there is no terminal
/// setting to restore; only a colour in progress is reset. The signal is handled on a dispatch
/// queue, not in a signal handler, so the message can be any text.
final class Interruption {
  private let source: DispatchSourceSignal

  /// Starts catching SIGINT until ``stop()``.
  init(message: String, resetsColour: Bool) {
    let bytes = Array(("\n" + (resetsColour ? "\u{1B}[0m" : "") + message + "\n").utf8)
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      bytes.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
      _exit(ExitCode.interrupted.rawValue)
    }
    source.resume()
  }

  /// Stops catching SIGINT; Ctrl-C kills the process again.
  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
