#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The width of the terminal the prompt talks to, in columns.
///
/// The one OS call the prompt needs for its width, kept here on its own so that it can move to
/// the I/O library's system calls with the others.
enum TerminalWidth {
  /// The width of the terminal on standard error (the dialogue), else on standard output; `nil`
  /// when neither is a terminal or the terminal does not say.
  static func current() -> Int? {
    for descriptor in [STDERR_FILENO, STDOUT_FILENO] where isatty(descriptor) == 1 {
      var size = winsize()
      if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    }
    return nil
  }
}
