import Foundation
import PixReadyCore
import PixReadyIO
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report of the example class: golden files, well-formed, self-contained.
struct HTMLReportTests {
  @Test func rendersTheExampleClassAsTheGoldenFileInFrench() throws {
    let html = HTMLReport().render(try ReportFixtures.exampleDocument())
    try ReportFixtures.expectGolden(html, named: "report-classe-2nde.html")
  }

  @Test func rendersTheExampleClassAsTheGoldenFileInEnglish() throws {
    let html = HTMLReport().render(try ReportFixtures.exampleDocument(language: .en))
    try ReportFixtures.expectGolden(html, named: "report-classe-2nde-en.html")
  }

  @Test func rendersTheAnonymisedExampleClassAsTheGoldenFile() throws {
    let pseudonymizer = Pseudonymizer(key: ReportFixtures.goldenKey)
    let html = HTMLReport().render(try ReportFixtures.exampleDocument(pseudonymizer: pseudonymizer))
    try ReportFixtures.expectGolden(html, named: "report-classe-2nde-anonymized.html")
  }

  @Test(arguments: [Language.fr, .en])
  func isWellFormedXML(language: Language) throws {
    let html = HTMLReport().render(try ReportFixtures.exampleDocument(language: language))
    let parse = XMLCheck(html)
    #expect(parse.errors == [])
    #expect(parse.elements.first == "html")
    #expect(parse.elements.contains("svg"))
  }

  @Test(arguments: ["<html><body><p>text</body></html>", "<p>&nbsp;</p>", "<p><br></p>", "<p a=1></p>"])
  func wellFormednessCheckRejectsMarkupThatIsNotXML(_ markup: String) {
    #expect(!XMLCheck(markup).errors.isEmpty)
  }

  @Test func fetchesNothingFromOutsideThePage() throws {
    let html = HTMLReport().render(try ReportFixtures.exampleDocument())
    let references = Self.attributeValues(in: html, named: ["src", "href", "xlink:href", "action", "data"])
    #expect(!references.isEmpty, "the table of contents links to its sections")
    for reference in references {
      #expect(reference.hasPrefix("#"), "reference \(reference) points outside the page")
    }
    for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "@import", "url(", "src=", "//fonts"] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    for tag in Self.tags(html) {
      #expect(!tag.contains("http") && !tag.contains("//"), "tag \(tag) names a URL")
    }
  }

  @Test func putsEveryRowOnceInTheStudentTableOrTheRejectedRows() throws {
    let document = try ReportFixtures.exampleDocument()
    let html = HTMLReport().render(document)
    let ids = Self.attributeValues(in: html, named: ["id"]).filter {
      $0.hasPrefix("l") && $0.dropFirst().allSatisfy(\.isNumber)
    }
    #expect(ids.count == document.summary.rows)
    #expect(Set(ids) == Set(document.rows.map { "l\($0.line)" }))
    #expect(document.summary.reconciles)
  }

  @Test func sayTheReportIsAnonymisedOnlyWhenItIs() throws {
    let plain = HTMLReport().render(try ReportFixtures.exampleDocument())
    let anonymous = HTMLReport().render(
      try ReportFixtures.exampleDocument(pseudonymizer: Pseudonymizer(key: ReportFixtures.goldenKey)))
    #expect(!plain.contains("Rapport anonymisé"))
    #expect(anonymous.contains("Rapport anonymisé : les noms, INE et dates de naissance sont remplacés"))
  }

  /// The values of the given attributes, in order.
  static func attributeValues(in html: String, named names: Set<String>) -> [String] {
    var values: [String] = []
    var rest = html[...]
    while let equals = rest.firstIndex(of: "=") {
      let name = rest[..<equals].reversed().prefix { !$0.isWhitespace && $0 != "<" && $0 != "\"" }
      let after = rest.index(after: equals)
      guard after < rest.endIndex, rest[after] == "\"" else {
        rest = rest[after...]
        continue
      }
      let valueStart = rest.index(after: after)
      let valueEnd = rest[valueStart...].firstIndex(of: "\"") ?? rest.endIndex
      if names.contains(String(name.reversed())) { values.append(String(rest[valueStart..<valueEnd])) }
      rest = valueEnd < rest.endIndex ? rest[rest.index(after: valueEnd)...] : rest[rest.endIndex...]
    }
    return values
  }

  /// The tags of the page with their attributes, without text content.
  static func tags(_ html: String) -> [String] {
    html.components(separatedBy: "<").dropFirst().map { String($0.prefix { $0 != ">" }) }
  }
}

/// Parses text as XML and keeps the element names and every error, including those FoundationXML
/// recovers from on Linux (where `parse()` may still return `true`).
final class XMLCheck: NSObject, XMLParserDelegate {
  private(set) var elements: [String] = []
  private(set) var errors: [String] = []

  init(_ text: String) {
    super.init()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = self
    let finished = parser.parse()
    if let error = parser.parserError, errors.isEmpty { errors.append("\(error)") }
    if !finished, errors.isEmpty { errors.append("parse stopped at line \(parser.lineNumber)") }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(elementName)
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    errors.append("line \(parser.lineNumber): \(parseError)")
  }
}
