#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ends the process.
public enum ProcessExit {
  /// Exits at once with `code`, without running anything else (`_exit`).
  public static func exit(_ code: Int32) -> Never {
    _exit(code)
  }

  /// Dies from `caught` as if it had not been caught, so that the parent sees the signal (a shell
  /// prints 130 for Ctrl-C, 143 for SIGTERM).
  public static func die(from caught: SignalTrap.Signal) -> Never {
    _ = signal(caught.number, SIG_DFL)
    // The dispatch source may keep the signal blocked: unblock it in this thread, then raise it.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, caught.number)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    _ = raise(caught.number)
    _exit(128 + caught.number)
  }
}
