/// A raw DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Pure Swift, so that a zipped SIECLE export is read without any external tool. The output is
/// bounded: decoding stops with ``Failure/outputLimitExceeded(limit:)`` as soon as it would pass
/// the limit, whatever the archive claims (zip bombs).
public enum Inflate {
  /// Why a stream could not be decoded.
  public enum Failure: Error, Sendable, Equatable {
    /// The data ends in the middle of a block.
    case truncated
    /// A block header has the reserved type 3.
    case invalidBlockType
    /// A stored block's length and its complement disagree.
    case storedLengthMismatch
    /// A dynamic block describes an impossible Huffman code.
    case invalidCodeLengths
    /// A code that no symbol has, or a reserved length or distance symbol.
    case invalidSymbol
    /// A match refers to data before the start of the output.
    case distanceTooFar
    /// The output would be larger than the limit.
    case outputLimitExceeded(limit: Int)
  }

  /// Decodes a raw DEFLATE stream (no zlib or gzip header).
  ///
  /// - Parameters:
  ///   - input: The compressed bytes.
  ///   - outputLimit: The most bytes the output may have.
  ///   - expectedSize: The announced size, used only to reserve memory (capped by `outputLimit`).
  /// - Returns: The decoded bytes.
  /// - Throws: ``Failure`` when the data is corrupt, truncated or too large.
  public static func decompress(
    _ input: ArraySlice<UInt8>, outputLimit: Int, expectedSize: Int = 0
  ) throws(Failure) -> [UInt8] {
    var decoder = InflateDecoder(input: input, limit: outputLimit)
    decoder.output.reserveCapacity(max(0, min(expectedSize, outputLimit)))
    try decoder.run()
    return decoder.output
  }
}

/// The state of one decoding: input position, bit buffer and output.
struct InflateDecoder {
  private let input: ArraySlice<UInt8>
  private let limit: Int
  private var position: Int
  private var bitBuffer: UInt64 = 0
  private var bitCount = 0
  var output: [UInt8] = []

  init(input: ArraySlice<UInt8>, limit: Int) {
    self.input = input
    self.limit = limit
    position = input.startIndex
  }

  mutating func run() throws(Inflate.Failure) {
    var isFinal = false
    while !isFinal {
      isFinal = try bits(1) == 1
      switch try bits(2) {
      case 0: try storedBlock()
      case 1: try compressedBlock(literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances)
      case 2:
        let (literals, distances) = try dynamicTables()
        try compressedBlock(literals: literals, distances: distances)
      default: throw .invalidBlockType
      }
    }
  }

  // MARK: Bits

  private mutating func refill() {
    while bitCount <= 56, position < input.endIndex {
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
  }

  private mutating func bits(_ count: Int) throws(Inflate.Failure) -> Int {
    if bitCount < count {
      refill()
      if bitCount < count { throw .truncated }
    }
    let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
    bitBuffer >>= UInt64(count)
    bitCount -= count
    return value
  }

  private mutating func decode(_ table: HuffmanTable) throws(Inflate.Failure) -> Int {
    if bitCount < table.bits { refill() }
    let entry = table.entries[Int(bitBuffer & table.mask)]
    let length = Int(entry & 0xFF)
    guard length != 0 else { throw bitCount < table.bits ? .truncated : .invalidSymbol }
    guard length <= bitCount else { throw .truncated }
    bitBuffer >>= UInt64(length)
    bitCount -= length
    return Int(entry >> 8)
  }

  // MARK: Blocks

  private mutating func storedBlock() throws(Inflate.Failure) {
    let dropped = bitCount % 8
    bitBuffer >>= UInt64(dropped)
    bitCount -= dropped
    let length = try bits(16)
    let complement = try bits(16)
    guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
    guard output.count + length <= limit else { throw .outputLimitExceeded(limit: limit) }
    var remaining = length
    while remaining > 0, bitCount >= 8 {
      output.append(UInt8(truncatingIfNeeded: bitBuffer))
      bitBuffer >>= 8
      bitCount -= 8
      remaining -= 1
    }
    guard input.endIndex - position >= remaining else { throw .truncated }
    output.append(contentsOf: input[position..<(position + remaining)])
    position += remaining
  }

  private mutating func compressedBlock(
    literals: HuffmanTable, distances: HuffmanTable
  ) throws(Inflate.Failure) {
    while true {
      let symbol = try decode(literals)
      if symbol < 256 {
        guard output.count < limit else { throw .outputLimitExceeded(limit: limit) }
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < Self.lengthBase.count else { throw .invalidSymbol }
      let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
      let distanceIndex = try decode(distances)
      guard distanceIndex < Self.distanceBase.count else { throw .invalidSymbol }
      let distance = Self.distanceBase[distanceIndex] + (try bits(Self.distanceExtra[distanceIndex]))
      guard distance <= output.count else { throw .distanceTooFar }
      guard output.count + length <= limit else { throw .outputLimitExceeded(limit: limit) }
      let start = output.count - distance
      for offset in 0..<length {
        output.append(output[start + offset])
      }
    }
  }

  private mutating func dynamicTables() throws(Inflate.Failure) -> (HuffmanTable, HuffmanTable) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeLengthCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
    var codeLengthLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<codeLengthCount {
      codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(try bits(3))
    }
    let codeLengths = try HuffmanTable(lengths: codeLengthLengths)
    var lengths: [UInt8] = []
    lengths.reserveCapacity(literalCount + distanceCount)
    while lengths.count < literalCount + distanceCount {
      let symbol = try decode(codeLengths)
      switch symbol {
      case 0...15:
        lengths.append(UInt8(symbol))
      case 16:
        guard let previous = lengths.last else { throw .invalidCodeLengths }
        lengths += repeatElement(previous, count: 3 + (try bits(2)))
      case 17:
        lengths += repeatElement(0, count: 3 + (try bits(3)))
      default:
        lengths += repeatElement(0, count: 11 + (try bits(7)))
      }
    }
    guard lengths.count == literalCount + distanceCount, lengths[256] != 0 else { throw .invalidCodeLengths }
    return (
      try HuffmanTable(lengths: lengths[..<literalCount]), try HuffmanTable(lengths: lengths[literalCount...])
    )
  }

  private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
  private static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  private static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
    6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
}
