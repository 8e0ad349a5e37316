/// Where the records of a block lie: for each record that is not blank, its first byte, one past
/// its last byte (line break included) and the physical line where it starts.
struct RecordIndex: Sendable {
  /// The first byte of each record.
  private(set) var starts: [Int] = []
  /// One past the last byte of each record.
  private(set) var ends: [Int] = []
  /// The physical line where each record starts.
  private(set) var lines: [Int] = []

  /// The number of records.
  var count: Int { starts.count }

  /// Adds a record.
  @inline(__always)
  mutating func append(start: Int, end: Int, line: Int) {
    starts.append(start)
    ends.append(end)
    lines.append(line)
  }

  /// Forgets the records, keeping the memory.
  mutating func removeAll() {
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
  }
}
