import PixReadyIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output or standard error as a buffered `TextOutputStream`.
///
/// Writes go to a 64 KiB buffer flushed with `write(2)`; standard error is flushed at every line
/// so that prompts and progress show at once. Standard error only ever carries text for people:
/// bidirectional controls (in a student's name) are neutralised there (``BidiText``).
final class StandardStream: ByteOutputStream {
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
    buffer.append(contentsOf: (descriptor == STDERR_FILENO ? BidiText.neutralised(string) : string).utf8)
    if flushesEveryWrite || buffer.count >= 1 << 16 { flush() }
  }

  /// Writes raw bytes.
  func write(bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
    if flushesEveryWrite || buffer.count >= 1 << 16 { flush() }
  }

  /// Writes raw bytes; a large run goes straight through, without a copy into the buffer.
  func write(bytes: UnsafeRawBufferPointer) {
    guard !flushesEveryWrite, buffer.count + bytes.count >= 1 << 16 else {
      buffer.append(contentsOf: bytes)
      if flushesEveryWrite || buffer.count >= 1 << 16 { flush() }
      return
    }
    flush()
    writeAll(bytes)
  }

  /// Writes out what is buffered.
  func flush() {
    buffer.withUnsafeBytes { writeAll($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written <= 0 {
        if written < 0, errno == EINTR { continue }
        break
      }
      offset += written
    }
  }

  /// Whether the stream is a terminal.
  var isTerminal: Bool { isatty(descriptor) == 1 }
}
