extension CSVScanner {
  /// Whether the `count` bytes at `start` hold a NUL byte: text never does, so the file is refused
  /// wherever it is met, as in its first 64 KiB.
  static func containsNUL(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    ByteSearch.contains(0, in: start, count: count)
  }

  /// The record made of scanned `fields`: each decoded, quotes undoubled, with what went wrong.
  ///
  /// A field that is not valid in `encoding` is kept as lossy UTF-8 and marks the record
  /// ``SourceRecord/Problem/undecodableFields(_:)`` with every such field's index. A quote never
  /// closed is refused by the reader before a record is made.
  func record(_ fields: [Field], in bytes: UnsafeBufferPointer<UInt8>, encoding: CSVEncoding, line: Int) -> SourceRecord
  {
    var texts: [String] = []
    texts.reserveCapacity(fields.count)
    var undecodable: [Int] = []
    for field in fields {
      if let text = text(of: field, in: bytes, encoding: encoding) {
        texts.append(text)
      } else {
        undecodable.append(texts.count)
        texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self))
      }
    }
    let problem: SourceRecord.Problem? =
      undecodable.isEmpty ? nil : .undecodableFields(undecodable)
    return SourceRecord(fields: texts, line: line, problem: problem)
  }
}
