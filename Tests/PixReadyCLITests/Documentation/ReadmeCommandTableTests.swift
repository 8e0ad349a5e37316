import Foundation
import PixReadyTestSupport
import Testing

@testable import PixReadyCLI

/// The README's command summary is the one generated from the command specs.
struct ReadmeCommandTableTests {
  @Test func readmeListsEveryCommandWithItsSummaryFromTheSpecs() throws {
    let readme = GoldenFile.packageFile("README.md")
    let text = String(decoding: try Data(contentsOf: readme.url), as: UTF8.self)
    let start = try #require(text.range(of: CommandTable.startMarker + "\n"), "README.md: no start marker")
    let end = try #require(
      text.range(of: CommandTable.endMarker, range: start.upperBound..<text.endIndex), "README.md: no end marker")
    let current = text[..<start.upperBound] + "\n" + CommandTable.markdown() + "\n" + text[end.lowerBound...]
    try Golden.expect(String(current), equals: readme)
  }

  @Test func theTableHasOneRowPerCommandInTheOrderOfTheHelp() {
    let rows = CommandTable.markdown().split(separator: "\n").dropFirst(2)
    #expect(rows.count == Subcommand.allCases.count)
    let ask = AskCommand.spec.summary
    #expect(rows.first == "| `pixready ask` | \(ask.text(in: .fr)) | \(ask.text(in: .en)) |")
  }
}
