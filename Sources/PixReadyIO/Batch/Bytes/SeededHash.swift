/// The slot hash of the open-addressing tables whose keys come from files (packed INEs, short
/// spellings): MurmurHash3's 64-bit finaliser over the key and a per-process seed (the standard
/// library's), so that a crafted file cannot make its keys collide.
struct SeededHash: Sendable {
  /// Mixed into every key.
  private let seed: UInt64 = {
    var hasher = Hasher()
    hasher.combine(0 as UInt64)
    return UInt64(UInt(bitPattern: hasher.finalize()))
  }()

  /// The hash of a key of one or two words: every bit of them moves every bit of the result.
  @inline(__always)
  func callAsFunction(_ word: UInt64, _ more: UInt64 = 0) -> Int {
    var mixed = (word ^ seed) &+ (more &* 0x9E37_79B9_7F4A_7C15)
    mixed = (mixed ^ (mixed >> 33)) &* 0xFF51_AFD7_ED55_8CCD
    mixed = (mixed ^ (mixed >> 33)) &* 0xC4CE_B9FE_1A85_EC53
    mixed ^= mixed >> 33
    return Int(truncatingIfNeeded: mixed)
  }
}
