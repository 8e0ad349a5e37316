import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Catches SIGINT and SIGTERM and runs a handler on a dispatch queue instead of dying at once.
///
/// The handler runs outside any signal handler, so it may remove files and write any text; it
/// usually ends with ``ProcessExit/exit(_:)`` or ``ProcessExit/die(from:)``.
public final class SignalTrap {
  /// The signals pixready handles.
  public enum Signal: Sendable, Equatable, CaseIterable {
    /// SIGINT: Ctrl-C at a terminal.
    case interrupt
    /// SIGTERM: `kill`, a service manager stopping the process.
    case terminate

    /// The signal number (`SIGINT`, `SIGTERM`).
    var number: Int32 {
      switch self {
      case .interrupt: SIGINT
      case .terminate: SIGTERM
      }
    }
  }

  private let sources: [any DispatchSourceSignal]
  private let signals: [Signal]

  /// Starts catching `signals`; `handler` runs once per signal received.
  public init(_ signals: [Signal], handler: @escaping @Sendable (Signal) -> Void) {
    self.signals = signals
    sources = signals.map { caught in
      _ = signal(caught.number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: caught.number, queue: .global())
      source.setEventHandler { handler(caught) }
      source.resume()
      return source
    }
  }

  /// Stops catching the signals: they kill the process again.
  public func cancel() {
    for source in sources { source.cancel() }
    for caught in signals { _ = signal(caught.number, SIG_DFL) }
  }
}
