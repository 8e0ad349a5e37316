import Foundation
import PixReadyTestSupport
import Testing

@testable import PixReadyCLI

/// The README's command summary and exit codes are the ones generated from the command specs and
/// ``ExitCode``.
struct ReadmeCommandTableTests {
  /// One test for both tables: when updating, the README is rewritten once at a time.
  @Test func readmeListsEveryCommandAndEveryExitCodeFromTheSpecsAndExitCode() throws {
    try expectReadme(
      between: CommandTable.startMarker, and: CommandTable.endMarker, holds: CommandTable.markdown())
    try expectReadme(
      between: ExitCodeTable.startMarker, and: ExitCodeTable.endMarker, holds: ExitCodeTable.markdown())
  }

  @Test func theExitCodeTableSaysWhatCodeOneMeansForEachCommandThatReturnsIt() {
    let table = ExitCodeTable.markdown()
    for command in [Subcommand.check, .lint, .diff] {
      #expect(table.contains("| 1 (`\(command.spec.name)`) | \(ExitCode.findings.meaning(.fr, for: command))"))
    }
    #expect(!table.contains("(`ask`)"), "ask never returns 1, and the general line of 3 already names ask")
  }

  private func expectReadme(between startMarker: String, and endMarker: String, holds table: String) throws {
    let readme = GoldenFile.packageFile("README.md")
    let text = String(decoding: try Data(contentsOf: readme.url), as: UTF8.self)
    let start = try #require(text.range(of: startMarker + "\n"), "README.md: no start marker")
    let end = try #require(
      text.range(of: endMarker, range: start.upperBound..<text.endIndex), "README.md: no end marker")
    let current = text[..<start.upperBound] + "\n" + table + "\n" + text[end.lowerBound...]
    try Golden.expect(String(current), equals: readme)
  }

  @Test func theTableHasOneRowPerCommandInTheOrderOfTheHelp() {
    let rows = CommandTable.markdown().split(separator: "\n").dropFirst(2)
    #expect(rows.count == Subcommand.allCases.count)
    let ask = AskCommand.spec.summary
    #expect(rows.first == "| `pixready ask` | \(ask.text(in: .fr)) | \(ask.text(in: .en)) |")
  }
}
