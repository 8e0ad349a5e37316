/// Finds where records start and end in a run of CSV bytes, without reading their fields: the
/// sequential pass that cuts the input into blocks of whole records and numbers their rows.
///
/// Follows ``CSVScanner`` exactly: a quote opens a quoted field only at the start of a field;
/// inside one, `""` is a quote and line breaks belong to the field; records end with LF, CRLF or a
/// lone CR. Blank records (only spaces and delimiters) are left out, as the batch run skips them.
struct RecordSplitter: Sendable {
  /// The input's field delimiter.
  let delimiter: UInt8
  /// The input's encoding, to tell blank records exactly when their first byte is not enough.
  let encoding: CSVEncoding

  /// What a split found.
  struct Result: Equatable {
    /// Bytes consumed: the end of the last whole record.
    var consumed: Int
    /// The physical line after the last whole record.
    var line: Int
    /// Where a record that opens a quote never closed starts (only at the end of the input).
    var unterminatedRecord: Int?
    /// Where a record the reader refuses starts: more than ``CSVScanner/maximumFields`` fields, or a
    /// NUL byte.
    var refusedRecord: Int?
  }

  /// Scans whole records of `bytes` from the start, appending to `records` each one that is not
  /// blank.
  ///
  /// - Parameter atEnd: whether `bytes` ends the input; otherwise a record cut by the end of
  ///   `bytes` is left for the next call.
  func split(
    _ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool, firstLine: Int, into records: inout RecordIndex
  ) -> Result {
    guard let base = bytes.baseAddress else { return Result(consumed: 0, line: firstLine) }
    let count = bytes.count
    var record = 0
    var line = firstLine
    let hasNUL = CSVScanner.containsNUL(base, count)
    while record < count {
      switch recordEnd(base, count: count, from: record, atEnd: atEnd) {
      case .complete(let end, let breaks):
        // The reader refuses such a record (blank or not): the decoding path reads it and says so.
        if (hasNUL && CSVScanner.containsNUL(base + record, end - record)) || isCrowded(base, from: record, to: end) {
          return Result(consumed: record, line: line, refusedRecord: record)
        }
        if !isBlank(base, from: record, to: end) {
          records.append(start: record, end: end, line: line)
        }
        line += breaks
        record = end
      case .incomplete:
        return Result(consumed: record, line: line)
      case .unterminated:
        return Result(consumed: record, line: line, unterminatedRecord: record)
      }
    }
    return Result(consumed: record, line: line)
  }

  /// Whether the whole record in `start..<end` has more fields than the reader accepts; only
  /// records long enough to hold that many are scanned.
  private func isCrowded(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    guard end - start >= CSVScanner.maximumFields else { return false }
    var fields: [CSVScanner.Field] = []
    let scanned = CSVScanner(delimiter: delimiter).scan(
      UnsafeBufferPointer(start: base + start, count: end - start), from: 0, atEnd: true, fields: &fields)
    return scanned?.tooManyFields == true
  }

  private enum End {
    case complete(end: Int, breaks: Int)
    case incomplete
    case unterminated
  }

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// The end of the record that starts at `start`.
  private func recordEnd(_ base: UnsafePointer<UInt8>, count: Int, from start: Int, atEnd: Bool) -> End {
    var index = start
    var breaks = 0
    while true {
      let found = Self.nextSpecial(base, from: index, count: count)
      if found >= count { return atEnd ? .complete(end: count, breaks: breaks) : .incomplete }
      let byte = base[found]
      if byte == Self.lineFeed { return .complete(end: found + 1, breaks: breaks + 1) }
      if byte == Self.carriageReturn {
        if found + 1 < count {
          return .complete(end: found + (base[found + 1] == Self.lineFeed ? 2 : 1), breaks: breaks + 1)
        }
        return atEnd ? .complete(end: count, breaks: breaks + 1) : .incomplete
      }
      // A quote: it opens a quoted field only at the start of a field.
      guard found == start || base[found - 1] == delimiter else {
        index = found + 1
        continue
      }
      switch closingQuote(base, count: count, opening: found, atEnd: atEnd, breaks: &breaks) {
      case .some(let closing): index = closing + 1
      case .none: return atEnd ? .unterminated : .incomplete
      }
    }
  }

  /// The closing quote of the quoted field opened at `opening`, counting its line breaks; `nil`
  /// when `bytes` ends first (or could end between a quote and the quote doubling it).
  private func closingQuote(
    _ base: UnsafePointer<UInt8>, count: Int, opening: Int, atEnd: Bool, breaks: inout Int
  ) -> Int? {
    var index = opening + 1
    while index < count {
      let byte = base[index]
      if byte == Self.quote {
        if index + 1 >= count { return atEnd ? index : nil }
        if base[index + 1] != Self.quote { return index }
        index += 2
        continue
      }
      if byte == Self.lineFeed {
        breaks += 1
      } else if byte == Self.carriageReturn, index + 1 < count, base[index + 1] != Self.lineFeed {
        breaks += 1
      }
      index += 1
    }
    return nil
  }

  /// The first quote, LF or CR at or after `index`, sixteen bytes at a time; `count` when none.
  @inline(__always)
  static func nextSpecial(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
    var index = start
    let raw = UnsafeRawPointer(base)
    let lineFeeds = SIMD16<UInt8>(repeating: lineFeed)
    let returns = SIMD16<UInt8>(repeating: carriageReturn)
    let quotes = SIMD16<UInt8>(repeating: quote)
    while index + 16 <= count {
      let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      let found = (bytes .== lineFeeds) .| (bytes .== returns) .| (bytes .== quotes)
      if any(found) {
        // The first match: the mask as bytes, read as two little-endian words.
        let words = unsafeBitCast(
          SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: found), to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: words[0])
        return low != 0
          ? index + low.trailingZeroBitCount >> 3 : index + 8 + UInt64(littleEndian: words[1]).trailingZeroBitCount >> 3
      }
      index += 16
    }
    while index < count {
      let byte = base[index]
      if byte == lineFeed || byte == carriageReturn || byte == quote { return index }
      index += 1
    }
    return count
  }

  /// Whether the record in `start..<end` is blank, as ``SourceRecord``'s check decides it.
  private func isBlank(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    let first = base[start]
    // A visible ASCII character that is neither the delimiter nor a quote starts a non-blank field.
    if first > 0x20, first < 0x7F, first != delimiter, first != Self.quote { return false }
    let bytes = UnsafeBufferPointer(start: base + start, count: end - start)
    let scanner = CSVScanner(delimiter: delimiter)
    var fields: [CSVScanner.Field] = []
    guard scanner.scan(bytes, from: 0, atEnd: true, fields: &fields) != nil else { return false }
    let record = scanner.record(fields, in: bytes, encoding: encoding, line: 0)
    return record.isBlank
  }
}
