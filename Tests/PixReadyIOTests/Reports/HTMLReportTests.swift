import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// The HTML report of the example class: golden files, well-formed, self-contained.
struct HTMLReportTests {
  @Test func rendersTheExampleClassAsTheGoldenFileInFrench() throws {
    let html = HTMLReport().render(try ReportFixtures.exampleDocument())
    try Golden.expect(html, equals: .expected("report-classe-2nde.html"))
  }

  @Test func rendersTheExampleClassAsTheGoldenFileInEnglish() throws {
    let html = HTMLReport().render(try ReportFixtures.exampleDocument(language: .en))
    try Golden.expect(html, equals: .expected("report-classe-2nde-en.html"))
  }

  @Test func rendersTheAnonymisedExampleClassAsTheGoldenFile() throws {
    let pseudonymizer = Pseudonymizer(key: ReportFixtures.goldenKey)
    let html = HTMLReport().render(try ReportFixtures.exampleDocument(pseudonymizer: pseudonymizer))
    try Golden.expect(html, equals: .expected("report-classe-2nde-anonymized.html"))
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
    #expect(Set(ids) == Set(document.lines.map { "l\($0)" }))
    #expect(document.summary.reconciles)
  }

  @Test func sayTheReportIsAnonymisedOnlyWhenItIs() throws {
    let plain = HTMLReport().render(try ReportFixtures.exampleDocument())
    let anonymous = HTMLReport().render(
      try ReportFixtures.exampleDocument(pseudonymizer: Pseudonymizer(key: ReportFixtures.goldenKey))
    ).plain
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

/// Parses text as XML with the project's ``XMLReader`` and keeps the element names and the error, if any.
struct XMLCheck {
  private(set) var elements: [String] = []
  private(set) var errors: [String] = []

  /// Reads `text`; an HTML5 `<!DOCTYPE html>` at the start, which the reader refuses as any
  /// document type declaration, is skipped.
  init(_ text: String) {
    let doctype = "<!DOCTYPE html>"
    var reader = XMLReader(bytes: Array((text.hasPrefix(doctype) ? String(text.dropFirst(doctype.count)) : text).utf8))
    do {
      while let event = try reader.next() {
        if case .start(let name, _, _) = event { elements.append(name) }
      }
    } catch {
      errors.append("line \(error.line): \(XMLMessages(language: .en).text(error.kind))")
    }
  }
}
