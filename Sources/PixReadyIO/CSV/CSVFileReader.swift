#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    let prefix = buffer[0..<filled]
    if let kind = Self.binaryKind(prefix) { throw .notText(path: path, kind: kind) }
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { throw .utf16(path: path) }
    let bom = prefix.starts(with: [0xEF, 0xBB, 0xBF])
    if bom { start = 3 }
    let chosen = encoding ?? (bom ? .utf8 : CSVEncoding.detect(buffer[start..<filled], complete: atEnd))
    let headerLine = buffer[start..<filled].split(separator: CSVScanner.lineFeed, omittingEmptySubsequences: true)
      .first { $0.contains { $0 > 0x20 } }
    let delimiter = CSVDialect.detectDelimiter(header: headerLine ?? [])
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

  deinit {
    if case .descriptor(let descriptor) = input, descriptor != STDIN_FILENO { close(descriptor) }
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
      let record = buffer.withUnsafeBufferPointer { bytes in
        makeRecord(UnsafeBufferPointer(rebasing: bytes[0..<filled]), unterminated: scanned.unterminatedQuote)
      }
      start = scanned.end
      line += scanned.lineBreaks
      return record
    }
  }

  private func makeRecord(_ bytes: UnsafeBufferPointer<UInt8>, unterminated: Bool) -> SourceRecord {
    var texts: [String] = []
    texts.reserveCapacity(fields.count)
    var problem: SourceRecord.Problem? = unterminated ? .unterminatedQuote : nil
    for field in fields {
      if let text = scanner.text(of: field, in: bytes, encoding: dialect.encoding) {
        texts.append(text)
      } else {
        if problem == nil { problem = .undecodableField(texts.count) }
        texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self))
      }
    }
    return SourceRecord(fields: texts, line: line, problem: problem)
  }

  /// Keeps the unscanned bytes, moved to the front, and reads more after them.
  private func refill() throws(CSVInputError) {
    if start > 0 {
      buffer.withUnsafeMutableBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return }
        memmove(base, base + start, filled - start)
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
        count = buffer.withUnsafeMutableBytes { bytes in
          read(descriptor, bytes.baseAddress.map { $0 + filled }, bytes.count - filled)
        }
        if count < 0 {
          if errno == EINTR { continue }
          throw .readFailed(path: path, reason: String(cString: strerror(errno)))
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
