/// The first roster row of each INE, to tell duplicates, in little memory: an INE of up to 12
/// digits and capitals (as every INE is) is packed in 8 bytes instead of a string's 16.
struct FirstRowByINE: Sendable {
  private var packed: [UInt64: UInt32] = [:]
  private var others: [String: Int] = [:]

  /// Records `row` as the first with `ine` (normalised, not empty), unless a row already was:
  /// returns that row then, and keeps it.
  mutating func insert(_ ine: String, row: Int) -> Int? {
    if let key = Self.packed(ine), let value = UInt32(exactly: row) {
      guard let first = packed.updateValue(value, forKey: key) else { return nil }
      packed[key] = first
      return Int(first)
    }
    guard let first = others.updateValue(row, forKey: ine) else { return nil }
    others[ine] = first
    return first
  }

  /// The INE as a number in bijective base 37 (digits 1–10, capitals 11–36), `nil` for any other
  /// text: two INEs have the same number only when they are the same.
  private static func packed(_ ine: String) -> UInt64? {
    guard ine.utf8.count <= 12 else { return nil }
    var value: UInt64 = 0
    for byte in ine.utf8 {
      switch byte {
      case 0x30...0x39: value = value * 37 + UInt64(byte - 0x30) + 1
      case 0x41...0x5A: value = value * 37 + UInt64(byte - 0x41) + 11
      default: return nil
      }
    }
    return value
  }
}
