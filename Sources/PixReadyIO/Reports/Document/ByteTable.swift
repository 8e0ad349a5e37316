/// Texts a report writes once per row, chosen by a number (the start of a row by class, its end
/// by outcome, a student's name), held one after the other in memory of their own.
///
/// Appending one of them (``subscript(_:)``, then `ReportWriter.append`) touches no reference
/// count: taking an array out of an array of arrays retains it, and the threads writing rows side
/// by side would all retain the same few arrays, a million times each.
final class ByteTable: @unchecked Sendable {
  /// The texts' bytes, one after the other; never changed after `init`.
  private let bytes: UnsafeMutablePointer<UInt8>
  /// Where each text starts in ``bytes``, and where the last one ends.
  private let starts: UnsafeMutableBufferPointer<Int>

  /// A table of `texts`, in order.
  init<Texts: Collection>(_ texts: Texts) where Texts.Element: Collection<UInt8> {
    var total = 0
    for text in texts { total += text.count }
    bytes = .allocate(capacity: total)
    starts = .allocate(capacity: texts.count + 1)
    var offset = 0
    for (index, text) in texts.enumerated() {
      starts[index] = offset
      for byte in text {
        (bytes + offset).initialize(to: byte)
        offset += 1
      }
    }
    starts[texts.count] = offset
  }

  /// A table of the UTF-8 bytes of `texts`, in order.
  convenience init(utf8 texts: [String]) {
    self.init(texts.map(\.utf8))
  }

  deinit {
    bytes.deallocate()
    starts.deallocate()
  }

  /// How many texts the table holds.
  var count: Int { starts.count - 1 }

  /// The bytes of the text at `index`, valid as long as the table is.
  subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    precondition(index >= 0 && index < count, "ByteTable index out of range")
    return UnsafeBufferPointer(start: bytes + starts[index], count: starts[index + 1] - starts[index])
  }
}
