import Foundation
import PixReadyTestSupport
import Testing

/// `pixready.1`: generated from the command specs, committed, and readable by `man`.
struct ManPageTests {
  private static let committed = CLIRunner.packageRoot.appendingPathComponent(
    "Sources/PixReadyCLI/Documentation/pixready.1")

  @Test func committedManPageIsUpToDate() throws {
    let result = try CLIRunner.run(["manpage"])
    #expect(result.status == 0)
    // Stale: `PIXREADY_UPDATE_GOLDEN=1 swift test --filter ManPageTests`, or
    // `swift run pixready manpage > Sources/PixReadyCLI/Documentation/pixready.1`.
    try Golden.expect(result.printedStdout, equals: .packageFile("Sources/PixReadyCLI/Documentation/pixready.1"))
  }

  @Test func manPageDescribesEveryCommandAndItsOptions() throws {
    let page = try CLIRunner.run(["manpage"]).stdout
    for command in ["ask", "template", "check", "lint", "graph", "table", "diff", "completions", "manpage"] {
      #expect(page.contains(".SS \"pixready \(command) [options]"))
    }
    #expect(page.contains(".TP\n\\fB\\-\\-format\\fR \\fIcsv|json|jsonl|md|html\\fR\n"))
    #expect(page.contains(".SH CODES DE SORTIE\n.TP\n.B 0\n"))
  }

  @Test func englishManPageOnRequest() throws {
    let page = try CLIRunner.run(["manpage", "--lang", "en"]).stdout
    #expect(page.contains(".SH \"EXIT STATUS\"") || page.contains(".SH EXIT STATUS\n"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/man")))
  func manRendersIt() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/man")
    process.arguments = ["-l", Self.committed.path]
    process.environment = ["MANWIDTH": "80", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let problems = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(problems == "")
    #expect(text.contains("pixready - préparer les comptes Pix des élèves avant la certification"))
  }
}
