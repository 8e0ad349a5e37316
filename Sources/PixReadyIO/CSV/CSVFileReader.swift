/// Reads a class file record by record, in a buffer of fixed size: memory stays flat.
///
/// Opening reads the start of the file to refuse what is not CSV text (a workbook, UTF-16),
/// to detect the encoding (unless given) and the delimiter, and to read the header: the first
/// line that is not blank. Every later record keeps the physical line where it starts.
public final class CSVFileReader: RecordSource {
  /// The file name used in messages (`-` for standard input).
  public let path: String
  /// The encoding and delimiter in use.
  public private(set) var dialect = CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), byteOrderMark: false)
  /// The header record (column names), `nil` when the file holds no line at all.
  public private(set) var header: SourceRecord?
  /// The line whose bytes changed the encoding from UTF-8 to an 8-bit one: the first 64 KiB were
  /// plain ASCII, and the first record that was not is not UTF-8 (``EncodingEvidence``); `nil` otherwise.
  public private(set) var encodingSwitchLine: Int?
  /// Whether the whole input, under 64 KiB (a class, not a school: under 1,000 rows), was read
  /// when the reader opened (with a `chunkSize` of 64 KiB or more, as by default).
  public private(set) var isSmall = false
  /// Whether the encoding is still to be decided: what was read so far is plain ASCII.
  private(set) var encodingPending = false

  private var input: ByteInput
  private var buffer: [UInt8]
  private var start = 0
  private var filled = 0
  private var atEnd = false
  private var line = 1
  private var fields: [CSVScanner.Field] = []
  private var scanner = CSVScanner(delimiter: UInt8(ascii: ";"))
  private var memoryOffset = 0
  private let maximumRecordBytes: Int

  /// Opens a reader over `input`.
  ///
  /// - Parameters:
  ///   - encoding: the encoding to use; `nil` detects it from the first 64 KiB.
  ///   - chunkSize: bytes read at once.
  ///   - maximumRecordBytes: the largest record accepted (a quote left open swallows the file).
  /// - Throws: ``CSVInputError`` when the file cannot be used at all.
  public init(
    input: ByteInput, path: String, encoding: CSVEncoding? = nil, chunkSize: Int = 1 << 20,
    maximumRecordBytes: Int = 16 << 20
  ) throws(CSVInputError) {
    self.input = input
    self.path = path
    self.maximumRecordBytes = maximumRecordBytes
    buffer = [UInt8](repeating: 0, count: max(chunkSize, 16))
    try fill(atLeast: 1 << 16)
    // Only the first 64 KiB are sniffed, however much the first read returned.
    let sniffed = min(filled, 1 << 16)
    let prefix = buffer[0..<sniffed]
    if let kind = Self.binaryKind(prefix) { throw .notText(path: path, kind: kind) }
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { throw .utf16(path: path) }
    let bom = prefix.starts(with: [0xEF, 0xBB, 0xBF])
    if bom { start = 3 }
    let complete = atEnd && sniffed == filled
    isSmall = complete
    let evidence = encoding == nil && !bom ? EncodingEvidence(buffer[start..<sniffed], complete: complete) : nil
    encodingPending = evidence == .ascii && !complete
    let chosen =
      encoding ?? (bom ? .utf8 : CSVEncoding.detect(buffer[start..<sniffed], complete: complete))
    let delimiter = CSVDialect.detectDelimiter(header: firstNonBlankLine() ?? [])
    dialect = CSVDialect(encoding: chosen, delimiter: delimiter, byteOrderMark: bom)
    scanner = CSVScanner(delimiter: delimiter)
    while let record = try nextRaw() {
      if !record.isBlank {
        header = record
        break
      }
    }
    if header == nil { throw .empty(path: path) }
  }

  /// The first line of the buffer holding a visible byte (where the header is).
  private func firstNonBlankLine() -> ArraySlice<UInt8>? {
    var lineStart = start
    while lineStart < filled {
      let lineEnd =
        buffer[lineStart..<filled].firstIndex { $0 == CSVScanner.lineFeed || $0 == CSVScanner.carriageReturn } ?? filled
      if buffer[lineStart..<lineEnd].contains(where: { $0 > 0x20 }) { return buffer[lineStart..<lineEnd] }
      lineStart = lineEnd + 1
    }
    return nil
  }

  deinit {
    if case .descriptor(let descriptor) = input, descriptor != .standardInput { descriptor.close() }
  }

  /// The next data record that is not blank, or `nil` at the end of the file.
  public func nextRecord() throws -> SourceRecord? {
    while let record = try nextRaw() {
      if !record.isBlank { return record }
    }
    return nil
  }

  private func nextRaw() throws(CSVInputError) -> SourceRecord? {
    while true {
      if start >= filled {
        if atEnd { return nil }
        try refill()
        continue
      }
      let scanned = buffer.withUnsafeBufferPointer { bytes in
        scanner.scan(UnsafeBufferPointer(rebasing: bytes[0..<filled]), from: start, atEnd: atEnd, fields: &fields)
      }
      guard let scanned else {
        try refill()
        continue
      }
      // Reading on would put the rest of the file, other students and ignored columns included, in one cell.
      if scanned.unterminatedQuote { throw .unterminatedQuote(path: path, line: line) }
      if scanned.tooManyFields { throw .tooManyFields(path: path, line: line, limit: CSVScanner.maximumFields) }
      let hasNUL = buffer.withUnsafeBufferPointer { bytes in
        bytes.baseAddress.map { CSVScanner.containsNUL($0 + start, scanned.end - start) } ?? false
      }
      if hasNUL { throw .notText(path: path, kind: .binary) }
      if encodingPending {
        _ = buffer.withUnsafeBufferPointer { bytes in
          settleEncoding(UnsafeBufferPointer(rebasing: bytes[start..<scanned.end]), line: line)
        }
      }
      let record = buffer.withUnsafeBufferPointer { bytes in
        makeRecord(UnsafeBufferPointer(rebasing: bytes[0..<filled]))
      }
      start = scanned.end
      line += scanned.lineBreaks
      return record
    }
  }

  private func makeRecord(_ bytes: UnsafeBufferPointer<UInt8>) -> SourceRecord {
    scanner.record(fields, in: bytes, encoding: dialect.encoding, line: line)
  }

  /// Decides the encoding on the first record holding a byte above 0x7F, while it is pending.
  ///
  /// - Returns: whether the record leaves the file in UTF-8 (or is plain ASCII); `false` when it
  ///   switched the file to an 8-bit encoding.
  @discardableResult
  func settleEncoding(_ record: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
    switch EncodingEvidence(record, complete: true) {
    case .ascii:
      return true
    case .utf8:
      encodingPending = false
      return true
    case .singleByte(let encoding):
      encodingPending = false
      dialect.encoding = encoding
      encodingSwitchLine = line
      return false
    }
  }

  /// Takes the bytes read but not yet scanned, leaving the buffer empty (the byte path reads on from here).
  func takeBuffered() -> (bytes: [UInt8], line: Int, atEnd: Bool) {
    let bytes = Array(buffer[start..<filled])
    start = 0
    filled = 0
    return (bytes, line, atEnd)
  }

  /// Puts back unscanned bytes, which start at `line`: records are read from them, then from the input.
  func resume(buffered bytes: [UInt8], line: Int, atEnd: Bool) {
    buffer = bytes + [UInt8](repeating: 0, count: max(16, bytes.count))
    start = 0
    filled = bytes.count
    self.line = line
    self.atEnd = atEnd
  }

  /// Reads the next bytes of the input into `destination`, past what is buffered; 0 at the end.
  func readInput(into destination: UnsafeMutableRawBufferPointer) throws(CSVInputError) -> Int {
    while true {
      switch input {
      case .descriptor(let descriptor):
        let count: Int
        do { count = try descriptor.read(into: destination) } catch {
          throw .readFailed(path: path, reason: error.reason)
        }
        if count == 0 { atEnd = true }
        return count
      case .memory(let bytes):
        let count = min(bytes.count - memoryOffset, destination.count)
        bytes.withUnsafeBytes { source in
          guard let base = source.baseAddress, count > 0 else { return }
          destination.copyMemory(from: UnsafeRawBufferPointer(start: base + memoryOffset, count: count))
        }
        memoryOffset += count
        if count == 0 { atEnd = true }
        return count
      }
    }
  }

  /// Keeps the unscanned bytes, moved to the front, and reads more after them.
  private func refill() throws(CSVInputError) {
    if start > 0 {
      buffer.withUnsafeMutableBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(base).copyMemory(from: base + start, byteCount: filled - start)
      }
      filled -= start
      start = 0
    }
    if filled == buffer.count {
      guard buffer.count < maximumRecordBytes else {
        throw .recordTooLong(path: path, line: line, limit: maximumRecordBytes)
      }
      buffer += [UInt8](repeating: 0, count: buffer.count)
    }
    try fill(atLeast: 1)
  }

  /// Reads until `minimum` more bytes are buffered, the buffer is full, or the input ends.
  private func fill(atLeast minimum: Int) throws(CSVInputError) {
    let target = min(buffer.count, filled + minimum)
    while filled < target, !atEnd {
      let count: Int
      switch input {
      case .descriptor(let descriptor):
        do { count = try descriptor.read(into: &buffer, at: filled, count: buffer.count - filled) } catch {
          throw .readFailed(path: path, reason: error.reason)
        }
      case .memory(let bytes):
        count = min(bytes.count - memoryOffset, buffer.count - filled)
        buffer.replaceSubrange(filled..<(filled + count), with: bytes[memoryOffset..<(memoryOffset + count)])
        memoryOffset += count
      }
      if count == 0 { atEnd = true }
      filled += count
    }
  }

  /// What a binary file's first bytes say it is, or `nil` for text.
  static func binaryKind(_ prefix: ArraySlice<UInt8>) -> CSVInputError.BinaryKind? {
    if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zipWorkbook }
    if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .legacyWorkbook }
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return nil }
    return prefix.contains(0) ? .binary : nil
  }
}

extension SourceRecord {
  /// Whether every field is empty or spaces (a blank line, or a line of delimiters).
  var isBlank: Bool {
    problem == nil && fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
  }
}
