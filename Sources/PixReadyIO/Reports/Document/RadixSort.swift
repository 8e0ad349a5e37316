/// Sorts values by an unsigned key without comparing them: a least-significant-digit radix sort,
/// 11 bits at a time, stable (values with equal keys keep their order), in linear time.
///
/// The report sorts each class's students by ranks (name, first name, line), up to a million rows:
/// a comparison sort spent most of the time before the first byte was written.
enum RadixSort {
  private static let digitBits = 11
  private static let buckets = 1 << digitBits

  /// Sorts `values` by `key(value)`, keeping the order of equal keys. Digits where every key
  /// agrees are skipped, so small keys cost few passes.
  static func sort<Value>(_ values: inout [Value], by key: (Value) -> UInt64) {
    guard values.count > 1 else { return }
    var keys = values.map(key)
    var differing: UInt64 = 0
    for key in keys { differing |= key ^ keys[0] }
    guard differing != 0 else { return }
    var otherValues = values
    var otherKeys = keys
    var counts = [Int](repeating: 0, count: buckets)
    var shift = 0
    while shift < 64, differing >> UInt64(shift) != 0 {
      defer { shift += digitBits }
      guard (differing >> UInt64(shift)) & UInt64(buckets - 1) != 0 else { continue }
      for bucket in counts.indices { counts[bucket] = 0 }
      for key in keys { counts[Int(truncatingIfNeeded: key >> UInt64(shift)) & (buckets - 1)] += 1 }
      var start = 0
      for bucket in counts.indices {
        let count = counts[bucket]
        counts[bucket] = start
        start += count
      }
      for index in keys.indices {
        let bucket = Int(truncatingIfNeeded: keys[index] >> UInt64(shift)) & (buckets - 1)
        let place = counts[bucket]
        counts[bucket] = place + 1
        otherKeys[place] = keys[index]
        otherValues[place] = values[index]
      }
      swap(&keys, &otherKeys)
      swap(&values, &otherValues)
    }
  }
}
