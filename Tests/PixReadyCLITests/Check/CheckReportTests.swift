import Foundation
import PixReadyTestSupport
import Testing

struct CheckReportTests {
  /// 2026-11-24T10:00:00Z, the date of the golden reports.
  private let goldenDate = ["SOURCE_DATE_EPOCH": "1795514400"]

  @Test(arguments: [
    (["--format", "html"], "report-classe-2nde.html"), (["--format", "md"], "report-classe-2nde.md"),
    (["--format", "html", "--lang", "en"], "report-classe-2nde-en.html"),
    (["--format", "md", "--lang", "en"], "report-classe-2nde-en.md"),
    (["--format", "html", "--anonymize-key", "pixready-golden-key"], "report-classe-2nde-anonymized.html"),
    (["--format", "md", "--anonymize-key", "pixready-golden-key"], "report-classe-2nde-anonymized.md"),
  ])
  func writesTheExpectedReportOfTheExampleClass(options: [String], expected: String) throws {
    let result = try CLIRunner.run(["check", "Examples/classe-2nde.csv"] + options, environment: goldenDate)
    try Golden.expect(result.printedStdout, equals: .expected(expected, of: "PixReadyIOTests"))
    #expect(result.status == 1, "the example has rejected rows")
  }

  @Test func picksHTMLFromTheOutputExtensionAndWritesItForItsOwnerOnly() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-\(UUID()).html").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let result = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "-o", output], environment: goldenDate)
    #expect(result.stdout.isEmpty)
    try Golden.expect(
      Data(contentsOf: URL(fileURLWithPath: output)),
      equals: .expected("report-classe-2nde.html", of: "PixReadyIOTests"))
    let attributes = try FileManager.default.attributesOfItem(atPath: output)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test(arguments: ["csv", "json", "jsonl", "md", "html"])
  func anonymisedOutputNamesNobodyInAnyFormat(format: String) throws {
    let input = try String(
      contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/classe-2nde.csv"), encoding: .utf8)
    let rows = input.split(whereSeparator: \.isNewline).dropFirst().map {
      $0.split(separator: ";", omittingEmptySubsequences: false)
    }
    // Student rows start with an INE (lines inside quoted cells do not).
    let students = rows.filter { $0.count > 4 && $0[0].count == 11 && $0[0].prefix(9).allSatisfy(\.isNumber) }
    let personal = Set(students.flatMap { $0.prefix(4).map(String.init) }.filter { $0.count > 2 })
    #expect(personal.count > 60)
    let result = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", format, "--anonymize"])
    #expect(!result.stdout.isEmpty)
    for value in personal {
      #expect(!result.stdout.contains(value), "« \(value) » leaks into the \(format) report")
    }
  }

  @Test func keepsPseudonymsAcrossRunsOnlyWithAKey() throws {
    let run = { (options: [String]) in
      try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "jsonl"] + options).stdout
    }
    #expect(try run(["--anonymize-key", "clé"]) == (try run(["--anonymize-key", "clé"])))
    #expect(try run(["--anonymize-key", "clé"]) != (try run(["--anonymize-key", "autre"])))
    #expect(try run(["--anonymize"]) != (try run(["--anonymize"])))
  }
}
