/// Where the records of a block lie: for each record that is not blank, its first byte, one past
/// its last byte (line break included) and the physical line where it starts.
struct RecordIndex: Sendable {
  /// One record.
  struct Record: Sendable {
    /// The first byte.
    var start: Int32
    /// One past the last byte.
    var end: Int32
    /// The physical line where it starts.
    var line: Int
  }

  /// The records, in order.
  private(set) var records: [Record] = []

  /// The number of records.
  var count: Int { records.count }

  /// Adds a record (offsets within a block, below 2³¹).
  @inline(__always)
  mutating func append(start: Int, end: Int, line: Int) {
    records.append(Record(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), line: line))
  }

  /// Keeps the records that start before `offset`.
  mutating func keep(before offset: Int) {
    records.removeAll { Int($0.start) >= offset }
  }

  /// Forgets the records, keeping the memory.
  mutating func removeAll() {
    records.removeAll(keepingCapacity: true)
  }
}
