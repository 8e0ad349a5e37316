/// The encodings an XML document may be read in: UTF-8 and the 8-bit ones French exports use.
public enum XMLEncoding: String, Sendable, CaseIterable {
  /// UTF-8, with or without a byte-order mark; also the default.
  case utf8 = "UTF-8"
  /// ISO-8859-15 (Latin-9), SIECLE's encoding.
  case iso885915 = "ISO-8859-15"
  /// ISO-8859-1 (Latin-1).
  case iso88591 = "ISO-8859-1"
  /// Windows-1252.
  case windows1252 = "WINDOWS-1252"
  /// US-ASCII: a byte above 0x7F is an error.
  case usASCII = "US-ASCII"

  /// The encoding named in a declaration (`iso-8859-15`, `LATIN9`, `cp1252`…), or `nil`.
  public init?(declared name: String) {
    switch name.uppercased() {
    case "UTF-8", "UTF8": self = .utf8
    case "ISO-8859-15", "ISO8859-15", "ISO_8859-15", "LATIN-9", "LATIN9": self = .iso885915
    case "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "LATIN-1": self = .iso88591
    case "WINDOWS-1252", "CP1252": self = .windows1252
    case "US-ASCII", "ASCII": self = .usASCII
    default: return nil
    }
  }

  /// The code point of `byte`, or `nil` when the byte means nothing in this single-byte encoding.
  ///
  /// Only meaningful for the single-byte encodings; UTF-8 is decoded by sequences.
  func scalar(_ byte: UInt8) -> UInt32? {
    if byte < 0x80 { return UInt32(byte) }
    switch self {
    case .utf8, .usASCII: return nil
    case .iso88591: return UInt32(byte)
    case .iso885915: return CSVEncoding.iso885915.scalar(byte)
    case .windows1252: return CSVEncoding.windows1252.scalar(byte)
    }
  }
}
