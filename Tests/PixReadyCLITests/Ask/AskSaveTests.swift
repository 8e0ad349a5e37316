import Foundation
import Testing

/// `pixready ask --save`: the same escaping and the same date as `check` reports, and a session
/// that did not end marked as interrupted (issue 17, point 13).
struct AskSaveTests {
  private static let epoch = "1795514400"  // 2026-11-24T10:00:00Z

  private static func temporary(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID())-\(name)")
  }

  @Test func escapesNamesExactlyAsTheCheckMarkdownReportDoes() throws {
    let name = "*Zoé*_x | <b>"
    let escaped = "\\*Zoé\\*\\_x \\| \\<b>"
    let csv = Self.temporary("classe.csv")
    try
      "ine;nom;prenom;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n070123400AB;Durand;\(name);2NDE1;oui;oui;Mediacentre;ENT;oui\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: csv) }
    let report = try CLIRunner.run(["check", csv.path, "--format", "md"])
    #expect(report.stdout.contains(escaped), "\(report.stdout)")

    let file = Self.temporary("session.md")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try CLIRunner.run(["ask", "--save", file.path], stdin: "1\n1\n\(name)\n1\n1\n1\n1\nnon\n")
    #expect(result.status == 0, "\(result.stderr)")
    let saved = try String(contentsOf: file, encoding: .utf8).plain
    #expect(saved.contains("## Élève 1 : \(escaped)\n"), "\(saved)")
    #expect(!saved.contains(name))
  }

  @Test func ctrlCLeavesTheFileMarkedInterrupted() throws {
    let file = Self.temporary("session.md")
    defer { try? FileManager.default.removeItem(at: file) }
    let terminal = try TerminalRunner(["ask", "--save", file.path], environment: ["NO_COLOR": "1"])
    for line in ["1", "1", "Léa", "1", "1", "1", "1"] {
      try terminal.expect("> ")
      try terminal.type(line + "\r")
    }
    try terminal.expect("Élève suivant ?")
    try terminal.expect("> ")
    try terminal.type("oui\r")
    try terminal.expect("> ")
    try terminal.type("\u{3}")
    try terminal.expect("Interrompu (Ctrl-C). Les diagnostics déjà terminés sont enregistrés dans")
    #expect(try terminal.wait() == .exited(130))
    let saved = try String(contentsOf: file, encoding: .utf8).plain
    #expect(
      saved.contains("- Session : interrompue avant la fin (Ctrl-C) ; seuls les élèves terminés sont enregistrés\n"))
    #expect(!saved.contains("en cours"))
    #expect(saved.contains("## Élève 1 : Léa\n"))
  }

  @Test func theEndOfInputInAQuestionMarksTheFileInterrupted() throws {
    let file = Self.temporary("session.md")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try CLIRunner.run(["ask", "--save", file.path], stdin: "1\n1\nLéa\n1\n")
    #expect(result.status == 3)
    let saved = try String(contentsOf: file, encoding: .utf8).plain
    #expect(saved.contains("- Session : interrompue (fin de l'entrée)\n"))
  }

  struct Zone: Sendable, CustomTestStringConvertible {
    var tz: String
    var words: String
    var iso: String
    var testDescription: String { tz }
  }

  @Test(arguments: [
    Zone(tz: "Europe/Paris", words: "24 novembre 2026 à 11 h 00 (UTC+1)", iso: "2026-11-24T11:00:00+01:00"),
    Zone(tz: ":America/Cayenne", words: "24 novembre 2026 à 7 h 00 (UTC-3)", iso: "2026-11-24T07:00:00-03:00"),
    Zone(tz: "UTC", words: "24 novembre 2026 à 10 h 00 (UTC)", iso: "2026-11-24T10:00:00Z"),
  ])
  func askAndCheckWriteTheSameLocalDateInWords(_ zone: Zone) throws {
    let environment = ["SOURCE_DATE_EPOCH": Self.epoch, "TZ": zone.tz]
    let file = Self.temporary("session.md")
    defer { try? FileManager.default.removeItem(at: file) }
    _ = try CLIRunner.run(["ask", "--save", file.path], stdin: "q\n", environment: environment)
    let saved = try String(contentsOf: file, encoding: .utf8).plain
    #expect(saved.contains("- Date : \(zone.words)\n"), "\(saved)")

    let markdown = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "md"], environment: environment)
    #expect(markdown.stdout.contains("- **Date** : \(zone.words)\n"))
    let html = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "html"], environment: environment)
    #expect(html.stdout.contains(zone.words))
    let json = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "json"], environment: environment)
    #expect(json.stdout.contains("\"generatedAt\":\"\(zone.iso)\""))
  }
}
