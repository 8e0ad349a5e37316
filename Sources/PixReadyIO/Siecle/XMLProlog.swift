/// What comes before the root element of an XML file, checked before any parser sees it.
///
/// Real SIECLE exports have an XML declaration and nothing else. A document type declaration is
/// refused outright: it is where entities are declared, and entities are how XML bombs (« billion
/// laughs ») and external-entity reads work. Without one, the parser knows no entity but the five
/// predefined ones, so neither attack can happen.
struct XMLProlog: Equatable {
  /// The most bytes read before the root element.
  static let maximumLength = 64 << 10

  /// The encoding declared (`ISO-8859-15`), normalised; `UTF-8` when none is declared.
  var encoding: String

  /// The encodings a SIECLE export may declare, by spelling, with the name passed to the parser.
  private static let encodings: [String: String] = [
    "UTF-8": "UTF-8", "UTF8": "UTF-8", "ISO-8859-15": "ISO-8859-15", "ISO8859-15": "ISO-8859-15",
    "ISO_8859-15": "ISO-8859-15", "LATIN-9": "ISO-8859-15", "LATIN9": "ISO-8859-15", "ISO-8859-1": "ISO-8859-1",
    "ISO8859-1": "ISO-8859-1", "ISO_8859-1": "ISO-8859-1", "LATIN1": "ISO-8859-1", "LATIN-1": "ISO-8859-1",
    "WINDOWS-1252": "WINDOWS-1252", "CP1252": "WINDOWS-1252", "US-ASCII": "US-ASCII", "ASCII": "US-ASCII",
  ]

  /// Reads the prolog at the start of `head` (the first bytes of the file).
  ///
  /// - Parameter complete: Whether `head` is the whole file.
  /// - Throws: ``SiecleProblem`` `.unsupportedEncoding`, `.encodingConflict`, `.documentTypeDeclaration`
  ///   or `.prologTooLong`.
  ///   Other malformations are left to the parser, which reports them with a line.
  init(head: [UInt8], complete: Bool) throws(SiecleProblem) {
    var index = 0
    if head.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
    } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      throw .unsupportedEncoding("UTF-16")
    } else if head.starts(with: [0, 0, 0xFE, 0xFF]) {
      throw .unsupportedEncoding("UTF-32")
    }
    encoding = "UTF-8"
    if Self.matches(head, at: index, "<?xml"), index + 5 < head.count, Self.isSpace(head[index + 5]) {
      guard let end = Self.find(head, "?>", from: index) else {
        if complete { return }
        throw .prologTooLong
      }
      if let declared = Self.pseudoAttribute("encoding", in: head[index..<end]) {
        guard let known = Self.encodings[declared.uppercased()] else { throw .unsupportedEncoding(declared) }
        if index == 3, known != "UTF-8" { throw .encodingConflict(declared: declared) }
        encoding = known
      }
      index = end + 2
    }
    try Self.skipMisc(head, from: index, complete: complete)
  }

  /// Skips comments, processing instructions and spaces up to the root element.
  private static func skipMisc(_ head: [UInt8], from start: Int, complete: Bool) throws(SiecleProblem) {
    var index = start
    while index < head.count {
      if isSpace(head[index]) {
        index += 1
      } else if matches(head, at: index, "<!--") {
        guard let end = find(head, "-->", from: index + 4) else { break }
        index = end + 3
      } else if matches(head, at: index, "<?") {
        guard let end = find(head, "?>", from: index + 2) else { break }
        index = end + 2
      } else if matches(head, at: index, "<!") {
        throw .documentTypeDeclaration
      } else {
        return  // the root element, or text the parser will reject with a line number
      }
    }
    if !complete { throw .prologTooLong }
  }

  private static func pseudoAttribute(_ name: String, in declaration: ArraySlice<UInt8>) -> String? {
    let text = String(decoding: declaration, as: UTF8.self)
    guard let range = text.range(of: name) else { return nil }
    var rest = text[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    let value = rest.dropFirst().prefix { $0 != quote }
    return String(value)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func matches(_ bytes: [UInt8], at index: Int, _ text: String) -> Bool {
    let pattern = Array(text.utf8)
    return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
  }

  private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
    let pattern = Array(text.utf8)
    var index = start
    while index + pattern.count <= bytes.count {
      if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }
}
