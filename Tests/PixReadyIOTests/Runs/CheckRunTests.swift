import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// `CheckRun` driven as `pixready check` drives it, without the command line: a plan, a console
/// that records, and the class file opened from memory.
struct CheckRunTests {
  static let example = "Examples/classe-2nde.csv"

  /// A plan over a class file, on the golden reports' date.
  static func plan(
    _ input: String = example, format: ReportFormat = .csv, output: String? = nil, failOn: Verdict? = nil,
    language: Language = .fr, answers: Answers = [:]
  ) throws -> CheckPlan {
    CheckPlan(
      input: input, output: output, format: format, failOn: failOn, tree: try IOTestSupport.shippedTree(),
      commonAnswers: answers, language: language, generatedAt: "2026-11-24T10:00:00Z", currentYear: 2026)
  }

  /// Opens `Examples/…` from the package, and any other name from `files`.
  static func opener(_ files: [String: String] = [:]) -> (String) throws(CSVInputError) -> ByteInput {
    { path throws(CSVInputError) in
      if let text = files[path] { return .memory(Array(text.utf8)) }
      return try ByteInput.open(path: IOTestSupport.packageRoot.appendingPathComponent(path).path)
    }
  }

  @Test func writesTheExampleClassAsTheExampleReport() throws {
    let output = RecordedOutput()
    var sink = output
    let said = RecordingConsole()
    let outcome = try CheckRun(plan: try Self.plan()).run(
      standardOutput: &sink, console: said.console, openInput: Self.opener())
    guard case .finished(let summary, let findings) = outcome else {
      Issue.record("expected a finished run, got \(outcome)")
      return
    }
    #expect(summary.rows == 30)
    #expect(findings, "the example class has two rows to correct")
    #expect(said.failures.isEmpty)
    #expect(said.text.contains("30 lignes lues"))
    try Golden.expect(output.text, equals: .packageFile("Examples/classe-2nde.rapport.csv"))
  }

  @Test(arguments: [(ReportFormat.md, "report-classe-2nde.md"), (.html, "report-classe-2nde.html")])
  func writesTheDocumentForPeopleAsTheGoldenReport(format: ReportFormat, golden: String) throws {
    let output = RecordedOutput()
    var sink = output
    let said = RecordingConsole()
    _ = try CheckRun(plan: try Self.plan(format: format)).run(
      standardOutput: &sink, console: said.console, openInput: Self.opener())
    try Golden.expect(output.text, equals: .expected(golden))
  }

  @Test func refusesAFileWithoutAQuestionColumnAndWritesNothing() throws {
    let output = RecordedOutput()
    var sink = output
    let said = RecordingConsole()
    let files = ["classe.csv": "nom;prenom;siecle_a_jour\nDurand;Léa;oui\n"]
    let outcome = try CheckRun(plan: try Self.plan("classe.csv")).run(
      standardOutput: &sink, console: said.console, openInput: Self.opener(files))
    guard case .refused = outcome else {
      Issue.record("expected a refusal, got \(outcome)")
      return
    }
    #expect(output.bytes.isEmpty)
    let failure = try #require(said.failures.first).plain
    #expect(failure.contains("classe.csv"))
    #expect(failure.contains("methode_orga"))
    // The refusal is a value: the same problem is said in English when printed in English.
    let problem = try #require(said.problems.first as? CheckProblem)
    #expect(problem.code == "missing-columns")
    #expect(problem.message(in: .en).contains("methode_orga") && !problem.message(in: .en).contains("colonne"))
  }

  @Test func endsWithFindingsWhenFailOnIsReachedAndSaysIt() throws {
    let output = RecordedOutput()
    var sink = output
    let said = RecordingConsole()
    let files = [
      "classe.csv": "nom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
        + "Durand;oui;non;Mediacentre;ENT;oui\n"
    ]
    let outcome = try CheckRun(plan: try Self.plan("classe.csv", failOn: .action)).run(
      standardOutput: &sink, console: said.console, openInput: Self.opener(files))
    guard case .finished(let summary, let findings) = outcome else {
      Issue.record("expected a finished run, got \(outcome)")
      return
    }
    #expect(summary.errors == 0)
    #expect(findings)
    #expect(said.text.contains("--fail-on action"))
  }

