import Foundation
import Testing

/// « Je ne sais pas » through the real binary: empty cells and left-out columns in `check`, `nsp` in `ask`.
struct UnknownAnswerCLITests {
  private let tree = CLIRunner.fixture("trees/valid-unknown.json")

  private func records(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  private func write(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("unknown-\(UUID().uuidString).csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func anEmptySchoolCellTakesThePlannedBranchAndTheSchoolActionOnce() throws {
    let file = try write("nom;liste_a_jour;methodes;connait;niveau\nA;;Aucune;;Bon\nB;;GAR;non;\nC;oui;GAR;;Bon\n")
    let result = try CLIRunner.run(["check", file, "--tree", tree, "--format", "jsonl"])
    #expect(result.status == 0)
    let rows = try records(result.stdout)
    #expect(rows.map { $0["verdict"] as? String } == ["action", "action", "pending"])
    #expect(rows[0]["steps"] as? [String] == ["check-list"])
    #expect(rows[1]["steps"] as? [String] == ["check-list", "reset"])
    #expect(rows[2]["pending"] as? String == "knows", "an unplanned « je ne sais pas » still waits for the question")
    let trace = try #require(rows[0]["trace"] as? [[String: Any]])
    #expect(trace.first?["fact"] as? String == "listUpdated")
    #expect(trace.first?["answer"] is NSNull, "the trace says the answer was « je ne sais pas »")
    let markdown = try CLIRunner.run(["check", file, "--tree", tree, "--format", "md"])
    #expect(markdown.stdout.components(separatedBy: "Vérifier la liste").count >= 2)
  }

  @Test func aColumnEveryQuestionPlansUnknownForMayBeLeftOut() throws {
    let file = try write("nom;liste_a_jour;methodes;connait\nA;oui;Aucune;\n")
    let result = try CLIRunner.run(["check", file, "--tree", tree, "--format", "jsonl"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try records(result.stdout).map { $0["verdict"] as? String } == ["ready"])
    #expect(result.stderr.contains("pas de colonne « niveau » ; chaque élève y est compté comme « je ne sais pas »"))
  }

  @Test func aColumnSomeQuestionNeedsIsStillRequired() throws {
    let file = try write("nom;liste_a_jour;methodes;niveau\nA;oui;Aucune;Bon\n")
    let result = try CLIRunner.run(["check", file, "--tree", tree, "--format", "jsonl"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("connait"))
  }

  @Test func nspAtAPlannedSchoolQuestionGoesOnToTheNextQuestion() throws {
    let result = try CLIRunner.run(["ask", "--tree", tree], stdin: "nsp\n\n3\n1\n2\n")
    #expect(result.stdout.contains("Vérifier la liste"), "\(result.stdout)\n\(result.stderr)")
    #expect(result.stderr.contains("À vérifier."))
    #expect(result.stderr.contains("Méthodes ?"))
    #expect(!result.stderr.contains("en attente"))
  }

  @Test func nspWhereNothingIsPlannedLeavesTheStudentPending() throws {
    let result = try CLIRunner.run(["ask", "--tree", tree, "--format", "json"], stdin: "oui\n\n1\nnsp\n2\n")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let students = try #require(json["students"] as? [[String: Any]])
    #expect(students.first?["verdict"] as? String == "pending")
    #expect(students.first?["pending"] as? String == "knows")
  }
}
