/// Cuts the records the reader has not read yet into blocks of whole records, numbering their rows
/// and lines: the sequential part of a fast run, on the main thread.
struct BlockReader {
  private let reader: CSVFileReader
  private let splitter: RecordSplitter
  private let blockSize: Int
  /// Bytes read and not yet in a block, in order.
  private var carry: [UInt8]
  private var line: Int
  private var inputEnded: Bool
  /// The data row number of the next record.
  private(set) var nextRow = 1

  /// Takes over from `reader`, which has read the header.
  init(reader: CSVFileReader, blockSize: Int) {
    self.reader = reader
    self.blockSize = blockSize
    splitter = RecordSplitter(delimiter: reader.dialect.delimiter, encoding: reader.dialect.encoding)
    let buffered = reader.takeBuffered()
    carry = buffered.bytes
    line = buffered.line
    inputEnded = buffered.atEnd
  }

  /// Whether every byte of the input is in a block.
  var finished: Bool { carry.isEmpty && inputEnded }

  /// Fills `job` with the next whole records (up to `blockSize` bytes), numbered.
  ///
  /// - Returns: `false` when the rest of the input must be read the slow way, from ``handBack()``:
  ///   a quote opened and never closed, a record with too many fields or a NUL byte, or a record longer than a block.
  mutating func fill(_ job: BlockJob) throws(CSVInputError) -> Bool {
    let taken = min(carry.count, blockSize)
    carry.withUnsafeBytes { job.input.append(UnsafeRawBufferPointer(rebasing: $0[0..<taken])) }
    let rest = carry[taken...]
    while rest.isEmpty, !inputEnded, job.input.count < blockSize {
      let free = UnsafeMutableRawBufferPointer(
        start: job.input.base + job.input.count, count: blockSize - job.input.count)
      let count = try reader.readInput(into: free)
      if count == 0 { inputEnded = true }
      job.input.count += count
    }
    job.input.zeroSlack()
    let atEnd = inputEnded && rest.isEmpty
    var records = RecordIndex()
    swap(&records, &job.records)
    let result = splitter.split(
      UnsafeBufferPointer(start: job.input.base, count: job.input.count), atEnd: atEnd, firstLine: line,
      into: &records)
    swap(&records, &job.records)
    var consumed = result.consumed
    let firstLine = line
    line = result.line
    // Plain ASCII so far, and a record that is not UTF-8: the decoding path reads on from it and
    // switches the file to an 8-bit encoding there, as the reader does.
    let switching = reader.encodingPending ? encodingSwitch(job, consumed: consumed, firstLine: firstLine) : nil
    if let switching {
      job.records.keep(before: switching.start)
      consumed = switching.start
      line = switching.line
    }
    carry = Array(UnsafeBufferPointer(start: job.input.base + consumed, count: job.input.count - consumed)) + rest
    job.firstRow = nextRow
    nextRow += job.rows
    let tooLong = result.consumed == 0 && !atEnd
    return result.unterminatedRecord == nil && result.refusedRecord == nil && !tooLong && switching == nil
  }

  /// While the encoding is pending: the first raw record of the block's `consumed` bytes holding a
  /// byte above 0x7F decides it (``CSVFileReader/settleEncoding(_:line:)``). When it leaves the file
  /// in UTF-8, the reader settles there and `nil` is returned; otherwise, where that record starts.
  private func encodingSwitch(_ job: BlockJob, consumed: Int, firstLine: Int) -> (start: Int, line: Int)? {
    let base = UnsafePointer(job.input.base)
    guard let high = Self.firstHighByte(base, count: consumed) else { return nil }
    let bytes = UnsafeBufferPointer(start: base, count: consumed)
    let scanner = CSVScanner(delimiter: reader.dialect.delimiter)
    var fields: [CSVScanner.Field] = []
    var start = 0
    var recordLine = firstLine
    while start < consumed, let end = scanner.scan(bytes, from: start, atEnd: true, fields: &fields) {
      if end.end > high {
        let record = UnsafeBufferPointer(rebasing: bytes[start..<end.end])
        switch EncodingEvidence(record, complete: true) {
        case .ascii, .utf8:
          reader.settleEncoding(record, line: recordLine)
          return nil
        case .singleByte:
          return (start, recordLine)
        }
      }
      recordLine += end.lineBreaks
      start = end.end
    }
    return nil
  }

  /// The offset of the first byte above 0x7F among `count` bytes, eight at a time.
  private static func firstHighByte(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= count {
      if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < count {
      if base[index] >= 0x80 { return index }
      index += 1
    }
    return nil
  }

  /// Gives the bytes not in a block back to the reader, which reads the rest record by record.
  func handBack() {
    reader.resume(buffered: carry, line: line, atEnd: inputEnded)
  }
}
