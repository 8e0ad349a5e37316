/// A small streaming XML reader in pure Swift: it hands out one ``XMLEvent`` at a time and keeps
/// only the open elements' names, whatever the size of the document.
///
/// It reads what SIECLE exports and office workbook parts use: elements with attributes (names
/// kept as written, namespace prefixes included), text, the five predefined entities and
/// character references, CDATA sections; comments are skipped. The declaration chooses the
/// encoding (UTF-8 with or without a byte-order mark, ISO-8859-15, ISO-8859-1, Windows-1252,
/// US-ASCII); every byte is checked and the text transcoded to UTF-8 before it is tokenised.
/// UTF-16 and UTF-32, document type declarations (where entities are declared: XML bombs,
/// external-entity reads) and processing instructions are refused. Every problem is an
/// ``XMLError`` with its line, never a crash.
///
/// ```swift
/// var reader = XMLReader(bytes: bytes)
/// while let event = try reader.next() { … }
/// ```
public struct XMLReader {
  /// The most bytes before the root element's start tag.
  public static let maximumPrologLength = 64 << 10
  /// The deepest nesting of elements accepted.
  public static let maximumDepth = 256

  /// The encoding the document is read in; known once the first event is read.
  public private(set) var encoding: XMLEncoding = .utf8

  var input: [UInt8]
  /// The document as UTF-8, after the byte-order mark, up to any bad byte.
  var text: [UInt8] = []
  var position = 0
  var lines = XMLPosition(start: 0)
  /// The names of the open elements, the root first.
  var open: [String] = []
  var state = State.unread
  /// The failure found while transcoding, reported when the reader reaches it.
  var pendingFailure: XMLError?
  /// The end of a self-closing tag, delivered by the next call.
  var pendingEnd: XMLEvent?

  enum State {
    case unread, prolog, inRoot, afterRoot, finished
  }

  /// A reader of `bytes`, a whole document.
  public init(bytes: [UInt8]) {
    input = bytes
  }

  /// The next event, or `nil` at the end of a well-formed document.
  ///
  /// - Throws: ``XMLError`` at the first problem; the events before it were well-formed.
  public mutating func next() throws(XMLError) -> XMLEvent? {
    if let event = pendingEnd {
      pendingEnd = nil
      return event
    }
    switch state {
    case .unread: try prepare()
    case .prolog, .inRoot, .afterRoot: break
    case .finished: return nil
    }
    while position < text.count {
      if text[position] == UInt8(ascii: "<") {
        if let event = try markup() { return event }
      } else if let event = try characters() {
        return event
      }
    }
    return try end()
  }

  /// The line of `offset` in ``text`` (offsets only move forward).
  mutating func line(at offset: Int) -> Int {
    lines.line(at: offset, in: text)
  }

  /// An error at `offset` in ``text``.
  ///
  /// The end of the text is where a bad byte was found, if any: that byte is the error then.
  mutating func error(_ kind: XMLError.Kind, at offset: Int) -> XMLError {
    if kind == .unexpectedEndOfFile, let failure = pendingFailure { return failure }
    let line = line(at: offset)
    return XMLError(kind, line: line, column: lines.column(at: offset, in: text))
  }

  private mutating func prepare() throws(XMLError) {
    state = .finished
    let declaration = try XMLDeclaration(input)
    encoding = declaration.encoding
    let result = XMLTranscoder.transcode(input[declaration.markLength...], from: declaration.encoding)
    input = []
    text = result.bytes
    pendingFailure = result.failure
    position = declaration.length
    state = .prolog
  }

  private mutating func end() throws(XMLError) -> XMLEvent? {
    if let failure = pendingFailure {
      state = .finished
      throw failure
    }
    switch state {
    case .unread, .prolog:
      state = .finished
      throw error(.noRootElement, at: position)
    case .inRoot:
      state = .finished
      throw error(.unexpectedEndOfFile, at: position)
    case .afterRoot, .finished:
      state = .finished
      return nil
    }
  }

  /// Character data up to the next `<`: an event inside the root, white space only outside.
  private mutating func characters() throws(XMLError) -> XMLEvent? {
    let start = position
    guard state == .inRoot else {
      while position < text.count, XMLDeclaration.isSpace(text[position]) { position += 1 }
      if position < text.count, text[position] != UInt8(ascii: "<") {
        throw error(.textOutsideRoot, at: position)
      }
      return nil
    }
    var bytes: [UInt8] = []
    while position < text.count, text[position] != UInt8(ascii: "<") {
      let byte = text[position]
      if byte == UInt8(ascii: "&") {
        bytes += try reference()
      } else if byte == 0x0D {
        bytes.append(0x0A)
        position += 1
        if position < text.count, text[position] == 0x0A { position += 1 }
      } else {
        bytes.append(byte)
        position += 1
      }
    }
    return .text(String(decoding: bytes, as: UTF8.self), line: line(at: start))
  }
}
