/// Byte searches eight bytes at a time in a 64-bit word (« SIMD within a register »).
public enum SWAR {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// A word whose lowest set bit is the high bit of the first byte of `word` equal to `byte`
  /// (little-endian order); zero when no byte is. Bits above the first match may be spurious.
  @inline(__always)
  public static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let folded = word ^ (ones &* UInt64(byte))
    return (folded &- ones) & ~folded & highs
  }
}
