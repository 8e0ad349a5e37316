/// Lines read from a file descriptor (standard input by default) with `read(2)`.
///
/// Works the same on a terminal in its ordinary line mode (no raw mode, so there is nothing to
/// restore on exit) and on a pipe. A line ends at `\n`; a trailing `\r` is dropped; bytes that
/// are not UTF-8 are replaced rather than refused. The last line may lack its line break.
public struct DescriptorLineSource: LineSource {
  private let descriptor: FileDescriptor
  private var buffer: [UInt8] = []
  private var ended = false

  /// Reads from `descriptor` (0, standard input, by default).
  public init(descriptor: Int32 = 0) {
    self.descriptor = FileDescriptor(rawValue: descriptor)
  }

  /// The next line, or `nil` at the end of input (Ctrl-D on a terminal, end of a pipe).
  public mutating func nextLine() -> String? {
    while true {
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = Self.decode(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return line
      }
      if ended {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return Self.decode(buffer[...])
      }
      fill()
    }
  }

  private mutating func fill() {
    var chunk = [UInt8](repeating: 0, count: 4096)
    let descriptor = descriptor
    let count = chunk.withUnsafeMutableBytes { bytes in (try? descriptor.read(into: bytes)) ?? 0 }
    if count > 0 {
      buffer += chunk[..<count]
    } else {
      ended = true
    }
  }

  private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    let trimmed = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
    return String(decoding: trimmed, as: UTF8.self)
  }
}
