import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// The Markdown report of the example class, in French, in English and anonymised.
struct MarkdownReportTests {
  @Test func rendersTheExampleClassAsTheGoldenFileInFrench() throws {
    let text = MarkdownReport().render(try ReportFixtures.exampleDocument())
    try Golden.expect(text, equals: .expected("report-classe-2nde.md"))
  }

  @Test func rendersTheExampleClassAsTheGoldenFileInEnglish() throws {
    let text = MarkdownReport().render(try ReportFixtures.exampleDocument(language: .en))
    try Golden.expect(text, equals: .expected("report-classe-2nde-en.md"))
  }

  @Test func rendersTheAnonymisedExampleClassAsTheGoldenFile() throws {
    let pseudonymizer = Pseudonymizer(key: ReportFixtures.goldenKey)
    let text = MarkdownReport().render(try ReportFixtures.exampleDocument(pseudonymizer: pseudonymizer))
    try Golden.expect(text, equals: .expected("report-classe-2nde-anonymized.md"))
  }
}
