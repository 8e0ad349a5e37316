/// The CRC-32 of zip files (ISO 3309, polynomial `0xEDB88320`), to verify what was inflated.
public struct CRC32: Sendable {
  /// The checksum of everything given so far.
  public private(set) var value: UInt32 = 0

  /// Starts an empty checksum.
  public init() {}

  /// The checksum of `bytes`.
  public static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
    var crc = CRC32()
    crc.update(bytes)
    return crc.value
  }

  /// Adds `bytes` to the checksum.
  public mutating func update(_ bytes: some Collection<UInt8>) {
    var crc = ~value
    for byte in bytes {
      crc = Self.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }
    value = ~crc
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var crc = UInt32(index)
    for _ in 0..<8 {
      crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1
    }
    return crc
  }
}
