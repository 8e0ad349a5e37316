/// Sorts values by an unsigned key without comparing them: a least-significant-digit radix sort,
/// 11 bits at a time, stable (values with equal keys keep their order), in linear time.
///
/// The report sorts each class's students by ranks (name, first name, line), up to a million rows:
/// a comparison sort spent most of the time before the first byte was written.
enum RadixSort {
  private static let digitBits = 11
  private static let buckets = 1 << digitBits

  /// Sorts `values` by `key(value)`, keeping the order of equal keys. Digits where every key
  /// agrees are skipped, so small keys cost few passes. `key` is called again at each pass (it
  /// should be a field's read): only the values move.
  static func sort<Value>(_ values: inout [Value], by key: (Value) -> UInt64) {
    guard let first = values.first, values.count > 1 else { return }
    var differing: UInt64 = 0
    let firstKey = key(first)
    for value in values { differing |= key(value) ^ firstKey }
    guard differing != 0 else { return }
    var other = values
    var counts = [Int](repeating: 0, count: buckets)
    var shift = 0
    while shift < 64, differing >> UInt64(shift) != 0 {
      defer { shift += digitBits }
      guard (differing >> UInt64(shift)) & UInt64(buckets - 1) != 0 else { continue }
      values.withUnsafeBufferPointer { values in
        other.withUnsafeMutableBufferPointer { other in
          counts.withUnsafeMutableBufferPointer { counts in
            func digit(_ value: Value) -> Int { Int(truncatingIfNeeded: key(value) >> UInt64(shift)) & (buckets - 1) }
            for bucket in counts.indices { counts[bucket] = 0 }
            for value in values { counts[digit(value)] += 1 }
            var start = 0
            for bucket in counts.indices {
              let count = counts[bucket]
              counts[bucket] = start
              start += count
            }
            for value in values {
              let bucket = digit(value)
              other[counts[bucket]] = value
              counts[bucket] += 1
            }
          }
        }
      }
      swap(&values, &other)
    }
  }
}
