/// Roster rows kept compactly as bytes: their row, line and identity cells, about 60 bytes a row.
///
/// The cross-check keeps the rows SIECLE does not know until the end, when it knows whether to
/// list them (they are most of the roster when the export is another school's): one array of
/// bytes instead of a dictionary per row keeps memory flat.
struct PackedRosterRows: Sendable {
  /// One row as it was added.
  struct Row: Equatable {
    /// The identity cells.
    var student: StudentIdentity
    /// The data row, from 1.
    var row: Int
    /// The physical line, when given.
    var line: Int?
  }

  /// The bytes, in chunks of about ``chunkSize``: memory grows by a chunk at a time, never by
  /// copying everything kept into an array twice as large. The last chunk is ``current``.
  private var chunks: [[UInt8]] = []
  /// The chunk rows are added to.
  private var current: [UInt8] = []
  /// The number of rows kept.
  private(set) var count = 0

  private static let chunkSize = 1 << 16

  private static let fields = StudentIdentity.Field.allCases
  private static let hasLine: UInt8 = 1 << 7

  /// Keeps a row: a byte telling whether a line follows and how many cells, the row and the line
  /// as variable-length integers, then each cell as its field, its length and its UTF-8 bytes.
  mutating func append(_ student: StudentIdentity, row: Int, line: Int?) {
    let present = Self.fields.indices.count { student[ifPresent: Self.fields[$0]] != nil }
    appendHead(row: row, line: line, present: present)
    for (index, field) in Self.fields.enumerated() {
      guard let value = student[ifPresent: field] else { continue }
      appendCell(index, value.utf8)
    }
    count += 1
  }

  /// Keeps a row whose cells are given as UTF-8 bytes: `cell(k)` is field k of
  /// `StudentIdentity.Field.allCases`, `nil` when the roster has no such column. Read back, it is
  /// the row ``append(_:row:line:)`` keeps for the same identity.
  mutating func append(row: Int, line: Int?, cell: (Int) -> UnsafeBufferPointer<UInt8>?) {
    let head = appendHead(row: row, line: line, present: 0)
    var present: UInt8 = 0
    for index in Self.fields.indices {
      guard let value = cell(index) else { continue }
      appendCell(index, value)
      present += 1
    }
    current[head] |= present
    count += 1
  }

  /// Appends the byte telling the line and how many cells (`present`), the row and the line;
  /// returns where that first byte is in ``current``.
  @discardableResult
  private mutating func appendHead(row: Int, line: Int?, present: Int) -> Int {
    if current.count >= Self.chunkSize {
      chunks.append(current)
      current = []
    }
    if current.isEmpty { current.reserveCapacity(Self.chunkSize + 1024) }
    let head = current.count
    current.append((line == nil ? 0 : Self.hasLine) | UInt8(present))
    Self.appendInteger(row, to: &current)
    if let line { Self.appendInteger(line - row, to: &current) }
    return head
  }

  private mutating func appendCell(_ field: Int, _ bytes: some Collection<UInt8>) {
    current.append(UInt8(field))
    Self.appendInteger(bytes.count, to: &current)
    current.append(contentsOf: bytes)
  }

  /// The rows, in the order they were kept.
  var rows: [Row] {
    var result: [Row] = []
    result.reserveCapacity(count)
    for bytes in chunks + [current] {
      var offset = 0
      while offset < bytes.count {
        let head = bytes[offset]
        offset += 1
        let row = Self.readInteger(bytes, &offset)
        let line = head & Self.hasLine == 0 ? nil : row + Self.readInteger(bytes, &offset)
        var values: [StudentIdentity.Field: String] = [:]
        for _ in 0..<Int(head & ~Self.hasLine) {
          let field = Self.fields[Int(bytes[offset])]
          offset += 1
          let length = Self.readInteger(bytes, &offset)
          values[field] = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
          offset += length
        }
        result.append(Row(student: StudentIdentity(values: values), row: row, line: line))
      }
    }
    return result
  }

  /// A signed integer in zigzag LEB128: small values of either sign take one byte.
  private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
    var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  private static func readInteger(_ bytes: [UInt8], _ offset: inout Int) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    let decoded = Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    return decoded
  }
}
