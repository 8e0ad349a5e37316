/// The first roster row of each INE, to tell duplicates, in little memory: an INE of up to 12
/// digits and capitals (as every INE is) is packed in 8 bytes instead of a string's 16.
///
/// Packed INEs live in an open-addressing table with linear probing, hashed by ``SeededHash`` (a
/// 64-bit mix of the INE and a per-process seed, so that a crafted roster cannot make its INEs
/// collide): a roster of a million rows inserts a million INEs, and a general dictionary's hashing
/// of each was most of the cost.
struct FirstRowByINE: Sendable {
  /// Packed INEs, 0 for an empty slot (a packed INE is never 0); a power of two long.
  private var keys: [UInt64] = []
  /// The first row of the INE in the same slot.
  private var rows: [UInt32] = []
  private var count = 0
  private let hash = SeededHash()
  /// INEs the table cannot pack, and INEs first met past row 2³² − 1.
  private var others: [String: Int] = [:]
  /// What ``warm(_:)`` read, kept so that its loads are not optimised away.
  private var warmth: UInt64 = 0

  /// Records `row` as the first with `ine` (normalised, not empty), unless a row already was:
  /// returns that row then, and keeps it.
  mutating func insert(_ ine: String, row: Int) -> Int? {
    if !others.isEmpty, let first = others[ine] { return first }
    guard let key = Self.packed(ine) else {
      others[ine] = row
      return nil
    }
    return insert(key, row: row, ine: ine)
  }

  /// ``insert(_:row:)`` of an INE packed already (`key`, of the INE `ine` gives).
  mutating func insert(packed key: UInt64, row: Int, ine: () -> String) -> Int? {
    if !others.isEmpty, let first = others[ine()] { return first }
    return insert(key, row: row, ine: ine())
  }

  private mutating func insert(_ key: UInt64, row: Int, ine: @autoclosure () -> String) -> Int? {
    if count * 2 >= keys.count { grow() }
    let slot = find(key)
    if keys[slot] == key { return Int(rows[slot]) }
    guard let value = UInt32(exactly: row) else {
      // Past four billion rows: kept as text, as INEs the table cannot pack are.
      others[ine()] = row
      return nil
    }
    keys[slot] = key
    rows[slot] = value
    count += 1
    return nil
  }

  /// Makes room for `extra` more INEs, so that inserting them moves no slot: the slots
  /// ``warm(_:)`` read are still theirs.
  mutating func reserve(_ extra: Int) {
    while (count + extra) * 2 >= keys.count { grow() }
  }

  /// Reads the slots where `keys` (packed INEs, 0 for none) go, so that inserting them next
  /// finds the slots in the cache: a roster's INEs land all over a table of millions of slots,
  /// and loads that do not wait for each other overlap, where one insert at a time waits for each.
  mutating func warm(_ keys: UnsafeBufferPointer<UInt64>) {
    guard !self.keys.isEmpty else { return }
    var sum: UInt64 = 0
    self.keys.withUnsafeBufferPointer { table in
      rows.withUnsafeBufferPointer { rows in
        let mask = table.count - 1
        for key in keys where key != 0 {
          let slot = hash(key) & mask
          sum &+= table[slot] &+ UInt64(rows[slot])
        }
      }
    }
    warmth = sum
  }

  /// Whether some row has the INE packed as `key`: the table is then a set of INEs.
  func contains(packed key: UInt64) -> Bool {
    !keys.isEmpty && keys[find(key)] == key
  }

  /// The slot holding `key`, or the empty slot where it goes.
  private func find(_ key: UInt64) -> Int {
    let mask = keys.count - 1
    var slot = hash(key) & mask
    while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
    return slot
  }

  private mutating func grow() {
    let (oldKeys, oldRows) = (keys, rows)
    keys = [UInt64](repeating: 0, count: max(1024, oldKeys.count * 2))
    rows = [UInt32](repeating: 0, count: keys.count)
    for (key, row) in zip(oldKeys, oldRows) where key != 0 {
      let slot = find(key)
      keys[slot] = key
      rows[slot] = row
    }
  }

  /// The INE as a number in bijective base 37 (digits 1–10, capitals 11–36), `nil` for any other
  /// text: two INEs have the same number only when they are the same, and no INE has 0.
  static func packed(_ ine: String) -> UInt64? {
    packed(ine.utf8)
  }

  /// The INE `packed(_:)` gave `value` for.
  static func unpacked(_ value: UInt64) -> String {
    var bytes: [UInt8] = []
    var rest = value
    while rest > 0 {
      let symbol = UInt8(truncatingIfNeeded: rest % 37)
      rest /= 37
      bytes.append(symbol <= 10 ? 0x2F &+ symbol : 0x36 &+ symbol)  // 1 is `0`, 11 is `A`
    }
    return String(decoding: bytes.reversed(), as: UTF8.self)
  }

  /// ``packed(_:)`` of an INE's UTF-8 bytes.
  static func packed(_ ine: some Collection<UInt8>) -> UInt64? {
    guard ine.count <= 12, !ine.isEmpty else { return nil }
    var value: UInt64 = 0
    for byte in ine {
      switch byte {
      case 0x30...0x39: value = value * 37 + UInt64(byte - 0x30) + 1
      case 0x41...0x5A: value = value * 37 + UInt64(byte - 0x41) + 11
      default: return nil
      }
    }
    return value
  }
}
