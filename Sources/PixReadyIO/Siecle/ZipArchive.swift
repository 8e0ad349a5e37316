/// A zip archive read from memory: its central directory, and the entries extracted on demand.
///
/// Reads what an export from a school's software contains: stored and deflated entries, no
/// encryption, no zip64. Limits guard against zip bombs: the number of entries, the size of an
/// extracted entry, and its compression ratio; the decoder never writes past the announced size.
public struct ZipArchive: Sendable {
  /// One file or folder of the archive, as its central directory describes it.
  public struct Entry: Sendable, Equatable {
    /// The path inside the archive (`Export/ElevesSansAdresses.xml`).
    public var name: String
    /// The compression method: 0 stored, 8 deflate.
    public var method: Int
    /// The general-purpose flags (bit 0: encrypted).
    public var flags: Int
    /// The CRC-32 of the uncompressed data.
    public var checksum: UInt32
    /// The size in the archive.
    public var compressedSize: Int
    /// The size once extracted, as announced.
    public var uncompressedSize: Int
    /// Where the local header starts.
    public var localHeaderOffset: Int

    /// Whether the entry is a folder (its name ends with `/`).
    public var isDirectory: Bool { name.hasSuffix("/") }
  }

  /// The limits against zip bombs.
  public struct Limits: Sendable, Equatable {
    /// The most entries the central directory may list.
    public var maximumEntries: Int
    /// The largest extracted entry, in bytes.
    public var maximumUncompressedSize: Int
    /// The largest ratio of extracted to compressed size, checked above ``ratioThreshold``.
    public var maximumRatio: Int
    /// Entries smaller than this are not checked for ratio.
    public var ratioThreshold: Int

    /// Creates limits.
    public init(maximumEntries: Int, maximumUncompressedSize: Int, maximumRatio: Int, ratioThreshold: Int) {
      self.maximumEntries = maximumEntries
      self.maximumUncompressedSize = maximumUncompressedSize
      self.maximumRatio = maximumRatio
      self.ratioThreshold = ratioThreshold
    }

    /// 1,000 entries, 256 MiB extracted, ratio 200 above 1 MiB: a SIECLE export of a large
    /// school is a few megabytes, with a ratio around 10 to 30.
    public static let standard = Limits(
      maximumEntries: 1000, maximumUncompressedSize: 256 << 20, maximumRatio: 200, ratioThreshold: 1 << 20)
  }

  /// Why an archive or an entry could not be read.
  public enum Failure: Error, Sendable, Equatable {
    /// No end-of-central-directory record: not a zip, or cut short.
    case notAnArchive
    /// A header points outside the file or has a wrong signature.
    case corrupt
    /// The archive uses zip64 extensions (over 4 GiB or 65,535 entries).
    case zip64
    /// More entries than the limit.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry would extract to more than the limit.
    case entryTooLarge(name: String, size: Int, limit: Int)
    /// An entry's compression ratio exceeds the limit.
    case suspiciousRatio(name: String, ratio: Int, limit: Int)
    /// The entry is encrypted.
    case encrypted(name: String)
    /// A compression method other than stored (0) or deflate (8).
    case unsupportedMethod(name: String, method: Int)
    /// The compressed data is corrupt.
    case invalidData(name: String, reason: Inflate.Failure)
    /// The extracted data does not have the announced size or CRC-32.
    case checksumMismatch(name: String)
  }

  /// The entries, in central-directory order.
  public let entries: [Entry]
  /// The limits applied.
  public let limits: Limits
  private let bytes: [UInt8]

  /// Whether `bytes` start like a zip archive (`PK\u{3}\u{4}`, or `PK\u{5}\u{6}` when empty).
  public static func looksLikeArchive(_ bytes: some Collection<UInt8>) -> Bool {
    let head = Array(bytes.prefix(4))
    return head == [0x50, 0x4B, 0x03, 0x04] || head == [0x50, 0x4B, 0x05, 0x06]
  }

