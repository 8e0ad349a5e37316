/// Packed INEs with their rows, kept in the order they come, in partitions by hash: the log of
/// ``FirstRowByINE``, which tells duplicates among them at the end (``duplicates(threads:inserted:)``).
///
/// A partition's INEs and rows live in memory of their own, reached through one reference: adding
/// a row writes two numbers, where arrays in an array checked references and capacities four
/// times (8% of `csv --siecle`'s samples at 1M rows). A copy of the log shares the memory until
/// one of them adds a row (``add(_:row:)``).
struct INELog: Sendable {
  /// The partitions, by the high bits of their INEs' hash.
  private var storage = Storage()
  private let hash = SeededHash()
  private static let partitionBits = 10

  /// Whether no row was added.
  var isEmpty: Bool { storage.total == 0 }

  /// Adds `row` (under 2³²) with the INE packed as `key` (not 0).
  mutating func add(_ key: UInt64, row: UInt32) {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    storage.append(key, row, to: partition(key))
  }

  /// The first row added with the INE packed as `key`.
  func firstRow(_ key: UInt64) -> Int? {
    guard !isEmpty else { return nil }
    let partition = storage.partitions[partition(key)]
    for index in 0..<partition.count where partition.keys[index] == key { return Int(partition.rows[index]) }
    return nil
  }

  /// The rows added whose INE a row before them had, by row, each with that first row: the one
  /// `inserted` gives for the INE (a row not added, which came before every added row with the
  /// INE), else the first added.
  ///
  /// A partition at a time, in a table the cache holds; the partitions shared by `threads` threads.
  func duplicates(threads: Int = 1, inserted: @Sendable (UInt64) -> Int?) -> [(row: Int, first: Int)] {
    let (storage, hash) = (storage, hash)
    let threads = max(1, min(threads, storage.partitions.count))
    // Each thread's duplicates, in memory of their own: no two threads write the same place.
    let found = UnsafeMutableBufferPointer<[(row: Int, first: Int)]>.allocate(capacity: threads)
    found.initialize(repeating: [])
    defer { found.deallocate() }
    let shared = UncheckedSendable(found)
    // Room for the table of the largest partition, at most half full.
    let room = Self.powerOfTwo(atLeast: 2 * storage.partitions.reduce(0) { max($0, $1.count) })
    ThreadGroup.run(threads) { thread in
      var duplicates: [(row: Int, first: Int)] = []
      // Each slot: an INE (0 when empty) and the position of its first row in the partition.
      let slots = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: room)
      let firsts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: room)
      defer {
        slots.deallocate()
        firsts.deallocate()
      }
      for index in stride(from: thread, to: storage.partitions.count, by: threads) {
        let partition = storage.partitions[index]
        guard partition.count > 0 else { continue }
        let size = Self.powerOfTwo(atLeast: 2 * partition.count)
        let mask = size - 1
        UnsafeMutableBufferPointer(rebasing: slots[..<size]).update(repeating: 0)
        for position in 0..<partition.count {
          let (key, row) = (partition.keys[position], Int(partition.rows[position]))
          let first: Int
          if let row = inserted(key) {
            first = row
          } else {
            var slot = hash(key) & mask
            while slots[slot] != 0, slots[slot] != key { slot = (slot + 1) & mask }
            if slots[slot] == 0 {
              slots[slot] = key
              firsts[slot] = UInt32(truncatingIfNeeded: position)
            }
            first = Int(partition.rows[Int(firsts[slot])])
          }
          if first != row { duplicates.append((row, first)) }
        }
      }
      shared.value[thread] = duplicates
    }
    return found.flatMap { $0 }.sorted { $0.row < $1.row }
  }

  /// The smallest power of two that is at least `count` and 64: the size of a table by hash.
  static func powerOfTwo(atLeast count: Int) -> Int {
    var size = 64
    while size < count { size *= 2 }
    return size
  }

  /// The partition `key` goes to: high bits of its hash, where tables take low ones.
  private func partition(_ key: UInt64) -> Int {
    Int(UInt(bitPattern: hash(key)) >> (UInt.bitWidth - Self.partitionBits))
  }

  /// One partition: its INEs and rows side by side, `count` of them in room for `capacity`.
  private struct Partition {
    var keys: UnsafeMutablePointer<UInt64>
    var rows: UnsafeMutablePointer<UInt32>
    var count = 0
    var capacity = 0
  }

  /// The partitions' memory.
  private final class Storage: @unchecked Sendable {
    let partitions: UnsafeMutableBufferPointer<Partition>
    /// The rows added, in every partition.
    var total = 0

    init() {
      partitions = .allocate(capacity: 1 << INELog.partitionBits)
      // Each partition with its own (empty) memory, freed with the others.
      for index in partitions.indices {
        (partitions.baseAddress.unsafelyUnwrapped + index).initialize(
          to: Partition(keys: .allocate(capacity: 0), rows: .allocate(capacity: 0)))
      }
    }

    deinit {
      for partition in partitions {
        partition.keys.deallocate()
        partition.rows.deallocate()
      }
      partitions.deallocate()
    }

    func append(_ key: UInt64, _ row: UInt32, to index: Int) {
      let partition = partitions.baseAddress.unsafelyUnwrapped + index
      if partition.pointee.count == partition.pointee.capacity {
        grow(partition, to: max(16, 2 * partition.pointee.capacity))
      }
      let count = partition.pointee.count
      (partition.pointee.keys + count).initialize(to: key)
      (partition.pointee.rows + count).initialize(to: row)
      partition.pointee.count = count + 1
      total += 1
    }

    /// A storage with the same rows.
    func copy() -> Storage {
      let copy = Storage()
      for index in partitions.indices where partitions[index].count > 0 {
        let (from, to) = (partitions[index], copy.partitions.baseAddress.unsafelyUnwrapped + index)
        copy.grow(to, to: from.count)
        to.pointee.keys.initialize(from: from.keys, count: from.count)
        to.pointee.rows.initialize(from: from.rows, count: from.count)
        to.pointee.count = from.count
      }
      copy.total = total
      return copy
    }

    /// Moves the partition's rows to room for `capacity`.
    private func grow(_ partition: UnsafeMutablePointer<Partition>, to capacity: Int) {
      let (keys, rows) = (
        UnsafeMutablePointer<UInt64>.allocate(capacity: capacity),
        UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
      )
      keys.moveInitialize(from: partition.pointee.keys, count: partition.pointee.count)
      rows.moveInitialize(from: partition.pointee.rows, count: partition.pointee.count)
      partition.pointee.keys.deallocate()
      partition.pointee.rows.deallocate()
      partition.pointee.keys = keys
      partition.pointee.rows = rows
      partition.pointee.capacity = capacity
    }
  }
}
