import PixReadyCore

/// Where a report for people is written, section by section: bytes gathered in a buffer of
/// about 512 KiB, handed to the output a chunk of whole lines at a time on an ``OutputThread``
/// (the system copies one chunk while the next is made), French typeset on the way when the
/// whole text is (Markdown in French).
///
/// Typesetting whole lines gives the bytes typesetting the whole text would:
/// ``FrenchTypography`` never looks across a line break.
struct ReportWriter {
  private var bytes: [UInt8] = []
  private let typesets: Bool
  private let output: OutputThread
  private static let chunk = 1 << 19

  /// Runs `body` with a writer handing its bytes to `output`, then hands over what is left.
  static func write<Output: ByteOutputStream>(
    to output: inout Output, typesetIn language: Language?, _ body: (inout ReportWriter) -> Void
  ) {
    withUnsafeMutablePointer(to: &output) { output in
      // Only the output thread uses `output` until `finish()` returns.
      let output = UncheckedSendable(output)
      let thread = OutputThread { output.value.pointee.write(bytes: $0) }
      var writer = ReportWriter(typesetIn: language, output: thread)
      body(&writer)
      writer.finish()
      thread.finish()
    }
  }

  /// A writer handing its bytes to `output`, typeset as text in `language` is (``Language/typeset(_:)``),
  /// or as they are when `nil`.
  private init(typesetIn language: Language?, output: OutputThread) {
    switch language {
    case .fr: typesets = true
    case .en, nil: typesets = false
    }
    self.output = output
    bytes.reserveCapacity(Self.chunk + Self.chunk / 2)
  }

  /// Appends UTF-8 text.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends a literal.
  mutating func append(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends bytes.
  mutating func append(_ other: [UInt8]) {
    bytes.append(contentsOf: other)
  }

  /// Appends one byte (ASCII).
  mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// Appends a non-negative integer in decimal.
  mutating func appendDecimal(_ value: Int) {
    guard value >= 10 else {
      bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      var remaining = value
      var position = buffer.count
      repeat {
        position -= 1
        buffer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
        remaining /= 10
      } while remaining > 0 && position > 0
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[position...]))
    }
  }

  /// Hands the lines gathered so far to the output once there are enough of them; call it after
  /// a line is complete.
  mutating func lineEnded() {
    guard bytes.count >= Self.chunk, let end = bytes.lastIndex(of: 0x0A) else { return }
    drain(upTo: end + 1)
  }

  /// Hands everything left to the output.
  mutating func finish() {
    drain(upTo: bytes.count)
  }

  private mutating func drain(upTo end: Int) {
    guard end > 0 else { return }
    var chunk = output.buffer()
    bytes.withUnsafeBufferPointer { buffer in
      let lines = UnsafeBufferPointer(rebasing: buffer[..<end])
      if typesets {
        FrenchTypography.typeset(lines, appendingTo: &chunk)
      } else {
        chunk.append(contentsOf: lines)
      }
    }
    output.send(chunk)
    bytes.removeFirst(end)
  }
}
