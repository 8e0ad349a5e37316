/// Checks whether bytes are well-formed UTF-8, telling a cut final sequence apart.
enum UTF8Check {
  /// The verdict on a run of bytes.
  enum Result: Equatable {
    /// Well-formed.
    case valid
    /// Well-formed except that the last sequence is cut short.
    case truncated
    /// Not UTF-8.
    case invalid
  }

  /// Validates `bytes`.
  static func validate(_ bytes: some Collection<UInt8>) -> Result {
    var remaining = 0
    for byte in bytes {
      if remaining > 0 {
        guard byte & 0xC0 == 0x80 else { return .invalid }
        remaining -= 1
        continue
      }
      switch byte {
      case 0x00...0x7F: remaining = 0
      case 0xC2...0xDF: remaining = 1
      case 0xE0...0xEF: remaining = 2
      case 0xF0...0xF4: remaining = 3
      default: return .invalid
      }
    }
    return remaining == 0 ? .valid : .truncated
  }
}
