extension XMLReader {
  /// Reads the markup at `<`: a tag gives an event; a comment gives none.
  mutating func markup() throws(XMLError) -> XMLEvent? {
    let start = position
    if matches("<!--") {
      guard let close = find("-->", from: start + 4) else { throw error(.unexpectedEndOfFile, at: text.count) }
      position = close + 3
      return nil
    }
    if matches("<![CDATA[") {
      guard state == .inRoot else { throw error(.textOutsideRoot, at: start) }
      guard let close = find("]]>", from: start + 9) else { throw error(.unexpectedEndOfFile, at: text.count) }
      position = close + 3
      return .text(
        String(decoding: normalisedLineEnds(text[(start + 9)..<close]), as: UTF8.self), line: line(at: start))
    }
    if matches("<!") { throw error(.documentTypeDeclaration, at: start) }
    if matches("<?") { throw error(.processingInstruction, at: start) }
    if matches("</") { return try endTag() }
    return try startTag()
  }

  private mutating func startTag() throws(XMLError) -> XMLEvent {
    let start = position
    switch state {
    case .afterRoot: throw error(.contentAfterRoot, at: start)
    case .prolog where start > Self.maximumPrologLength: throw error(.prologTooLong, at: start)
    case .unread, .prolog, .inRoot, .finished: break
    }
    guard open.count < Self.maximumDepth else { throw error(.tooDeep(limit: Self.maximumDepth), at: start) }
    position += 1
    let name = try self.name()
    let line = line(at: start)
    var attributes: [XMLAttribute] = []
    var names: Set<String> = []
    while true {
      let spaced = skipSpaces()
      guard position < text.count else { throw error(.unexpectedEndOfFile, at: position) }
      if text[position] == UInt8(ascii: ">") {
        position += 1
        break
      }
      if matches("/>") {
        position += 2
        pendingEnd = .end(name: name, line: line)
        break
      }
      guard spaced else { throw error(.expected(">"), at: position) }
      let attributeStart = position
      let attribute = try self.attribute()
      guard names.insert(attribute.name).inserted else {
        throw error(.duplicateAttribute(attribute.name), at: attributeStart)
      }
      attributes.append(attribute)
    }
    if pendingEnd != nil {
      state = open.isEmpty ? .afterRoot : .inRoot
    } else {
      open.append(name)
      state = .inRoot
    }
    return .start(name: name, attributes: attributes, line: line)
  }

  private mutating func endTag() throws(XMLError) -> XMLEvent {
    let start = position
    position += 2
    let name = try self.name()
    skipSpaces()
    guard position < text.count else { throw error(.unexpectedEndOfFile, at: position) }
    guard text[position] == UInt8(ascii: ">") else { throw error(.expected(">"), at: position) }
    position += 1
    guard let expected = open.last else { throw error(.unexpectedEndTag(name), at: start) }
    guard expected == name else { throw error(.mismatchedEndTag(expected: expected, found: name), at: start) }
    open.removeLast()
    if open.isEmpty { state = .afterRoot }
    return .end(name: name, line: line(at: start))
  }

  private mutating func attribute() throws(XMLError) -> XMLAttribute {
    let name = try self.name()
    skipSpaces()
    guard position < text.count else { throw error(.unexpectedEndOfFile, at: position) }
    guard text[position] == UInt8(ascii: "=") else { throw error(.expected("="), at: position) }
    position += 1
    skipSpaces()
    guard position < text.count else { throw error(.unexpectedEndOfFile, at: position) }
    let quote = text[position]
    guard quote == 0x22 || quote == 0x27 else { throw error(.expected("\""), at: position) }
    position += 1
    var value: [UInt8] = []
    while true {
      guard position < text.count else { throw error(.unexpectedEndOfFile, at: position) }
      let byte = text[position]
      if byte == quote {
        position += 1
        break
      }
      switch byte {
      case UInt8(ascii: "<"): throw error(.lessThanInAttributeValue, at: position)
      case UInt8(ascii: "&"): value += try reference()
      case 0x0D:
        // Attribute-value normalisation: CR LF, CR, LF and tab each become one space.
        value.append(0x20)
        position += 1
        if position < text.count, text[position] == 0x0A { position += 1 }
      case 0x09, 0x0A:
        value.append(0x20)
        position += 1
      default:
        value.append(byte)
        position += 1
      }
    }
    return XMLAttribute(name: name, value: String(decoding: value, as: UTF8.self))
  }

  /// A name at the current position: letters, digits, `_ : - .` and any non-ASCII character,
  /// not starting with a digit, `-` or `.`.
  mutating func name() throws(XMLError) -> String {
    let start = position
    while position < text.count, Self.isNameByte(text[position]) { position += 1 }
    guard position > start else {
      if position == text.count { throw error(.unexpectedEndOfFile, at: position) }
      throw error(.expectedName, at: start)
    }
    let first = text[start]
    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "-")
      || first == UInt8(ascii: ".")
    {
      throw error(.expectedName, at: start)
    }
    return String(decoding: text[start..<position], as: UTF8.self)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"),
      UInt8(ascii: "."), 0x80...0xFF:
      true
    default: false
    }
  }

  /// Skips white space; whether there was any.
  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = position
    while position < text.count, XMLDeclaration.isSpace(text[position]) { position += 1 }
    return position > start
  }

  private func matches(_ pattern: StaticString) -> Bool {
    let count = pattern.utf8CodeUnitCount
    guard position + count <= text.count else { return false }
    return pattern.withUTF8Buffer { text[position..<(position + count)].elementsEqual($0) }
  }

  private func find(_ pattern: StaticString, from start: Int) -> Int? {
    pattern.withUTF8Buffer { needle -> Int? in
      var index = start
      while index + needle.count <= text.count {
        if text[index] == needle[0], text[index..<(index + needle.count)].elementsEqual(needle) { return index }
        index += 1
      }
      return nil
    }
  }

  private func normalisedLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      index += 1
      if byte == 0x0D {
        output.append(0x0A)
        if index < bytes.endIndex, bytes[index] == 0x0A { index += 1 }
      } else {
        output.append(byte)
      }
    }
    return output
  }
}
