/// A hash map from short byte strings to small integers, read without making a `String`.
///
/// Open addressing with linear probing; keys are copied into one arena. Lookups read 8 bytes at a
/// time, so a key's bytes must be followed by at least 8 readable bytes (block buffers keep that
/// slack). A key may carry a small tag (the column), so one map serves several columns. Used for
/// what a cell's text means and for class names.
struct ByteKeyMap: Sendable {
  private var slots: [Int32]
  private var heads: [UInt64] = []
  private var tails: [UInt64] = []
  private var lengths: [Int] = []
  private var offsets: [Int32] = []
  private var arena: [UInt8] = []
  /// The value of each key, in insertion order.
  private(set) var values: [Int32] = []

  /// Creates an empty map.
  init() {
    slots = [Int32](repeating: -1, count: 16)
  }

  /// The number of keys.
  var count: Int { values.count }

  /// The value stored for the `length` bytes at `key` with `tag`.
  @inline(__always)
  func find(_ key: UnsafePointer<UInt8>, _ length: Int, tag: Int = 0) -> Int32? {
    let (head, tail) = Self.words(key, length)
    let tagged = length | tag << 40
    let mask = slots.count - 1
    var slot = Self.hash(head, tail, tagged) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return nil }
      if heads[index] == head, tails[index] == tail, lengths[index] == tagged,
        length <= 16 || sameBytes(key, length, at: Int(offsets[index]))
      {
        return values[index]
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds a key that is not in the map yet (`length` below 2⁴⁰, `tag` below 2²³).
  mutating func insert(_ key: UnsafePointer<UInt8>, _ length: Int, tag: Int = 0, value: Int32) {
    if (values.count + 1) * 2 > slots.count { rehash(slots.count * 2) }
    let (head, tail) = Self.words(key, length)
    heads.append(head)
    tails.append(tail)
    lengths.append(length | tag << 40)
    offsets.append(Int32(arena.count))
    arena.append(contentsOf: UnsafeBufferPointer(start: key, count: length))
    values.append(value)
    place(values.count - 1)
  }

  private mutating func place(_ index: Int) {
    let mask = slots.count - 1
    var slot = Self.hash(heads[index], tails[index], lengths[index]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(index)
  }

  private mutating func rehash(_ size: Int) {
    slots = [Int32](repeating: -1, count: size)
    for index in values.indices { place(index) }
  }

  private func sameBytes(_ key: UnsafePointer<UInt8>, _ length: Int, at offset: Int) -> Bool {
    arena.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress else { return length == 0 }
      for index in 16..<length where base[offset + index] != key[index] { return false }
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
  private static func hash(_ head: UInt64, _ tail: UInt64, _ length: Int) -> Int {
    var mixed = (head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 31
    return Int(truncatingIfNeeded: mixed)
  }
}
