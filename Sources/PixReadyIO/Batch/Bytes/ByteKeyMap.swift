/// A hash map from short byte strings to small integers, read without making a `String`.
///
/// Open addressing with linear probing over entries stored in the table itself; a key's first 16
/// bytes are kept in the entry and any rest in an arena. Lookups read 8 bytes at a time, so a key's
/// bytes must be followed by at least 8 readable bytes (block buffers keep that slack). A key may
/// carry a small tag (the column), so one map serves several columns. Used for what a cell's text
/// means and for class names.
///
/// The table lives in memory owned by a `Storage` object; the map keeps a plain pointer to it, so
/// a lookup retains nothing, and copies it before changing it when another copy of the map shares
/// it.
struct ByteKeyMap: @unchecked Sendable {
  /// One slot of the table.
  private struct Entry {
    /// The key's first 8 bytes, zero past its end.
    var head: UInt64 = 0
    /// The key's next 8 bytes, zero past its end.
    var tail: UInt64 = 0
    /// The key's length, with the tag from bit 40; -1 for an empty slot.
    var tagged = -1
    /// Where the key's bytes past the 16th start in the arena.
    var offset: Int32 = 0
    /// The value.
    var value: Int32 = 0
  }

  /// Owns the table's memory.
  private final class Storage {
    let entries: UnsafeMutablePointer<Entry>
    let size: Int

    init(size: Int) {
      self.size = size
      entries = .allocate(capacity: size)
      entries.initialize(repeating: Entry(), count: size)
    }

    deinit { entries.deallocate() }
  }

  private var storage: Storage
  private var entries: UnsafeMutablePointer<Entry>
  private var mask: Int
  private var arena: [UInt8] = []
  /// The number of keys.
  private(set) var count = 0

  /// Creates an empty map.
  init() {
    storage = Storage(size: 16)
    entries = storage.entries
    mask = 15
  }

  /// The value stored for the `length` bytes at `key` with `tag`.
  @inline(__always)
  func find(_ key: UnsafePointer<UInt8>, _ length: Int, tag: Int = 0) -> Int32? {
    let (head, tail) = Self.words(key, length)
    let tagged = length | tag << 40
    var slot = Self.hash(head, tail, tagged) & mask
    while true {
      let entry = entries[slot]
      if entry.tagged < 0 { return nil }
      if entry.head == head, entry.tail == tail, entry.tagged == tagged,
        length <= 16 || sameBytes(key, length, at: Int(entry.offset))
      {
        return entry.value
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds a key that is not in the map yet (`length` below 2⁴⁰, `tag` below 2²³).
  mutating func insert(_ key: UnsafePointer<UInt8>, _ length: Int, tag: Int = 0, value: Int32) {
    if (count + 1) * 2 > mask + 1 {
      rehash((mask + 1) * 2)
    } else if !isKnownUniquelyReferenced(&storage) {
      rehash(mask + 1)  // a copy of the map shares the table: take one of its own (copy on write)
    }
    let (head, tail) = Self.words(key, length)
    var entry = Entry(head: head, tail: tail, tagged: length | tag << 40, offset: 0, value: value)
    if length > 16 {
      entry.offset = Int32(arena.count)
      arena.append(contentsOf: UnsafeBufferPointer(start: key + 16, count: length - 16))
    }
    place(entry)
    count += 1
  }

  private func place(_ entry: Entry) {
    var slot = Self.hash(entry.head, entry.tail, entry.tagged) & mask
    while entries[slot].tagged >= 0 { slot = (slot + 1) & mask }
    entries[slot] = entry
  }

  private mutating func rehash(_ size: Int) {
    let old = storage
    storage = Storage(size: size)
    entries = storage.entries
    mask = size - 1
    for slot in 0..<old.size where old.entries[slot].tagged >= 0 { place(old.entries[slot]) }
  }

  private func sameBytes(_ key: UnsafePointer<UInt8>, _ length: Int, at offset: Int) -> Bool {
    arena.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress else { return false }
      for index in 16..<length where base[offset + index - 16] != key[index] { return false }
      return true
    }
  }

  /// The first 16 bytes of a key as two words, zero past its end.
  @inline(__always)
  private static func words(_ key: UnsafePointer<UInt8>, _ length: Int) -> (UInt64, UInt64) {
    let raw = UnsafeRawPointer(key)
    var head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    var tail: UInt64 = 0
    if length < 8 {
      head &= (1 << (UInt64(length) << 3)) &- 1
    } else if length > 8 {
      tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      if length < 16 { tail &= (1 << (UInt64(length - 8) << 3)) &- 1 }
    }
    return (head, tail)
  }

  @inline(__always)
  private static func hash(_ head: UInt64, _ tail: UInt64, _ tagged: Int) -> Int {
    var mixed = (head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: tagged)) &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 31
    return Int(truncatingIfNeeded: mixed)
  }
}
