/// Finds the records and fields of CSV bytes held in memory (RFC 4180, read leniently).
///
/// A field in double quotes may hold the delimiter, line breaks and doubled quotes (`""`).
/// Records end with LF, CRLF or a lone CR. Text after a closing quote, or a quote inside an
/// unquoted field, is kept as written rather than dropped. Pure and byte-based: decoding to text
/// is the caller's job, so the same scanner serves every encoding and every chunk.
struct CSVScanner: Sendable {
  /// Where a field's bytes lie in the buffer.
  struct Field: Sendable, Equatable {
    /// First byte (after an opening quote).
    var start: Int
    /// One past the last byte (before a closing quote).
    var end: Int
    /// Whether the field holds doubled quotes to turn into single ones.
    var escapedQuotes: Bool
  }

  /// Where a record ends.
  struct RecordEnd: Sendable, Equatable {
    /// One past the record's last byte, its line break included.
    var end: Int
    /// Line breaks consumed, inside quotes and at the end.
    var lineBreaks: Int
    /// Whether the input ended inside a quoted field.
    var unterminatedQuote: Bool
    /// Whether the record has more than ``CSVScanner/maximumFields`` fields (scanning stopped there).
    var tooManyFields = false
  }

  /// The most fields a record may have: Excel's 16,384 columns. A record of delimiters alone would
  /// otherwise cost about 60 bytes of memory per byte read.
  static let maximumFields = 16_384

  static let quote = UInt8(ascii: "\"")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  /// The field delimiter.
  let delimiter: UInt8

  /// Scans the record that starts at `start`, filling `fields`.
  ///
  /// - Parameter atEnd: whether `bytes` ends the input; when it does not, a record whose end is
  ///   not in `bytes` yields `nil` and must be scanned again with more bytes.
  func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, fields: inout [Field]
  ) -> RecordEnd? {
    fields.removeAll(keepingCapacity: true)
    let count = bytes.count
    var index = start
    var lineBreaks = 0
    while true {
      if index < count, bytes[index] == Self.quote {
        guard let quoted = scanQuoted(bytes, from: index, atEnd: atEnd, lineBreaks: &lineBreaks) else { return nil }
        fields.append(quoted.field)
        if quoted.unterminated { return RecordEnd(end: count, lineBreaks: lineBreaks, unterminatedQuote: true) }
        index = quoted.next
      } else {
        let fieldStart = index
        while index < count {
          let byte = bytes[index]
          if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
          index += 1
        }
        fields.append(Field(start: fieldStart, end: index, escapedQuotes: false))
      }
      if fields.count > Self.maximumFields {
        return RecordEnd(end: index, lineBreaks: lineBreaks, unterminatedQuote: false, tooManyFields: true)
      }
      if index >= count {
        return atEnd ? RecordEnd(end: count, lineBreaks: lineBreaks, unterminatedQuote: false) : nil
      }
      if bytes[index] == delimiter {
        index += 1
        continue
      }
      if bytes[index] == Self.carriageReturn {
        if index + 1 < count {
          index += bytes[index + 1] == Self.lineFeed ? 2 : 1
        } else {
          guard atEnd else { return nil }
          index += 1
        }
      } else {
        index += 1
      }
      return RecordEnd(end: index, lineBreaks: lineBreaks + 1, unterminatedQuote: false)
    }
  }

  private struct Quoted {
    var field: Field
    var next: Int
    var unterminated: Bool
  }

  /// Scans a field that opens with a quote at `opening`.
  private func scanQuoted(
    _ bytes: UnsafeBufferPointer<UInt8>, from opening: Int, atEnd: Bool, lineBreaks: inout Int
  ) -> Quoted? {
    let count = bytes.count
    var index = opening + 1
    var escaped = false
    var breaks = 0
    while true {
      while index < count, bytes[index] != Self.quote {
        if bytes[index] == Self.lineFeed {
          breaks += 1
        } else if bytes[index] == Self.carriageReturn, index + 1 < count, bytes[index + 1] != Self.lineFeed {
          breaks += 1
        }
        index += 1
      }
      if index >= count {
        guard atEnd else { return nil }
        lineBreaks += breaks
        return Quoted(
          field: Field(start: opening + 1, end: count, escapedQuotes: escaped), next: count, unterminated: true)
      }
      if index + 1 >= count, !atEnd { return nil }
      if index + 1 < count, bytes[index + 1] == Self.quote {
        escaped = true
        index += 2
        continue
      }
      break
    }
    lineBreaks += breaks
    let closing = index
    var next = closing + 1
    if next < count, bytes[next] != delimiter, bytes[next] != Self.lineFeed, bytes[next] != Self.carriageReturn {
      // Text after the closing quote: keep the whole field as written.
      while next < count, bytes[next] != delimiter, bytes[next] != Self.lineFeed, bytes[next] != Self.carriageReturn {
        next += 1
      }
      if next >= count, !atEnd { return nil }
      return Quoted(field: Field(start: opening, end: next, escapedQuotes: false), next: next, unterminated: false)
    }
    return Quoted(
      field: Field(start: opening + 1, end: closing, escapedQuotes: escaped), next: next, unterminated: false)
  }

  /// The text of a field, quotes undoubled, decoded; `nil` when the bytes are not valid in `encoding`.
  func text(of field: Field, in bytes: UnsafeBufferPointer<UInt8>, encoding: CSVEncoding) -> String? {
    let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
    guard field.escapedQuotes else { return encoding.decode(slice) }
    var unescaped: [UInt8] = []
    unescaped.reserveCapacity(slice.count)
    var index = 0
    while index < slice.count {
      unescaped.append(slice[index])
      index += slice[index] == Self.quote && index + 1 < slice.count && slice[index + 1] == Self.quote ? 2 : 1
    }
    return unescaped.withUnsafeBufferPointer { encoding.decode($0) }
  }
}