  /// Reads the central directory of `bytes`.
  ///
  /// - Throws: ``Failure`` when the archive is not a zip, is corrupt, or has too many entries.
  public init(bytes: [UInt8], limits: Limits = .standard) throws(Failure) {
    self.bytes = bytes
    self.limits = limits
    guard let end = Self.endOfCentralDirectory(in: bytes) else { throw .notAnArchive }
    let count = Self.uint16(bytes, end + 10)
    let directorySize = Self.uint32(bytes, end + 12)
    let directoryOffset = Self.uint32(bytes, end + 16)
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw .zip64 }
    guard count <= limits.maximumEntries else { throw .tooManyEntries(count: count, limit: limits.maximumEntries) }
    guard directoryOffset + directorySize <= end else { throw .corrupt }
    var entries: [Entry] = []
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= end, Self.uint32(bytes, offset) == 0x0201_4B50 else { throw .corrupt }
      let nameLength = Self.uint16(bytes, offset + 28)
      let skip = nameLength + Self.uint16(bytes, offset + 30) + Self.uint16(bytes, offset + 32)
      guard offset + 46 + skip <= end else { throw .corrupt }
      let flags = Self.uint16(bytes, offset + 8)
      let entry = Entry(
        name: Self.name(bytes[(offset + 46)..<(offset + 46 + nameLength)]),
        method: Self.uint16(bytes, offset + 10), flags: flags, checksum: UInt32(Self.uint32(bytes, offset + 16)),
        compressedSize: Self.uint32(bytes, offset + 20), uncompressedSize: Self.uint32(bytes, offset + 24),
        localHeaderOffset: Self.uint32(bytes, offset + 42))
      if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
        || entry.localHeaderOffset == 0xFFFF_FFFF
      {
        throw .zip64
      }
      entries.append(entry)
      offset += 46 + skip
    }
    self.entries = entries
  }

  /// The extracted bytes of `entry`, checked against its size and CRC-32.
  ///
  /// - Throws: ``Failure`` when a limit is exceeded or the data is encrypted, corrupt or of an
  ///   unsupported method.
  public func extract(_ entry: Entry) throws(Failure) -> [UInt8] {
    try checkLimits(entry)
    let start = entry.localHeaderOffset
    guard start + 30 <= bytes.count, Self.uint32(bytes, start) == 0x0403_4B50 else { throw .corrupt }
    let dataStart = start + 30 + Self.uint16(bytes, start + 26) + Self.uint16(bytes, start + 28)
    guard dataStart + entry.compressedSize <= bytes.count else { throw .corrupt }
    let data = bytes[dataStart..<(dataStart + entry.compressedSize)]
    let output: [UInt8]
    switch entry.method {
    case 0:
      output = Array(data)
    case 8:
      do {
        output = try Inflate.decompress(
          data, outputLimit: entry.uncompressedSize, expectedSize: entry.uncompressedSize)
      } catch .outputLimitExceeded {
        throw .checksumMismatch(name: entry.name)
      } catch {
        throw .invalidData(name: entry.name, reason: error)
      }
    default:
      throw .unsupportedMethod(name: entry.name, method: entry.method)
    }
    guard output.count == entry.uncompressedSize, CRC32.checksum(output) == entry.checksum else {
      throw .checksumMismatch(name: entry.name)
    }
    return output
  }

  private func checkLimits(_ entry: Entry) throws(Failure) {
    if entry.flags & 1 != 0 { throw .encrypted(name: entry.name) }
    guard entry.uncompressedSize <= limits.maximumUncompressedSize else {
      throw .entryTooLarge(name: entry.name, size: entry.uncompressedSize, limit: limits.maximumUncompressedSize)
    }
    if entry.uncompressedSize > limits.ratioThreshold {
      let ratio = entry.uncompressedSize / max(1, entry.compressedSize)
      guard ratio <= limits.maximumRatio else {
        throw .suspiciousRatio(name: entry.name, ratio: ratio, limit: limits.maximumRatio)
      }
    }
  }

  /// The offset of the end-of-central-directory record, searched backwards over the comment.
  private static func endOfCentralDirectory(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var offset = bytes.count - 22
    while offset >= lowest {
      if uint32(bytes, offset) == 0x0605_4B50, offset + 22 + uint16(bytes, offset + 20) == bytes.count {
        return offset
      }
      offset -= 1
    }
    return nil
  }

  private static func name(_ bytes: ArraySlice<UInt8>) -> String {
    if let text = SiecleReader.strictUTF8(bytes) { return text }
    // Not UTF-8: code page 437 in theory; only used in messages, so Latin-1 is close enough.
    return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }

  private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
    Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
    uint16(bytes, offset) | uint16(bytes, offset + 2) << 16
  }
}
