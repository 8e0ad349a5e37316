import Foundation
import Testing

struct CheckSiecleTests {
  private let roster = CLIRunner.fixture("check/roster-vs-siecle.csv")
  private let export = CLIRunner.packageRoot.appendingPathComponent(
    "Tests/PixReadyIOTests/Fixtures/siecle/ElevesSansAdresses.zip"
  ).path

  @Test func reportsRosterDifferencesAsWarningsAfterEveryRow() throws {
    let result = try CLIRunner.run(["check", roster, "--siecle", export, "--format", "jsonl"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 8 + 5, "one line per roster row, then one per warning")
    let warnings = try lines.suffix(5).map { line in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return try #require(object["warning"] as? [String: Any])
    }
    // The export's own warnings first (Pix Orga drops these students silently), then the roster's.
    #expect(
      warnings.map { $0["code"] as? String } == [
        "missing-ine", "missing-division", "name-differs", "unknown-to-siecle", "missing-from-roster",
      ])
    #expect(warnings.map { $0["row"] as? Int } == [nil, nil, 2, 8, nil])
    // The roster is the teacher's file: a SIECLE student missing from it says nothing of question 1,
    // answered « oui » in every row, and adds no school action.
    #expect(result.stderr.contains("Contrôle SIECLE : 1 élève de SIECLE absent de votre fichier (ajoutez-le), "))
    #expect(!result.stderr.contains("Question 1"))
    #expect(!result.stderr.contains("Actions pour l'établissement"))
    #expect(result.stderr.contains("ligne 3 : même INE mais prénom différent, « Chloé ABADIE »"))
    #expect(
      result.stderr.contains(
        "  - SIECLE : Hugo BERNARD n'a pas d'INE dans SIECLE : cet élève reste dans le fichier (colonne ine vide), "
          + "mais Pix Orga ne l'importera pas, sans message d'erreur. Complétez l'INE dans SIECLE.\n"))
  }

  /// Issue 15, point 12: a tree whose `siecleImported` is a choice without `no` crashed `check --siecle`
  /// when SIECLE students were missing from the roster.
  @Test func aTreeWithoutTheUsualSiecleFactIsCrossCheckedWithoutCrashing() throws {
    let tree = CLIRunner.fixture("trees/siecle-imported-choice.json")
    let result = try CLIRunner.run(
      ["check", "-", "--tree", tree, "--siecle", export, "--format", "jsonl"],
      stdin: "ine;nom;prenom;classe;siecle_a_jour;connait\n123456789AB;MARTIN;Léa;2NDE3;fait;oui\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(#"{"row":1,"line":2,"#))
    #expect(result.stdout.contains(#""verdict":"ready""#))
    #expect(result.stderr.contains("Contrôle SIECLE : 2 élèves de SIECLE absents de votre fichier (ajoutez-les)"))
    #expect(!result.stderr.contains("Importer"))
  }

  /// Under half the roster in the export: said once, with the export's UAI and year, no line per student.
  @Test func saysOnceThatTheExportIsProbablyAnotherSchools() throws {
    var input = "ine;nom;prenom;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
    for number in 1...3 { input += "99999999\(number)ZZ;NOM;Prénom\(number);2NDE1;oui;oui;ENT;ENT;oui\n" }
    input += "123456789AB;MARTIN;Léa;2NDE3;oui;oui;ENT;ENT;oui\n"
    let result = try CLIRunner.run(["check", "-", "--siecle", export, "--format", "jsonl"], stdin: input)
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "Contrôle SIECLE : un seul des 4 élèves de votre fichier est dans l'export SIECLE (UAI 0350099X, année "
          + "2024-2025), qui vient sans doute d'un autre établissement ou d'une autre année"))
    #expect(!result.stderr.contains("SIECLE ne connaît pas"))
    #expect(!result.stderr.contains("mais pas dans votre fichier"))
  }

  @Test func putsTheWarningsInTheJSONDocumentAndTheCSVReport() throws {
    let json = try CLIRunner.run(["check", roster, "--siecle", export, "--format", "json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let summary = try #require(document["summary"] as? [String: Any])
    #expect((summary["warnings"] as? [Any])?.count == 5)
    #expect((summary["schoolSteps"] as? [String]) == [])
    let csv = try CLIRunner.run(["check", roster, "--siecle", export, "--lang", "en"])
    let last = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.last ?? ""
    #expect(
      last.hasPrefix(
        "123456795AH;FAURE;Maël;17/09/2009;2NDE3;Warning;;;\"'Maël FAURE' (INE 123456795AH, 2NDE3, born 17/09/2009) is in SIECLE but not in your file"
      ))
    #expect(last.hasSuffix(";warning;missing-from-roster"))
  }

  @Test func anonymisedWarningsAndRejectedValuesNameNobody() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-anon-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("classe.csv")
    var text = try String(contentsOfFile: roster, encoding: .utf8)
    text += "123456794AG;LEROY;Anaïs;30/06/2007;1G2;oui;oui;lea.leroy@example.fr;ENT;oui\n"
    try text.write(to: input, atomically: true, encoding: .utf8)
    for format in ["jsonl", "md", "html", "csv"] {
      let result = try CLIRunner.run(["check", input.path, "--siecle", export, "--format", format, "--anonymize"])
      for personal in ["lea.leroy", "LEROY", "Anaïs", "BERNARD", "Hugo", "DUBOIS", "FAURE", "Maël", "123456795AH"] {
        #expect(!result.stdout.contains(personal), "« \(personal) » in the \(format) report")
      }
    }
  }

  @Test func refusesAnExportThatIsNotSIECLEBeforeWritingAnything() throws {
    let notSiecle = CLIRunner.packageRoot.appendingPathComponent(
      "Tests/PixReadyIOTests/Fixtures/siecle/not-siecle.xml"
    ).path
    let result = try CLIRunner.run(["check", roster, "--siecle", notSiecle])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("n'est pas utilisable"))
  }
}

/// Exports that crashed the process inside Foundation's XMLParser (issue 15, point 2): exit 2 and a
/// located malformed-XML message, from both commands that read SIECLE.
struct SiecleCrashCLITests {
  private static func fixture(_ name: String) -> String {
    CLIRunner.packageRoot.appendingPathComponent("Tests/PixReadyIOTests/Fixtures/xml-crashes/\(name)").path
  }

  @Test(arguments: [
    "invalid-byte-in-attribute-name.xml", "invalid-byte-in-element-name.xml", "invalid-byte-in-entity-name.xml",
    "processing-instruction-without-data.xml",
  ])
  func refusesTheExportWithTheLine(file: String) throws {
    let path = Self.fixture(file)
    let template = try CLIRunner.run(["template", "--siecle", path])
    #expect(template.status == 2)
    #expect(template.stderr.contains("\(path):1:"))
    #expect(template.stderr.contains("XML mal formé ("))
    #expect(template.stderr.contains("[malformed-xml]"))
    let check = try CLIRunner.run(["check", CLIRunner.fixture("check/roster-vs-siecle.csv"), "--siecle", path])
    #expect(check.status == 2)
    #expect(check.stdout.isEmpty)
    #expect(check.stderr.contains("\(path):1:"))
  }
}
