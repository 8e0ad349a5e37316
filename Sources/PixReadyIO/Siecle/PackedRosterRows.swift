/// Roster rows kept compactly as bytes: their row, line and identity cells, about 35 bytes a row.
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
  /// The chunk rows are added to: its first ``used`` bytes are rows, the others room for more.
  private var current: [UInt8] = []
  private var used = 0
  /// Places to read rows from, by row: the first row of each chunk and every
  /// ``checkpointRows``-th row kept.
  private var checkpoints: [Checkpoint] = []
  private static let checkpointRows = 64
  /// The number of rows kept, taken out included.
  private var appended = 0
  /// The rows taken out (``remove(_:)``).
  private var removed = Set<Int>()
  /// The number of rows kept.
  var count: Int { appended - removed.count }
  /// The row kept last (0 before the first): each row is kept as the difference from it.
  private var lastRow = 0
  /// How far the line of the row kept last was from its row: each line is kept as the change.
  private var lastLineOffset = 0

  private static let chunkSize = 1 << 16

  private static let fields = StudentIdentity.Field.allCases
  /// The head byte: bit k when field k has a cell, and these.
  private static let hasLine: UInt8 = 1 << 7
  /// The INE is kept packed in 8 bytes (``FirstRowByINE/packed(_:)``), not as its text.
  private static let packedINE: UInt8 = 1 << 6
  /// The birthdate, written `JJ/MM/AAAA`, is kept as its 8 digits in 4 bytes.
  private static let packedDate: UInt8 = 1 << 5
  // Positions rather than searches in `fields`: constants, read per cell with no lazy global.
  private static var ine: Int { StudentIdentity.Field.ine.position }
  private static var dateNaissance: Int { StudentIdentity.Field.dateNaissance.position }
  private static var fieldCount: Int { StudentIdentity.Field.classe.position + 1 }
  /// The most bytes a zigzag LEB128 integer takes.
  private static let integerRoom = 10

  /// Keeps a row: a head byte (which cells, whether a line follows, which cells are packed), the
  /// row and the line as changes from the row before, then each cell: its length and UTF-8
  /// bytes, or, for an INE of digits and capitals, its 8 packed bytes, and for a birthdate
  /// `JJ/MM/AAAA`, its digits in 4 bytes.
  mutating func append(_ student: StudentIdentity, row: Int, line: Int?) {
    var bytes: [UInt8] = []
    let ranges = Self.fields.map { field in
      student[ifPresent: field].map { text in
        let start = bytes.count
        bytes += text.utf8
        return start..<bytes.count
      }
    }
    bytes.withUnsafeBufferPointer { bytes in
      append(row: row, line: line) { ranges[$0].map { UnsafeBufferPointer(rebasing: bytes[$0]) } }
    }
  }

  /// Keeps a row whose cells are given as UTF-8 bytes: `cell(k)` is field k of
  /// `StudentIdentity.Field.allCases`, `nil` when the roster has no such column. Read back, it is
  /// the row ``append(_:row:line:)`` keeps for the same identity.
  ///
  /// - Parameter ineKey: the INE cell's ``FirstRowByINE/packed(_:)``, when the caller has it.
  mutating func append(
    row: Int, line: Int?, ineKey: UInt64? = nil, cell: (Int) -> UnsafeBufferPointer<UInt8>?
  ) {
    // Room for the head, the row, the line and each cell with its length, packed or not.
    var room = 1 + 2 * Self.integerRoom
    for index in 0..<Self.fieldCount {
      if let value = cell(index) { room += Self.integerRoom + value.count }
    }
    if Self.chunkSize - used < room || current.count - used < room {
      startChunk(room: room)
    } else if appended % Self.checkpointRows == 0 {
      checkpoints.append(Checkpoint(row: lastRow, lineOffset: lastLineOffset, chunk: chunks.count, offset: used))
    }
    let (delta, lineChange) = (row - lastRow, line.map { $0 - row - lastLineOffset })
    lastRow = row
    if let line { lastLineOffset = line - row }
    let used = used
    self.used = current.withUnsafeMutableBufferPointer { chunk in
      // The chunk has room for the row (`startChunk`), so it has bytes.
      guard let base = chunk.baseAddress else { return used }
      let start = base + used
      var end = start + 1
      Self.write(delta, at: &end)
      if let lineChange { Self.write(lineChange, at: &end) }
      var head: UInt8 = line == nil ? 0 : Self.hasLine
      for index in 0..<Self.fieldCount {
        guard let value = cell(index) else { continue }
        head |= Self.write(index, value, ineKey: ineKey, at: &end)
      }
      start.pointee = head
      return end - base
    }
    appended += 1
  }

  /// Takes out the rows numbered `numbers` (in order, each a row kept once) and returns them;
  /// a number no row kept has is passed over. The rows must have been kept in order of their
  /// numbers, as the cross-check keeps them.
  ///
  /// Each is read from the last checkpoint before it, passing over the cells of at most
  /// ``checkpointRows`` rows: the cross-check takes out the duplicates found among a million rows
  /// kept.
  mutating func remove(_ numbers: [Int]) -> [Row] {
    var result: [Row] = []
    for number in numbers {
      // The last checkpoint before the row.
      var (low, high) = (0, checkpoints.count)
      while high - low > 1 {
        let middle = (low + high) / 2
        if checkpoints[middle].row < number { low = middle } else { high = middle }
      }
      guard low < checkpoints.count else { break }
      let checkpoint = checkpoints[low]
      var state = (row: checkpoint.row, lineOffset: checkpoint.lineOffset)
      Self.walk(chunk(checkpoint.chunk), from: checkpoint.offset, state: &state) { row, line, head, bytes, offset in
        guard row == number else {
          Self.skipCells(head, bytes, &offset)
          return row < number
        }
        result.append(Row(student: Self.readCells(head, bytes, &offset), row: row, line: line))
        return false
      }
    }
    removed.formUnion(result.lazy.map(\.row))
    return result
  }

  /// Where rows can be read from: the row and line offset kept before the row at `offset` in
  /// chunk `chunk` (one of ``chunks``, or ``current`` after them).
  private struct Checkpoint {
    var row: Int
    var lineOffset: Int
    var chunk: Int
    var offset: Int
  }

  /// Chunk `index`: one of ``chunks``, or the filled part of ``current``.
  private func chunk(_ index: Int) -> [UInt8] {
    index < chunks.count ? chunks[index] : Array(current[..<used])
  }

  /// Puts the chunk filled so far with the others and starts one with room for `room` bytes.
  private mutating func startChunk(room: Int) {
    if used > 0 {
      current.removeSubrange(used...)
      chunks.append(current)
    }
    current = [UInt8](repeating: 0, count: max(Self.chunkSize, room))
    used = 0
    checkpoints.append(Checkpoint(row: lastRow, lineOffset: lastLineOffset, chunk: chunks.count, offset: 0))
  }

  /// Writes cell `field` at `end`, which moves past it; returns its bits of the head byte.
  @inline(__always)
  private static func write(
    _ field: Int, _ bytes: UnsafeBufferPointer<UInt8>, ineKey: UInt64?, at end: inout UnsafeMutablePointer<UInt8>
  ) -> UInt8 {
    if field == ine, let packed = ineKey ?? FirstRowByINE.packed(bytes) {
      UnsafeMutableRawPointer(end).storeBytes(of: packed.littleEndian, as: UInt64.self)
      end += 8
      return 1 << field | packedINE
    }
    if field == dateNaissance, let digits = dateDigits(bytes) {
      UnsafeMutableRawPointer(end).storeBytes(of: digits.littleEndian, as: UInt32.self)
      end += 4
      return 1 << field | packedDate
    }
    write(bytes.count, at: &end)
    if let base = bytes.baseAddress { end.update(from: base, count: bytes.count) }
    end += bytes.count
    return 1 << field
  }

  /// The rows, in the order they were kept.
  var rows: [Row] {
    var result: [Row] = []
    result.reserveCapacity(count)
    var state = (row: 0, lineOffset: 0)
    for index in 0..<(used > 0 ? chunks.count + 1 : chunks.count) {
      Self.walk(chunk(index), from: 0, state: &state) { row, line, head, bytes, offset in
        if removed.contains(row) {
          Self.skipCells(head, bytes, &offset)
        } else {
          result.append(Row(student: Self.readCells(head, bytes, &offset), row: row, line: line))
        }
        return true
      }
    }
    return result
  }

  /// Reads the head, row and line of the rows of chunk `bytes` from `offset`, whose changes start
  /// from `state` (then the state after the last row read), and hands them to `body`, which moves
  /// `offset` past the row's cells and says whether to go on.
  private static func walk(
    _ bytes: [UInt8], from offset: Int, state: inout (row: Int, lineOffset: Int),
    _ body: (_ row: Int, _ line: Int?, _ head: UInt8, _ bytes: [UInt8], _ offset: inout Int) -> Bool
  ) {
    var (row, lineOffset) = state
    defer { state = (row, lineOffset) }
    var offset = offset
    while offset < bytes.count {
      let head = bytes[offset]
      offset += 1
      row += readInteger(bytes, &offset)
      var line: Int?
      if head & hasLine != 0 {
        lineOffset += readInteger(bytes, &offset)
        line = row + lineOffset
      }
      guard body(row, line, head, bytes, &offset) else { return }
    }
  }

  /// The cells of a row with head byte `head`, read at `offset`, which moves past them.
  private static func readCells(_ head: UInt8, _ bytes: [UInt8], _ offset: inout Int) -> StudentIdentity {
    var values: [StudentIdentity.Field: String] = [:]
    for (index, field) in fields.enumerated() where head & (1 << index) != 0 {
      values[field] = readCell(index, head: head, bytes, &offset)
    }
    return StudentIdentity(values: values)
  }

  /// Moves `offset` past the cells of a row with head byte `head`.
  private static func skipCells(_ head: UInt8, _ bytes: [UInt8], _ offset: inout Int) {
    for index in 0..<fieldCount where head & (1 << index) != 0 {
      if index == ine, head & packedINE != 0 {
        offset += 8
      } else if index == dateNaissance, head & packedDate != 0 {
        offset += 4
      } else {
        let length = readInteger(bytes, &offset)
        offset += length
      }
    }
  }

  /// The text of cell `field`, read at `offset` in a row with head byte `head`.
  private static func readCell(_ field: Int, head: UInt8, _ bytes: [UInt8], _ offset: inout Int) -> String {
    if field == ine, head & packedINE != 0 {
      return FirstRowByINE.unpacked(readFixed(bytes: 8, bytes, &offset))
    }
    if field == dateNaissance, head & packedDate != 0 {
      return dateText(UInt32(truncatingIfNeeded: readFixed(bytes: 4, bytes, &offset)))
    }
    let length = readInteger(bytes, &offset)
    defer { offset += length }
    return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
  }

  /// The 8 digits of a date written `JJ/MM/AAAA` (any digits), 4 bits each, the first lowest;
  /// `nil` for any other text.
  ///
  /// Read as two little-endian words, every byte checked at once: a byte is a digit when its high
  /// half is 3 and adding 6 to its low half carries nothing into it (no carry crosses a byte:
  /// 0x3F + 6 < 0x100). The cross-check packs the date of every row SIECLE does not know, and a
  /// loop over the ten bytes was a quarter of `RosterCrossCheck.add`'s samples.
  static func dateDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard bytes.count == 10, let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    // Bytes 0-7, `JJ/MM/AA`, and 8-9, `AA`.
    let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    let tail = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
    let slashes: UInt64 = 0x0000_FF00_00FF_0000
    let digits: UInt64 = ~slashes
    guard head & slashes == 0x0000_2F00_002F_0000,
      head & digits & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030 & digits,
      (head &+ 0x0606_0606_0606_0606) & digits & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030 & digits,
      tail & 0xF0F0 == 0x3030, (tail &+ 0x0606) & 0xF0F0 == 0x3030
    else { return nil }
    // Each byte's digit with the next byte's above it: bytes 0, 3 and 6 hold JJ, MM and the
    // first two of AAAA.
    let low = head & 0x0F0F_0F0F_0F0F_0F0F
    let pairs = low | low >> 4
    let lastPair = (tail & 0x0F) | (tail >> 4 & 0xF0)
    return UInt32(
      truncatingIfNeeded: pairs & 0xFF | (pairs >> 24 & 0xFF) << 8 | (pairs >> 48 & 0xFF) << 16 | lastPair << 24)
  }

  /// The text ``dateDigits(_:)`` packed.
  private static func dateText(_ digits: UInt32) -> String {
    var text = ""
    for index in 0..<8 {
      if index == 2 || index == 4 { text += "/" }
      let digit = UInt8(truncatingIfNeeded: digits >> (4 * UInt32(index))) & 0xF
      text.unicodeScalars.append(Unicode.Scalar(0x30 + digit))
    }
    return text
  }

  /// The number written little-endian in `count` bytes at `offset`, which moves past them.
  private static func readFixed(bytes count: Int, _ bytes: [UInt8], _ offset: inout Int) -> UInt64 {
    defer { offset += count }
    return (0..<count).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
  }

  /// Writes a signed integer in zigzag LEB128 at `end`, which moves past it: small values of
  /// either sign take one byte.
  @inline(__always)
  private static func write(_ value: Int, at end: inout UnsafeMutablePointer<UInt8>) {
    var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
    while rest >= 0x80 {
      end.pointee = UInt8(truncatingIfNeeded: rest) | 0x80
      end += 1
      rest >>= 7
    }
    end.pointee = UInt8(rest)
    end += 1
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
