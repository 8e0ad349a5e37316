/// Carries identity cells from the input bytes to a report without making a `String`.
///
/// A cell is taken as is only when the decoding path would write exactly its bytes: valid text in the
/// input's encoding, nothing to trim at either end, and nothing to quote or escape (no control
/// character, quote, backslash, or, for CSV, a separator the report quotes). Any other cell sends its row to the decoding path.
/// A cell with bytes from 0x80 is checked further: well-formed, and starting and ending with a
/// scalar that is surely not whitespace.
struct IdentityCopier: Sendable {
  /// The input's encoding.
  let encoding: CSVEncoding
  /// Per byte: 0 plain ASCII, 1 never taken as is, 2 not ASCII.
  private let classes: [UInt8]
  /// For single-byte encodings, the UTF-8 bytes of each byte from 0x80.
  private let highBytes: [[UInt8]]
  /// For single-byte encodings, whether each byte from 0x80 may end a cell (see ``isSafeEnd(_:)``).
  private let highSafe: [Bool]

  /// Creates a copier; `outputDelimiter` is the CSV report's delimiter, `nil` for JSON.
  init(encoding: CSVEncoding, outputDelimiter: UInt8?) {
    self.encoding = encoding
    var classes = [UInt8](repeating: 0, count: 256)
    for byte in 0..<0x20 { classes[byte] = 1 }
    let quoted = outputDelimiter.map { [$0] + CSVReportFormatter.quotedBytes } ?? []
    for byte in [UInt8(ascii: "\""), UInt8(ascii: "\\")] + quoted {
      classes[Int(byte)] = 1
    }
    for byte in 0x80..<0x100 { classes[byte] = 2 }
    self.classes = classes
    var highBytes: [[UInt8]] = []
    var highSafe: [Bool] = []
    if encoding != .utf8 {
      for byte in UInt8(0x80)...UInt8(0xFF) {
        let text = [byte].withUnsafeBufferPointer { encoding.decode($0) } ?? "\u{FFFD}"
        highBytes.append(Array(text.utf8))
        highSafe.append(text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy { Self.isSafeEnd($0.value) })
      }
    }
    self.highBytes = highBytes
    self.highSafe = highSafe
  }

  /// Whether a scalar may stand first or last in a cell copied as is: a visible ASCII character or
  /// a Latin letter or sign (U+00A1–U+024F). None is whitespace, so there is nothing to trim, and
  /// none joins the character before it, so the last `Character` is not whitespace either.
  static func isSafeEnd(_ scalar: UInt32) -> Bool {
    (0x21...0x7E).contains(scalar) || (0xA1...0x24F).contains(scalar)
  }

  /// Whether the `length` bytes at `start` can be copied as is.
  @inline(__always)
  func accepts(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    if length == 0 { return true }
    // A cell a spreadsheet would run as a formula is written by the row-by-row path (with a leading ').
    if CSVReportFormatter.startsFormula(start[0]) { return false }
    var seen: UInt8 = 0
    classes.withUnsafeBufferPointer { table in
      for index in 0..<length { seen |= table[Int(start[index])] }
    }
    if seen & 1 != 0 { return false }
    if seen == 0 { return start[0] != 0x20 && start[length - 1] != 0x20 }
    switch encoding {
    case .utf8:
      return UTF8Strict.firstScalar(start, length).map(Self.isSafeEnd) == true
        && UTF8Strict.lastScalar(start, length).map(Self.isSafeEnd) == true
        && UTF8Strict.isValid(start, length)
    case .windows1252, .iso885915:
      return isSafeEndByte(start[0]) && isSafeEndByte(start[length - 1])
    }
  }

  private func isSafeEndByte(_ byte: UInt8) -> Bool {
    byte < 0x80 ? Self.isSafeEnd(UInt32(byte)) : highSafe[Int(byte) - 0x80]
  }

  /// Appends the cell to `output` as UTF-8 (a copy for UTF-8 input, a transcoding otherwise).
  @inline(__always)
  func append(_ start: UnsafePointer<UInt8>, _ length: Int, to output: inout ByteWriter) {
    if encoding == .utf8 {
      output.appendShort(start, length)
      return
    }
    for index in 0..<length {
      let byte = start[index]
      if byte < 0x80 {
        output.append(byte)
      } else {
        output.append(highBytes[Int(byte) - 0x80])
      }
    }
  }
}
