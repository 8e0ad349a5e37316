/// Lines and columns in a document's bytes: a line ends at LF, CR LF or a lone CR.
struct XMLPosition {
  /// The line, from 1.
  var line = 1
  /// The offset where ``line`` starts.
  var lineStart: Int
  /// The offset up to which lines are counted.
  private var counted: Int

  /// Starts counting at `offset`, line 1.
  init(start offset: Int) {
    lineStart = offset
    counted = offset
  }

  /// Advances to `offset` (never backwards) and returns its line.
  mutating func line<Bytes: RandomAccessCollection<UInt8>>(at offset: Int, in bytes: Bytes) -> Int
  where Bytes.Index == Int {
    while counted < offset {
      let byte = bytes[counted]
      counted += 1
      if byte == 0x0A || (byte == 0x0D && (counted == bytes.endIndex || bytes[counted] != 0x0A)) {
        line += 1
        lineStart = counted
      }
    }
    return line
  }

  /// The column of `offset` on its line, from 1, in characters (UTF-8 continuation bytes do not count).
  func column<Bytes: RandomAccessCollection<UInt8>>(at offset: Int, in bytes: Bytes, utf8: Bool = true) -> Int
  where Bytes.Index == Int {
    var column = 1
    var index = lineStart
    while index < offset {
      if !utf8 || bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }

  /// The line and column of `offset` in `bytes`, counted from their start.
  static func locate(_ bytes: ArraySlice<UInt8>, offset: Int, utf8: Bool) -> (line: Int, column: Int) {
    var position = XMLPosition(start: bytes.startIndex)
    let line = position.line(at: offset, in: bytes)
    return (line, position.column(at: offset, in: bytes, utf8: utf8))
  }
}
