import PixReadyIO
import Testing

/// The pure-Swift XML reader: the subset SIECLE exports and workbook parts use, every problem located.
struct XMLReaderTests {
  /// Every event of `text`, or the error that stopped the reader.
  static func events(_ bytes: [UInt8]) -> (events: [XMLEvent], error: XMLError?) {
    var reader = XMLReader(bytes: bytes)
    var events: [XMLEvent] = []
    do {
      while let event = try reader.next() { events.append(event) }
    } catch {
      return (events, error)
    }
    return (events, nil)
  }

  static func events(_ text: String) -> (events: [XMLEvent], error: XMLError?) {
    events(Array(text.utf8))
  }

  @Test func readsElementsAttributesAndTextWithPrefixesAsWritten() {
    let xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <x:sheet xmlns:x="urn:s" r:id='rId1'><x:c r="A1" t="s"/>
      <x:v>42</x:v></x:sheet>
      """
    let result = Self.events(xml)
    #expect(result.error == nil)
    #expect(
      result.events == [
        .start(
          name: "x:sheet",
          attributes: [XMLAttribute(name: "xmlns:x", value: "urn:s"), XMLAttribute(name: "r:id", value: "rId1")],
          line: 2),
        .start(
          name: "x:c", attributes: [XMLAttribute(name: "r", value: "A1"), XMLAttribute(name: "t", value: "s")], line: 2
        ),
        .end(name: "x:c", line: 2), .text("\n", line: 2), .start(name: "x:v", attributes: [], line: 3),
        .text("42", line: 3), .end(name: "x:v", line: 3), .end(name: "x:sheet", line: 3),
      ])
  }

  @Test func resolvesReferencesAndCDATAAndSkipsComments() {
    let xml = "<a t=\"&lt;&#233;&#xE9;\t&quot;\">&amp;&apos;&gt;<!-- x --><![CDATA[<b>&amp;]]>\r\n</a>"
    let result = Self.events(xml)
    #expect(result.error == nil)
    #expect(
      result.events == [
        .start(name: "a", attributes: [XMLAttribute(name: "t", value: "<éé \"")], line: 1),
        .text("&'>", line: 1), .text("<b>&amp;", line: 1), .text("\n", line: 1), .end(name: "a", line: 2),
      ])
  }

  @Test(arguments: [
    ("ISO-8859-15", [0xBC, 0xA4] as [UInt8], "Œ€"), ("ISO-8859-1", [0xBC, 0xE9], "¼é"),
    ("windows-1252", [0x8C, 0x80, 0xE9], "Œ€é"), ("UTF-8", [0xC5, 0x92], "Œ"),
  ])
  func transcodesTheDeclaredEncoding(encoding: String, bytes: [UInt8], text: String) {
    let document = Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?><a>".utf8) + bytes + Array("</a>".utf8)
    #expect(Self.events(document).events.contains(.text(text, line: 1)))
  }

  @Test(arguments: [
    ("windows-1252", [0x81] as [UInt8]), ("US-ASCII", [0xE9]), ("UTF-8", [0xE9, 0x61]), ("UTF-8", [0xC0, 0x80]),
    ("UTF-8", [0xED, 0xA0, 0x80]),
  ])
  func reportsBytesInvalidInTheEncodingAfterWhatPrecedesThem(encoding: String, bytes: [UInt8]) throws {
    let document = Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<a><b>x</b>\n<c>".utf8) + bytes
    let result = Self.events(document)
    #expect(result.events.count == 6, "the elements before the bad byte are delivered")
    let error = try #require(result.error)
    #expect(error.line == 3)
    #expect(error.column == 4)
    guard case .invalidBytes = error.kind else {
      Issue.record("\(error)")
      return
    }
  }

  @Test(arguments: [
    ("<!DOCTYPE a [<!ENTITY x \"y\">]><a/>", XMLError.Kind.documentTypeDeclaration, 1),
    ("<a>\n<!ENTITY x \"y\"></a>", .documentTypeDeclaration, 2),
    ("<?pi?><a/>", .processingInstruction, 1), ("<a>\n<?xml version=\"1.0\"?></a>", .processingInstruction, 2),
    ("<a>\n<b></a>", .mismatchedEndTag(expected: "b", found: "a"), 2), ("<a>\n<b>", .unexpectedEndOfFile, 2),
    ("<a>&eacute;</a>", .undeclaredEntity("eacute"), 1), ("<a>&#0;</a>", .invalidCharacterReference("#0"), 1),
    ("<a>&#xD800;</a>", .invalidCharacterReference("#xD800"), 1), ("<a>&amp</a>", .expected(";"), 1),
    ("<a x=\"1\" x=\"2\"/>", .duplicateAttribute("x"), 1), ("<a x=\"<\"/>", .lessThanInAttributeValue, 1),
    ("<a x=1/>", .expected("\""), 1), ("<a x/>", .expected("="), 1), ("<a x=\"1\"y=\"2\"/>", .expected(">"), 1),
    ("x<a/>", .textOutsideRoot, 1), ("<a/>\n<b/>", .contentAfterRoot, 2), ("<a/>x", .textOutsideRoot, 1),
    ("</a>", .unexpectedEndTag("a"), 1), ("<1a/>", .expectedName, 1), ("< a/>", .expectedName, 1),
    ("", .noRootElement, 1), ("<!-- only -->", .noRootElement, 1), ("<a>\u{1}</a>", .forbiddenCharacter(1), 1),
    ("<?xml version=\"1.0\" encoding=\"EBCDIC\"?><a/>", .unsupportedEncoding("EBCDIC"), 1),
    ("<?xml encoding=\"UTF-8\"?><a/>", .invalidDeclaration, 1), ("<a><![CDATA[x", .unexpectedEndOfFile, 1),
  ])
  func reportsMalformedMarkupWithItsLine(xml: String, kind: XMLError.Kind, line: Int) throws {
    let error = try #require(Self.events(xml).error)
    #expect(error.kind == kind)
    #expect(error.line == line)
  }

  @Test func refusesElementsNestedTooDeep() throws {
    let deep = String(repeating: "<a>", count: XMLReader.maximumDepth + 1)
    let error = try #require(Self.events(deep).error)
    #expect(error.kind == .tooDeep(limit: XMLReader.maximumDepth))
  }

  @Test func refusesMoreThan64KiBBeforeTheRoot() throws {
    let error = try #require(Self.events("<!--" + String(repeating: "x", count: 70_000) + "--><a/>").error)
    #expect(error.kind == .prologTooLong)
  }

  /// With or without a byte-order mark, a wide encoding is refused before any markup is read, so that
  /// `<!DOCTYPE` cannot slip past in an encoding read as another.
  @Test(arguments: [
    ([0xFF, 0xFE, 0x3C, 0x00] as [UInt8], "UTF-16"), ([0xFE, 0xFF, 0x00, 0x3C], "UTF-16"),
    ([0x3C, 0x00, 0x21, 0x00], "UTF-16"), ([0x00, 0x3C, 0x00, 0x21], "UTF-16"),
    ([0xFF, 0xFE, 0x00, 0x00, 0x3C, 0, 0, 0], "UTF-32"), ([0x3C, 0, 0, 0], "UTF-32"), ([0, 0, 0, 0x3C], "UTF-32"),
  ])
  func refusesUTF16AndUTF32WithOrWithoutAMark(bytes: [UInt8], name: String) {
    let result = Self.events(bytes)
    #expect(result.error == XMLError(.unsupportedEncoding(name), line: 1, column: 1))
    #expect(result.events.isEmpty)
  }

  @Test func refusesAnotherEncodingAfterAUTF8Mark() {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"latin1\"?><a/>".utf8)
    #expect(Self.events(bytes).error?.kind == .encodingConflict(declared: "latin1"))
  }

  @Test func readsAUTF8MarkAndLoneCarriageReturnsAsLineEnds() {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("<a>\r<b/>\r\n<c/></a>".utf8)
    let lines = Self.events(bytes).events.compactMap { event -> Int? in
      if case .start(_, _, let line) = event { return line }
      return nil
    }
    #expect(lines == [1, 2, 3])
  }

  @Test(arguments: XMLErrorKinds.all)
  func everyErrorHasAFrenchAndAnEnglishSentence(kind: XMLError.Kind) {
    let french = XMLMessages(language: .fr).text(kind)
    let english = XMLMessages(language: .en).text(kind)
    #expect(!french.isEmpty && !english.isEmpty && french != english)
  }
}

/// One value of every ``XMLError/Kind``.
enum XMLErrorKinds {
  static let all: [XMLError.Kind] = [
    .unsupportedEncoding("UTF-16"), .encodingConflict(declared: "latin1"), .invalidBytes(encoding: "UTF-8"),
    .forbiddenCharacter(0), .documentTypeDeclaration, .processingInstruction, .invalidDeclaration, .prologTooLong,
    .unexpectedEndOfFile, .noRootElement, .expectedName, .expected(">"), .lessThanInAttributeValue,
    .duplicateAttribute("x"), .undeclaredEntity("x"), .invalidCharacterReference("#0"),
    .mismatchedEndTag(expected: "a", found: "b"), .unexpectedEndTag("a"), .textOutsideRoot, .contentAfterRoot,
    .tooDeep(limit: 256),
  ]
}
