/// Turns the bytes of a document into well-formed UTF-8 containing only characters XML allows.
///
/// On the first bad byte or forbidden character, the text before it is kept and the failure is
/// returned with its line and column, so that a reader can deliver what precedes it first, as a
/// streaming parser would.
enum XMLTranscoder {
  /// The UTF-8 text of `input` read in `encoding`, up to the first failure if any.
  static func transcode(_ input: ArraySlice<UInt8>, from encoding: XMLEncoding) -> (
    bytes: [UInt8], failure: XMLError?
  ) {
    switch encoding {
    case .utf8: return checkUTF8(input)
    case .iso885915, .iso88591, .windows1252, .usASCII: return decodeSingleByte(input, encoding)
    }
  }

  private static func checkUTF8(_ input: ArraySlice<UInt8>) -> (bytes: [UInt8], failure: XMLError?) {
    var index = input.startIndex
    while index < input.endIndex {
      let lead = input[index]
      if lead >= 0x20 && lead < 0x80 {
        index += 1
        continue
      }
      guard let (scalar, size) = decode(input, at: index) else {
        return (Array(input[..<index]), failure(.invalidBytes(encoding: "UTF-8"), input, at: index, utf8: true))
      }
      if !allowed(scalar) {
        return (Array(input[..<index]), failure(.forbiddenCharacter(scalar), input, at: index, utf8: true))
      }
      index += size
    }
    return (Array(input), nil)
  }

  private static func decodeSingleByte(_ input: ArraySlice<UInt8>, _ encoding: XMLEncoding) -> (
    bytes: [UInt8], failure: XMLError?
  ) {
    var output: [UInt8] = []
    output.reserveCapacity(input.count + input.count / 8)
    var index = input.startIndex
    while index < input.endIndex {
      // Runs of printable ASCII, the same in every single-byte encoding, are copied at once.
      var end = index
      while end < input.endIndex, input[end] >= 0x20, input[end] < 0x80 { end += 1 }
      if end > index {
        output.append(contentsOf: input[index..<end])
        index = end
        continue
      }
      let position = index
      let byte = input[position]
      index += 1
      guard let scalar = encoding.scalar(byte) else {
        return (output, failure(.invalidBytes(encoding: encoding.rawValue), input, at: position, utf8: false))
      }
      if !allowed(scalar) {
        return (output, failure(.forbiddenCharacter(scalar), input, at: position, utf8: false))
      }
      if scalar < 0x80 {
        output.append(byte)
      } else if let unicode = Unicode.Scalar(scalar) {
        output.append(contentsOf: Unicode.UTF8.encode(unicode).map(Array.init) ?? [])
      }
    }
    return (output, nil)
  }

  /// The scalar at `index` and its length, when the sequence is well-formed (no overlong form,
  /// no surrogate, nothing above U+10FFFF).
  private static func decode(_ bytes: ArraySlice<UInt8>, at index: Int) -> (UInt32, Int)? {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let size: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: size = 2
    case 0xE0: (size, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: size = 3
    case 0xED: (size, high) = (3, 0x9F)
    case 0xF0: (size, low) = (4, 0x90)
    case 0xF1...0xF3: size = 4
    case 0xF4: (size, high) = (4, 0x8F)
    default: return nil
    }
    guard index + size <= bytes.endIndex, (low...high).contains(bytes[index + 1]) else { return nil }
    var scalar = UInt32(lead) & (size == 2 ? 0x1F : size == 3 ? 0x0F : 0x07)
    for offset in 1..<size {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    return (scalar, size)
  }

  /// Whether XML 1.0 allows the character (its `Char` production).
  static func allowed(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func failure(_ kind: XMLError.Kind, _ bytes: ArraySlice<UInt8>, at index: Int, utf8: Bool)
    -> XMLError
  {
    let position = XMLPosition.locate(bytes, offset: index, utf8: utf8)
    return XMLError(kind, line: position.line, column: position.column)
  }
}
