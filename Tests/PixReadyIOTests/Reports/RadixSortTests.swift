import Testing

@testable import PixReadyIO

/// The report's radix sort orders as a stable comparison sort does.
struct RadixSortTests {
  /// Pairs of a key and the place it had, from a seeded generator: keys of `bits` bits.
  private static func values(count: Int, bits: UInt64, seed: UInt64) -> [(key: UInt64, place: Int)] {
    var state = seed
    return (0..<count).map { place in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let key = bits == 64 ? state : (state >> 11) & ((1 << bits) - 1)
      return (key, place)
    }
  }

  @Test(arguments: [(0, 8), (1, 8), (2, 8), (1000, 3), (1000, 12), (5000, 22), (5000, 64), (3000, 33)])
  func sortsAsAStableSortDoes(count: Int, bits: Int) {
    var values = Self.values(count: count, bits: UInt64(bits), seed: UInt64(count * 31 + bits))
    // The stable order: by key, then by place.
    let expected = values.sorted { ($0.key, $0.place) < ($1.key, $1.place) }
    RadixSort.sort(&values) { $0.key }
    #expect(values.map(\.key) == expected.map(\.key))
    #expect(values.map(\.place) == expected.map(\.place))
  }

  @Test func keysAllEqualKeepTheirOrder() {
    var values = (0..<100).map { (key: UInt64(7) << 40, place: $0) }
    RadixSort.sort(&values) { $0.key }
    #expect(values.map(\.place) == Array(0..<100))
  }
}
