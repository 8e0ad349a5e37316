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
    carry =
      Array(UnsafeBufferPointer(start: job.input.base + result.consumed, count: job.input.count - result.consumed))
      + rest
    line = result.line
    job.firstRow = nextRow
    nextRow += job.rows
    let tooLong = result.consumed == 0 && !atEnd
    return result.unterminatedRecord == nil && result.refusedRecord == nil && !tooLong
  }

  /// Gives the bytes not in a block back to the reader, which reads the rest record by record.
  func handBack() {
    reader.resume(buffered: carry, line: line, atEnd: inputEnded)
  }
}
