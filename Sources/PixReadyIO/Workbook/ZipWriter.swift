/// Writes a zip archive in memory, every entry stored (no compression), as ``ZipArchive`` reads it.
///
/// Enough for an Office workbook (a zip of a few small XML parts): no zip64, no encryption, names
/// in UTF-8, and every entry dated 1 January 1980 so that the same content gives the same bytes.
public struct ZipWriter: Sendable {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// Starts an empty archive.
  public init() {}

  /// Adds a file entry named `name` (a path inside the archive, `/`-separated) holding `bytes`.
  public mutating func add(_ name: String, _ bytes: [UInt8]) {
    let nameBytes = Array(name.utf8)
    let checksum = CRC32.checksum(bytes)
    let offset = output.count
    // Local header: signature, version 2.0, flags (bit 11: UTF-8 name), method 0, time, date.
    output += Self.uint32(0x0403_4B50) + Self.uint16(20) + Self.uint16(0x0800) + Self.uint16(0)
    output += Self.uint16(0) + Self.uint16(0x0021)
    output += Self.uint32(checksum) + Self.uint32(UInt32(bytes.count)) + Self.uint32(UInt32(bytes.count))
    output += Self.uint16(UInt16(nameBytes.count)) + Self.uint16(0) + nameBytes + bytes
    // Central directory record: made by version 2.0 (MS-DOS attributes), same fields, no comment.
    directory += Self.uint32(0x0201_4B50) + Self.uint16(20) + Self.uint16(20) + Self.uint16(0x0800) + Self.uint16(0)
    directory += Self.uint16(0) + Self.uint16(0x0021)
    directory += Self.uint32(checksum) + Self.uint32(UInt32(bytes.count)) + Self.uint32(UInt32(bytes.count))
    directory += Self.uint16(UInt16(nameBytes.count)) + Self.uint16(0) + Self.uint16(0) + Self.uint16(0)
    directory += Self.uint16(0) + Self.uint32(0) + Self.uint32(UInt32(offset)) + nameBytes
    count += 1
  }

  /// Adds a text entry, encoded as UTF-8.
  public mutating func add(_ name: String, text: String) {
    add(name, Array(text.utf8))
  }

  /// The whole archive: the entries, the central directory and its end record.
  public func finish() -> [UInt8] {
    var archive = output + directory
    archive += Self.uint32(0x0605_4B50) + Self.uint16(0) + Self.uint16(0)
    archive += Self.uint16(UInt16(count)) + Self.uint16(UInt16(count))
    archive += Self.uint32(UInt32(directory.count)) + Self.uint32(UInt32(output.count)) + Self.uint16(0)
    return archive
  }

  private static func uint16(_ value: UInt16) -> [UInt8] {
    [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
  }

  private static func uint32(_ value: UInt32) -> [UInt8] {
    uint16(UInt16(truncatingIfNeeded: value)) + uint16(UInt16(truncatingIfNeeded: value >> 16))
  }
}
