/// The first roster row of each INE, to tell duplicates, in little memory: an INE of up to 12
/// digits and capitals (as every INE is) is packed in 8 bytes instead of a string's 16.
///
/// Packed INEs live in an open-addressing table with linear probing, hashed by ``SeededHash`` (a
/// 64-bit mix of the INE and a per-process seed, so that a crafted roster cannot make its INEs
/// collide): a roster of a million rows inserts a million INEs, and a general dictionary's hashing
/// of each was most of the cost.
///
/// The INEs of rows that come compact (most of a roster when the export is another school's) are
/// logged instead (``log(packed:row:)``), in the order they come and in partitions by hash, and
/// told apart at the end (``loggedDuplicates(threads:)``), one partition at a time in a table the cache
/// holds: inserted one by one into a table of millions of slots, every row waited for memory
/// (left out, `csv --siecle` at 1M rows took 60 ms less), and the table took 24 MiB where the
/// log takes 12. A row inserted whole searches the partition of its INE.
struct FirstRowByINE: Sendable {
  /// Packed INEs, 0 for an empty slot (a packed INE is never 0); a power of two long.
  private var keys: [UInt64] = []
  /// The first row of the INE in the same slot.
  private var rows: [UInt32] = []
  private var count = 0
  private let hash = SeededHash()
  /// INEs the table cannot pack, and INEs first met past row 2³² − 1.
  private var others: [String: Int] = [:]
  /// The INEs of rows logged, not inserted.
  private var logged = INELog()

  /// Records `row` as the first with `ine` (normalised, not empty), unless a row already was,
  /// inserted or logged: returns that row then, and keeps it.
  ///
  /// - Parameter searchingLog: `false` when `ine` is surely no logged row's (an INE SIECLE knows:
  ///   no row with such an INE comes compact), so that the log is not searched.
  mutating func insert(_ ine: String, row: Int, searchingLog: Bool = true) -> Int? {
    if !others.isEmpty, let first = others[ine] { return first }
    guard let key = Self.packed(ine) else {
      others[ine] = row
      return nil
    }
    if count * 2 >= keys.count { grow() }
    let slot = find(key)
    if keys[slot] == key { return Int(rows[slot]) }
    // The first logged row with the INE, kept in the table: the next row with it finds it there.
    let first = searchingLog ? logged.firstRow(key) : nil
    guard let value = UInt32(exactly: first ?? row) else {
      // Past four billion rows: kept as text, as INEs the table cannot pack are.
      others[ine] = row
      return nil
    }
    keys[slot] = key
    rows[slot] = value
    count += 1
    return first
  }

  /// Logs `row` as having the INE packed as `key` (not 0), to be told a duplicate or not at the
  /// end (``loggedDuplicates(threads:)``); `false`, logging nothing, for a row past 2³² − 1, to be
  /// inserted instead.
  mutating func log(packed key: UInt64, row: Int) -> Bool {
    guard let row = UInt32(exactly: row) else { return false }
    logged.add(key, row: row)
    return true
  }

  /// The logged rows whose INE a row before them had, by row, each with that first row
  /// (inserted or logged), told on `threads` threads; the log is emptied.
  mutating func loggedDuplicates(threads: Int = 1) -> [(row: Int, first: Int)] {
    // A row inserted with the INE came before every logged one (it would have found them), or
    // is the first logged one, kept in the table when a row inserted later found it.
    // Most logged INEs are in no row inserted: a bit per INE inserted, in a set eight times as
    // large (which the cache holds, where the table's slots are all over memory), tells most of
    // them so without a search.
    guard !logged.isEmpty else { return [] }
    let bits = INELog.powerOfTwo(atLeast: 8 * count)
    var filter = [UInt64](repeating: 0, count: bits / 64)
    for key in keys where key != 0 {
      let bit = filterBit(key, bits)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    let (table, set) = (self, filter)
    let duplicates = logged.duplicates(threads: threads) { key in
      let bit = table.filterBit(key, bits)
      return set[bit >> 6] & (1 << UInt64(bit & 63)) == 0 ? nil : table.inserted(key)
    }
    logged = INELog()
    return duplicates
  }

  /// The bit of `key` in a set of `bits` bits (a power of two): middle bits of its hash, where
  /// the table's slots take low ones and the log's partitions high ones.
  private func filterBit(_ key: UInt64, _ bits: Int) -> Int {
    Int(UInt(bitPattern: hash(key)) >> 16) & (bits - 1)
  }

  /// The row inserted with the INE packed as `key`.
  private func inserted(_ key: UInt64) -> Int? {
    let slot = find(key)
    return keys[slot] == key ? Int(rows[slot]) : nil
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
    if let value = ine.withContiguousStorageIfAvailable(packed(bytes:)) { return value }
    return Array(ine).withUnsafeBufferPointer(packed(bytes:))
  }

  /// ``packed(_:)`` of an INE's UTF-8 bytes in memory.
  ///
  /// Two symbols at a time: the number so far times 37² plus the pair, so that six
  /// multiplications wait for each other where twelve did. `--siecle` packs every row's INE twice
  /// (screen and cross-check).
  private static func packed(bytes ine: UnsafeBufferPointer<UInt8>) -> UInt64? {
    let count = ine.count
    guard count >= 1, count <= 12, let base = ine.baseAddress else { return nil }
    // The symbol of a digit or capital, 1 to 36; 0 for any other byte.
    @inline(__always) func symbol(_ byte: UInt8) -> UInt64 {
      let (digit, capital) = (byte &- 0x30, byte &- 0x41)
      return digit < 10 ? UInt64(digit) &+ 1 : capital < 26 ? UInt64(capital) &+ 11 : 0
    }
    var index = count & 1
    var value = index == 1 ? symbol(base[0]) : 0
    var smallest = index == 1 ? value : 1
    while index < count {
      let (first, second) = (symbol(base[index]), symbol(base[index + 1]))
      smallest = min(smallest, min(first, second))
      value = value &* 1_369 &+ (first &* 37 &+ second)
      index += 2
    }
    return smallest == 0 ? nil : value
  }
}
