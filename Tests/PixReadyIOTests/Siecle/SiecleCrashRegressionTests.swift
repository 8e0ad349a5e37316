import PixReadyCore
import PixReadyIO
import Testing

/// Inputs that crashed Foundation's XMLParser (issue 15, point 2) or slipped past the DOCTYPE rule
/// (point 10): each is now a located finding. Fixtures in `Fixtures/xml-crashes/`.
struct SiecleCrashRegressionTests {
  static let cases: [(String, SiecleProblem, Int)] = [
    ("invalid-byte-in-attribute-name.xml", .malformedXML(.invalidBytes(encoding: "UTF-8")), 1),
    ("invalid-byte-in-element-name.xml", .malformedXML(.invalidBytes(encoding: "UTF-8")), 1),
    ("invalid-byte-in-entity-name.xml", .malformedXML(.invalidBytes(encoding: "UTF-8")), 1),
    ("processing-instruction-without-data.xml", .malformedXML(.processingInstruction), 1),
    ("doctype-utf16le-no-bom.xml", .unsupportedEncoding("UTF-16"), 1),
    ("doctype-utf16be-no-bom.xml", .unsupportedEncoding("UTF-16"), 1),
    ("doctype-utf32le-no-bom.xml", .unsupportedEncoding("UTF-32"), 1),
  ]

  @Test(arguments: cases)
  func reportsTheInputAsAnErrorWithItsLine(file: String, problem: SiecleProblem, line: Int) {
    let export = SiecleReader.read(path: SiecleFixtures.path("xml-crashes/\(file)"))
    #expect(export.findings.map(\.problem) == [problem])
    #expect(export.findings.first?.location.line == line)
    #expect(!export.isUsable)
    #expect(export.students.isEmpty)
  }

  /// The same document in UTF-8: the DOCTYPE is refused, so no entity can fill a field.
  @Test func refusesTheDoctypeOfTheUTF16DocumentInUTF8() throws {
    let utf16 = try SiecleFixtures.bytes("xml-crashes/doctype-utf16le-no-bom.xml")
    let units = stride(from: 0, to: utf16.count - 1, by: 2).map { UInt16(utf16[$0]) | UInt16(utf16[$0 + 1]) << 8 }
    let text = String(decoding: units, as: UTF16.self)
    #expect(SiecleFixtures.read(xml: text).findings.map(\.problem) == [.documentTypeDeclaration])
  }
}
