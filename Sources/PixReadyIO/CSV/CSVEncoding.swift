/// The text encodings a class file may be saved in: UTF-8, or the 8-bit ones Excel uses in French.
public enum CSVEncoding: String, Sendable, CaseIterable {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "utf-8"
  /// Windows-1252, what Excel writes for « CSV (séparateur : point-virgule) » on a French Windows.
  case windows1252 = "windows-1252"
  /// ISO-8859-15 (Latin-9), as SIECLE exports and some older tools write.
  case iso885915 = "iso-8859-15"

  /// The encoding named by `--encoding` (`utf8`, `UTF-8`, `cp1252`, `latin9`…), or `nil`.
  public init?(name: String) {
    let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    switch key {
    case "utf8": self = .utf8
    case "windows1252", "cp1252", "win1252", "ansi": self = .windows1252
    case "iso885915", "latin9", "iso885915latin9": self = .iso885915
    default: return nil
    }
  }

  /// Guesses the encoding of a file from its first bytes (after any byte-order mark).
  ///
  /// Valid UTF-8 is UTF-8. Otherwise bytes 0x80–0x9F only exist in Windows-1252; without them,
  /// the bytes where ISO-8859-15 differs from Latin-1 (€, Š, š, Ž, ž, Œ, œ, Ÿ) point to ISO-8859-15,
  /// and anything else is read as Windows-1252, Excel's choice in France.
  /// - Parameter complete: whether `prefix` is the whole file (a cut multi-byte sequence at the
  ///   end of a partial prefix is then not held against UTF-8).
  public static func detect(_ prefix: some Collection<UInt8>, complete: Bool) -> CSVEncoding {
    switch UTF8Check.validate(prefix) {
    case .valid: return .utf8
    case .truncated where !complete: return .utf8
    case .truncated, .invalid: break
    }
    if prefix.contains(where: { (0x80...0x9F).contains($0) }) { return .windows1252 }
    let latin9Only: Set<UInt8> = [0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE]
    return prefix.contains(where: latin9Only.contains) ? .iso885915 : .windows1252
  }

  /// Decodes bytes; `nil` when they are not valid in this encoding (only UTF-8 can fail).
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    switch self {
    case .utf8:
      return String(validating: bytes, as: UTF8.self)
    case .windows1252:
      return Self.decodeSingleByte(bytes, high: Self.windows1252High)
    case .iso885915:
      return Self.decodeSingleByte(bytes, high: Self.latin9High)
    }
  }

  /// The code point of `byte` in a single-byte encoding: `nil` above 0x7F in UTF-8 (decoded by
  /// sequences), and for the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
  func scalar(_ byte: UInt8) -> UInt32? {
    if byte < 0x80 { return UInt32(byte) }
    switch self {
    case .utf8: return nil
    case .windows1252:
      return [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) ? nil : Self.windows1252High[Int(byte) - 0x80]
    case .iso885915: return Self.latin9High[Int(byte) - 0x80]
    }
  }

  private static func decodeSingleByte(_ bytes: UnsafeBufferPointer<UInt8>, high: [UInt32]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = byte < 0x80 ? UInt32(byte) : high[Int(byte) - 0x80]
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  /// Code points of bytes 0x80–0xFF in Windows-1252 (undefined bytes map to the C1 control, as browsers do).
  private static let windows1252High: [UInt32] = {
    let c1: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
      0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A,
      0x153, 0x9D, 0x17E, 0x178,
    ]
    return c1 + (0xA0...0xFF).map { UInt32($0) }
  }()

  /// Code points of bytes 0x80–0xFF in ISO-8859-15: Latin-1 with eight letters changed.
  private static let latin9High: [UInt32] = {
    var table = (0x80...0xFF).map { UInt32($0) }
    let changes: [Int: UInt32] = [
      0xA4: 0x20AC, 0xA6: 0x160, 0xA8: 0x161, 0xB4: 0x17D, 0xB8: 0x17E, 0xBC: 0x152, 0xBD: 0x153, 0xBE: 0x178,
    ]
    for (byte, scalar) in changes { table[byte - 0x80] = scalar }
    return table
  }()
}
