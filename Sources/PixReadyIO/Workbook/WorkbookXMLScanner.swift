/// The XML parts of a workbook as a workbook reader wants them: names without their namespace
/// prefix (`table:table-cell` is `table-cell`), attributes by local name, text in one piece per
/// event. A thin layer over the project's streaming ``XMLReader``, which refuses `<!DOCTYPE`,
/// bad bytes and anything not well-formed, with its line and column.
struct WorkbookXMLScanner {
  /// One token.
  enum Event: Equatable {
    /// `<name a="1">`, or the first half of `<name/>`.
    case start(name: String, attributes: [String: String])
    /// `</name>`, or the second half of `<name/>`.
    case end(name: String)
    /// Character data, references resolved.
    case text(String)
  }

  private var reader: XMLReader
  /// The line of the last token, from 1, for messages.
  private(set) var line = 1

  /// Starts at the beginning of `bytes`.
  init(_ bytes: [UInt8]) {
    reader = XMLReader(bytes: bytes)
  }

  /// The next token, `nil` at the end.
  ///
  /// - Throws: ``XMLError`` where the part stops being well-formed XML.
  mutating func next() throws(XMLError) -> Event? {
    guard let event = try reader.next() else { return nil }
    switch event {
    case .start(let name, let attributes, let line):
      self.line = line
      var byName: [String: String] = [:]
      for attribute in attributes { byName[Self.local(attribute.name)] = attribute.value }
      return .start(name: Self.local(name), attributes: byName)
    case .end(let name, let line):
      self.line = line
      return .end(name: Self.local(name))
    case .text(let text, let line):
      self.line = line
      return .text(text)
    }
  }

  private static func local(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }
}
