#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif os(Windows)
  #error(
    "pixready calls POSIX (open, read, rename, fchmod, signals) from Sources/PixReadyIO/System only; Windows is not supported yet: add an os(Windows) branch to each file of that folder."
  )
#else
  #error("pixready needs a POSIX C library (Glibc, Musl or Darwin) for Sources/PixReadyIO/System.")
#endif

/// A failed system call: its `errno`, and the system's reason in English (`strerror`).
///
/// Messages turn ``reason`` into the user's language with ``SystemErrorText``.
public struct SystemError: Error, Sendable, Equatable {
  /// The `errno` value.
  public var code: Int32

  /// The error of the last failed call on this thread.
  public static var last: SystemError { SystemError(code: errno) }

  /// Wraps an `errno` value.
  public init(code: Int32) {
    self.code = code
  }

  /// The system's reason, as `strerror` gives it (« No space left on device »).
  public var reason: String { String(cString: strerror(code)) }

  /// Whether the call was interrupted by a signal and may simply be made again.
  var isInterruption: Bool { code == EINTR }

  /// « Is a directory ».
  public static var isADirectory: SystemError { SystemError(code: EISDIR) }

  /// « Bad file descriptor »: a standard stream closed by the caller (`<&-`).
  public static var badDescriptor: SystemError { SystemError(code: EBADF) }

  /// « File exists ».
  static var exists: SystemError { SystemError(code: EEXIST) }

  /// « Broken pipe »: the reader of a pipe went away (`pixready … | head`).
  public var isBrokenPipe: Bool { code == EPIPE }
}
