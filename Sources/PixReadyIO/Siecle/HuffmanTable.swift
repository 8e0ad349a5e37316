/// A canonical Huffman code as a lookup table indexed by the next bits of the stream.
///
/// Each entry holds `symbol << 8 | length`; `0` marks a bit pattern that no symbol has.
struct HuffmanTable: Sendable {
  /// The entries, one per pattern of ``bits`` bits (least significant bit first, as DEFLATE reads).
  let entries: [UInt32]
  /// The longest code length, the width of the lookup.
  let bits: Int
  /// `(1 << bits) - 1`.
  let mask: UInt64

  /// Builds the table of the code whose symbol `i` has length `lengths[i]` (0 = unused).
  ///
  /// - Throws: ``Inflate/Failure/invalidCodeLengths`` when the lengths oversubscribe the code.
  init(lengths: some Collection<UInt8>) throws(Inflate.Failure) {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths { counts[Int(length)] += 1 }
    counts[0] = 0
    var left = 1
    for length in 1...15 {
      left = (left << 1) - counts[length]
      guard left >= 0 else { throw .invalidCodeLengths }
    }
    let width = max(1, Int(lengths.max() ?? 0))
    var nextCode = [Int](repeating: 0, count: 16)
    var code = 0
    for length in 1...15 {
      code = (code + counts[length - 1]) << 1
      nextCode[length] = code
    }
    var entries = [UInt32](repeating: 0, count: 1 << width)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      let size = Int(length)
      let reversed = Self.reverse(nextCode[size], bits: size)
      nextCode[size] += 1
      let entry = UInt32(symbol) << 8 | UInt32(size)
      for index in stride(from: reversed, to: entries.count, by: 1 << size) {
        entries[index] = entry
      }
    }
    self.entries = entries
    bits = width
    mask = (1 << UInt64(width)) - 1
  }

  private static func reverse(_ code: Int, bits: Int) -> Int {
    var result = 0
    var value = code
    for _ in 0..<bits {
      result = result << 1 | value & 1
      value >>= 1
    }
    return result
  }

  /// The fixed literal/length code of RFC 1951 §3.2.6.
  static let fixedLiterals: HuffmanTable = {
    let lengths =
      [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
      + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
    return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable(empty: ())
  }()

  /// The fixed distance code: 30 symbols (and 2 reserved) of 5 bits.
  static let fixedDistances: HuffmanTable = {
    (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 32))) ?? HuffmanTable(empty: ())
  }()

  private init(empty: Void) {
    entries = [0, 0]
    bits = 1
    mask = 1
  }
}
