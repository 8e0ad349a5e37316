import Foundation
import Testing

/// Issue 19, point 6: every French output a person reads has its non-breaking spaces — before « : »
/// (U+00A0) and before « ; ? ! » and inside guillemets (U+202F) — and no ordinary space is left there.
struct FrenchTypographyCLITests {
  /// The places where an ordinary space is left before a high punctuation mark or inside guillemets,
  /// in the text people read (an HTML report's stylesheet is code, not text).
  private func faults(_ text: String) -> [String] {
    var text = text
    while let start = text.range(of: "<style"),
      let end = text.range(of: "</style>", range: start.upperBound..<text.endIndex)
    {
      text.removeSubrange(start.lowerBound..<end.upperBound)
    }
    let scalars = Array(text.unicodeScalars)
    var found: [String] = []
    for index in scalars.indices where scalars[index] == " " {
      let before = index > 0 ? scalars[index - 1] : nil
      let after = index + 1 < scalars.count ? scalars[index + 1] : nil
      let visibleBefore = before.map { $0 != " " && $0 != "\n" } ?? false
      let highMark = after.map { [":", ";", "?", "!", "»"].contains($0) } ?? false
      if (visibleBefore && highMark) || (before == "«" && after.map { $0 != " " } ?? false) {
        let start = max(0, index - 20)
        let end = min(scalars.count, index + 20)
        found.append(String(String.UnicodeScalarView(scalars[start..<end])))
      }
    }
    return found
  }

  @Test(
    "French reports and messages carry non-breaking spaces and no ordinary space before « : ; ? ! »",
    arguments: [
      ["check", "Examples/classe-2nde.csv", "--format", "md"],
      ["check", "Examples/classe-2nde.csv", "--format", "html"],
      ["check", "Examples/classe-2nde.csv", "--format", "csv"],
      ["lint", "Trees/certification-readiness.json"],
      ["table"],
      ["--help"],
      ["check", "--help"],
    ])
  func typesetsEveryFrenchOutput(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    let printed = result.printedStdout + result.printedStderr
    #expect(faults(printed).isEmpty, "\(faults(printed).prefix(5))")
    #expect(printed.contains("\u{00A0}:"))
  }

  @Test func theHTMLReportHasANarrowNoBreakSpaceBeforeAQuestionMark() throws {
    let html = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "html"]).printedStdout
    #expect(html.contains("\u{202F}?"))
    #expect(html.contains("«\u{202F}"))
    #expect(!html.contains(" ?<") && !html.contains(" ? "))
  }

  @Test func theConversationOfAskIsTypesetAndTheSavedSessionToo() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-typo-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("session.md")
    let result = try CLIRunner.run(
      ["ask", "--save", file.path], stdin: "oui\noui\nLéa\naucune\nENT\no\nCertifiable\nnon\n")
    #expect(result.status == 0)
    let printed = result.printedStdout + result.printedStderr
    #expect(faults(printed).isEmpty, "\(faults(printed).prefix(5))")
    #expect(printed.contains("Pix Orga\u{202F}?"))
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(faults(saved).isEmpty, "\(faults(saved).prefix(5))")
  }

  @Test func englishKeepsItsOwnSpacing() throws {
    let result = try CLIRunner.run(["--lang", "en", "check", "Examples/classe-2nde.csv", "--format", "md"])
    #expect(!result.printedStderr.contains("\u{00A0}:"))
    #expect(result.printedStderr.contains("30 rows read: "))
  }
}