  @Test func writesTheReportFileForItsOwnerOnly() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkrun-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("rapport.jsonl").path
    let output = RecordedOutput()
    var sink = output
    let said = RecordingConsole()
    let outcome = try CheckRun(plan: try Self.plan(format: .jsonl, output: path, language: .en)).run(
      standardOutput: &sink, console: said.console, openInput: Self.opener())
    guard case .finished = outcome else {
      Issue.record("expected a finished run, got \(outcome)")
      return
    }
    #expect(output.bytes.isEmpty, "the report goes to the file, not to standard output")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 30)
    #expect(said.text.contains("Report written: \(path) (30 rows, owner-only)."))
  }
}

/// With a document and `--siecle`, both observers read the same rows, compact ones among them (the
/// students SIECLE surely does not know): three workers write the report and summary of one worker
/// that decodes every row.
struct CheckRunObserversTests {
  /// A roster of `rows` students after the SIECLE fixture's own: some known to the export, namesakes,
  /// INEs met twice, and many students the export does not know (which come compact).
  static func roster(rows: Int) throws -> String {
    let fixture = "Tests/PixReadyCLITests/Fixtures/check/roster-vs-siecle.csv"
    var text = try String(contentsOf: IOTestSupport.packageRoot.appendingPathComponent(fixture), encoding: .utf8)
    let names = [("MARTIN", "Léa"), ("DURAND", "Paul"), ("LEROY", "Anaïs"), ("ROUX", "Zoé"), ("FAURE", "Maël")]
    let answers = ["Oui;Oui;Mediacentre;ENT;oui", "non;oui;Aucune;aucun;", "oui;non;ENT;ENT;non", "oui;oui;;;"]
    for row in 0..<rows {
      let (nom, prenom) = names[row % names.count]
      let ine = row % 97 == 5 ? "\(100_000_000 + row - 5)AB" : "\(100_000_000 + row)AB"
      text += "\(ine);\(nom);\(prenom);0\(1 + row % 9)/02/2009;2NDE\(row % 4);\(answers[row % answers.count])\n"
    }
    return text
  }

  @Test(arguments: [ReportFormat.md, .html], [false, true])
  func writesTheReportOfOneWorker(format: ReportFormat, anonymised: Bool) throws {
    let files = ["roster.csv": try Self.roster(rows: 5_000)]
    let export = IOTestSupport.packageRoot.appendingPathComponent(
      "Tests/PixReadyIOTests/Fixtures/siecle/ElevesSansAdresses.zip"
    ).path
    func report(workers: Int, decodesEveryRow: Bool) throws -> (text: String, summary: BatchSummary) {
      var plan = try CheckRunTests.plan("roster.csv", format: format)
      plan.siecle = CheckPlan.Siecle(path: export, scope: .school)
      plan.workers = workers
      plan.decodesEveryRow = decodesEveryRow
      if anonymised { plan.pseudonymKey = Array("clé".utf8) }
      let output = RecordedOutput()
      var sink = output
      let outcome = try CheckRun(plan: plan).run(
        standardOutput: &sink, console: RecordingConsole().console, openInput: CheckRunTests.opener(files))
      guard case .finished(let summary, _) = outcome else {
        Issue.record("expected a finished run, got \(outcome)")
        throw CancellationError()
      }
      return (output.text, summary)
    }
    let alone = try report(workers: 1, decodesEveryRow: true)
    let three = try report(workers: 3, decodesEveryRow: false)
    #expect(alone.summary.rows == 5_008)
    #expect(alone.summary.warnings.contains { $0.code == "duplicate-ine-in-roster" }, "INEs met twice are found")
    #expect(alone.summary.warningSummary != nil)
    #expect(three.summary == alone.summary)
    #expect(three.text == alone.text)
  }
}
