/// UTF-8 checks on raw bytes, as strict as `String(validating:)`: no overlong form, no surrogate,
/// nothing above U+10FFFF.
enum UTF8Strict {
  /// Whether the `length` bytes at `start` are well-formed UTF-8.
  static func isValid(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    var index = 0
    while index < length {
      let lead = start[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let size: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: size = 2
      case 0xE0:
        size = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: size = 3
      case 0xED:
        size = 3
        high = 0x9F
      case 0xF0:
        size = 4
        low = 0x90
      case 0xF1...0xF3: size = 4
      case 0xF4:
        size = 4
        high = 0x8F
      default: return false
      }
      guard index + size <= length, (low...high).contains(start[index + 1]) else { return false }
      for offset in 2..<max(size, 2) where start[index + offset] & 0xC0 != 0x80 { return false }
      index += size
    }
    return true
  }

  /// The first scalar when it is ASCII or two bytes long, `nil` otherwise (or when malformed).
  static func firstScalar(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt32? {
    let lead = start[0]
    if lead < 0x80 { return UInt32(lead) }
    guard (0xC2...0xDF).contains(lead), length >= 2, start[1] & 0xC0 == 0x80 else { return nil }
    return UInt32(lead & 0x1F) << 6 | UInt32(start[1] & 0x3F)
  }

  /// The last scalar when it is ASCII or two bytes long, `nil` otherwise (or when malformed).
  static func lastScalar(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt32? {
    let last = start[length - 1]
    if last < 0x80 { return UInt32(last) }
    guard last & 0xC0 == 0x80, length >= 2, (0xC2...0xDF).contains(start[length - 2]) else { return nil }
    return UInt32(start[length - 2] & 0x1F) << 6 | UInt32(last & 0x3F)
  }
}
