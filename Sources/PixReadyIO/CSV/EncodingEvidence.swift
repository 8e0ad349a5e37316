/// What the bytes above 0x7F of a run of text say about its encoding: the one rule by which a class
/// file's encoding is decided, on its first 64 KiB and, when those are plain ASCII, on the first
/// record that is not.
///
/// Text with more well-formed UTF-8 sequences than bytes that cannot be UTF-8 is UTF-8 (one stray
/// Windows-1252 byte in a UTF-8 file is that row's error, not a reason to misread every name);
/// otherwise it is in an 8-bit encoding, chosen as ``CSVEncoding/singleByte(for:)`` says.
enum EncodingEvidence: Equatable {
  /// Only ASCII: any encoding reads it the same way; the decision waits.
  case ascii
  /// UTF-8.
  case utf8
  /// An 8-bit encoding.
  case singleByte(CSVEncoding)

  /// The evidence of `bytes`; when `complete` is false, a sequence cut at the end is not held
  /// against UTF-8.
  init(_ bytes: some Collection<UInt8>, complete: Bool) {
    var valid = 0
    var invalid = 0
    var sawHigh = false
    var iterator = bytes.makeIterator()
    var decoder = Unicode.UTF8()
    var pendingHigh = false
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar.value >= 0x80 {
          valid += 1
          sawHigh = true
        }
      case .error:
        invalid += 1
        sawHigh = true
        pendingHigh = true
      case .emptyInput:
        break loop
      }
    }
    // The decoder reports a sequence cut by the end of a partial prefix as an error too.
    if !complete, pendingHigh, Self.endsWithCutSequence(bytes) { invalid -= 1 }
    if !sawHigh || (valid == 0 && invalid == 0) {
      self = .ascii
    } else if valid > invalid {
      self = .utf8
    } else {
      self = .singleByte(CSVEncoding.singleByte(for: bytes))
    }
  }

  /// Whether `bytes` end with the start of a multi-byte sequence that more bytes could complete.
  private static func endsWithCutSequence(_ bytes: some Collection<UInt8>) -> Bool {
    let tail = Array(bytes.suffix(3))
    for (offset, byte) in tail.enumerated().reversed() {
      let needed: Int
      switch byte {
      case 0xC2...0xDF: needed = 2
      case 0xE0...0xEF: needed = 3
      case 0xF0...0xF4: needed = 4
      case 0x80...0xBF: continue
      default: return false
      }
      let present = tail.count - offset
      return present < needed && tail[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }
    return false
  }
}
