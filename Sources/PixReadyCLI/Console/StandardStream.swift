import PixReadyCore
import PixReadyIO

/// Standard output or standard error as a buffered `TextOutputStream`.
///
/// Writes go to a 64 KiB buffer flushed with `write(2)`; standard error is flushed at every line
/// so that prompts and progress show at once. The first failed write is kept in ``failure`` (disk
/// full, closed descriptor) and later writes are dropped, so the command can report it at the end.
/// Standard error only ever carries text for people: bidirectional controls (in a student's name)
/// are neutralised there (``BidiText``) and French text is typeset (``Language/typeset(_:)``);
/// standard output gets that only through ``write(text:)``, since it also carries data.
final class StandardStream: ByteOutputStream {
  private let descriptor: FileDescriptor
  private var buffer: [UInt8] = []
  private let flushesEveryWrite: Bool
  /// Why a write failed, if one did.
  private(set) var failure: SystemError?
  /// The language of the text for people written here, for its typography.
  var language: Language = .fr

  /// Standard output; `closed` when the process started without it (every write then fails).
  static func output(closed: Bool = false) -> StandardStream {
    StandardStream(descriptor: .standardOutput, flushesEveryWrite: false, closed: closed)
  }

  /// Standard error.
  static func error() -> StandardStream { StandardStream(descriptor: .standardError, flushesEveryWrite: true) }

  private init(descriptor: FileDescriptor, flushesEveryWrite: Bool, closed: Bool = false) {
    self.descriptor = descriptor
    self.flushesEveryWrite = flushesEveryWrite
    failure = closed ? .badDescriptor : nil
    buffer.reserveCapacity(1 << 16)
  }

  deinit { flush() }

  func write(_ string: String) {
    guard descriptor != .standardError else { return write(text: string) }
    buffer.append(contentsOf: string.utf8)
    if flushesEveryWrite || buffer.count >= 1 << 16 { flush() }
  }

  /// Writes text for people: typeset in ``language``, bidirectional controls neutralised on
  /// standard error.
  func write(text: String) {
    let text = language.typeset(text)
    buffer.append(contentsOf: (descriptor == .standardError ? BidiText.neutralised(text) : text).utf8)
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
    guard failure == nil, !bytes.isEmpty else { return }
    do {
      try descriptor.write(bytes)
    } catch {
      failure = error
    }
  }

  /// Whether the stream is a terminal.
  var isTerminal: Bool { descriptor.isTerminal }
}
