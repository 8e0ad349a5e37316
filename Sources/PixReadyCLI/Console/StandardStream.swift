#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output or standard error as a buffered `TextOutputStream`.
///
/// Writes go to a 64 KiB buffer flushed with `write(2)`; standard error is flushed at every line
/// so that prompts and progress show at once.
final class StandardStream: TextOutputStream {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private let flushesEveryWrite: Bool

  /// Standard output.
  static func output() -> StandardStream { StandardStream(descriptor: STDOUT_FILENO, flushesEveryWrite: false) }

  /// Standard error.
  static func error() -> StandardStream { StandardStream(descriptor: STDERR_FILENO, flushesEveryWrite: true) }

  private init(descriptor: Int32, flushesEveryWrite: Bool) {
    self.descriptor = descriptor
    self.flushesEveryWrite = flushesEveryWrite
    buffer.reserveCapacity(1 << 16)
  }

  deinit { flush() }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if flushesEveryWrite || buffer.count >= 1 << 16 { flush() }
  }

  /// Writes raw bytes.
  func write(bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
    if flushesEveryWrite || buffer.count >= 1 << 16 { flush() }
  }

  /// Writes out what is buffered.
  func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written <= 0 {
        if written < 0, errno == EINTR { continue }
        break
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Whether the stream is a terminal.
  var isTerminal: Bool { isatty(descriptor) == 1 }
}
