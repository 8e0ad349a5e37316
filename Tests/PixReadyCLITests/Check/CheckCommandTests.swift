import Foundation
import PixReadyTestSupport
import Testing

struct CheckCommandTests {
  /// The same six students, saved the ways spreadsheets save them.
  static let dialects = [
    "class-utf8-bom-semicolon-crlf.csv", "class-windows1252-semicolon.csv", "class-iso885915-tab.csv",
    "class-utf8-comma-lf.csv", "class-blank-lines-trailing-columns.csv",
  ]

  /// Every record of a JSON Lines output.
  private func records(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test(arguments: dialects)
  func readsEveryDialectToTheSameVerdicts(file: String) throws {
    let result = try CLIRunner.run(["check", CLIRunner.fixture("check/\(file)"), "--format", "jsonl"])
    #expect(result.status == 1, "one row is rejected")
    let rows = try records(result.stdout)
    #expect(rows.map { $0["verdict"] as? String } == ["ready", "action", "action", "support", "pending", "error"])
    #expect(rows.map { $0["row"] as? Int } == [1, 2, 3, 4, 5, 6])
    let names = rows.map { ($0["student"] as? [String: String])?["nom"] }
    #expect(names == ["Lefèvre", "Cœurdevey", "Dupré", "N'Diaye", "Müller", "Roux"])
    #expect(rows[1]["steps"] as? [String] == ["contact-ent-admin", "join-campaign-via-mediacentre"])
    #expect(rows[2]["steps"] as? [String] == ["reset-password-in-orga"])
    #expect(rows[4]["pending"] as? String == "usualMethod")
    let error = try #require(rows[5]["error"] as? [String: Any])
    #expect(error["code"] as? String == "unknown-value")
    #expect(error["column"] as? String == "methode_orga")
    #expect(error["value"] as? String == "télécopie")
    #expect(!result.stdout.contains("0601020304"), "unknown columns are never copied")
    #expect(
      result.stderr.contains(
        "6 lignes lues : 1 élève prêt, 2 avec des actions à mener, 1 à signaler au support Pix, 1 en attente d'une réponse, 1 ligne à corriger."
      ))
  }

  @Test func givesThePhysicalLineOfEachRow() throws {
    let result = try CLIRunner.run(
      ["check", CLIRunner.fixture("check/class-blank-lines-trailing-columns.csv"), "--format", "jsonl"])
    // A blank line before the header and one before Dupré; Dupré's methods span two lines.
    #expect(try records(result.stdout).map { $0["line"] as? Int } == [3, 4, 6, 8, 9, 10])
  }

  @Test func readsStandardInput() throws {
    let text = try String(contentsOfFile: CLIRunner.fixture("check/class-utf8-comma-lf.csv"), encoding: .utf8)
    let result = try CLIRunner.run(["check", "-", "--format", "jsonl"], stdin: text)
    #expect(try records(result.stdout).count == 6)
    #expect(result.stderr.contains("Lu : entrée standard (utf-8, séparateur « , »)"))
  }

  @Test func writesCSVForExcelWithTitlesInTheChosenLanguage() throws {
    let french = try CLIRunner.run(["check", CLIRunner.fixture("check/class-utf8-comma-lf.csv")])
    let lines = french.stdout.components(separatedBy: "\r\n")
    #expect(
      lines[0]
        == "\u{FEFF}ine;nom;prenom;date_naissance;classe;resultat;titres_etapes;question_en_attente;erreur;verdict;etapes"
    )
    #expect(lines[1] == "111111111AA;Lefèvre;Chloé;03/04/2009;1G1;Prêt;;;;ready;")
    #expect(
      lines[3]
        == "111111113AA;Dupré;Anaïs;30/06/2009;1G2;Action à mener;Réinitialiser le mot de passe dans Pix Orga;;;action;"
        + "reset-password-in-orga")
    let english = try CLIRunner.run([
      "check", CLIRunner.fixture("check/class-utf8-comma-lf.csv"), "--lang", "en", "--delimiter", ",",
    ])
    let englishLines = english.stdout.components(separatedBy: "\r\n")
    #expect(
      englishLines[0]
        == "\u{FEFF}ine,nom,prenom,date_naissance,classe,result,step_titles,pending_question,error,verdict,steps")
    #expect(englishLines[1] == "111111111AA,Lefèvre,Chloé,03/04/2009,1G1,Ready,,,,ready,")
    #expect(englishLines[3].hasPrefix("111111113AA,Dupré,Anaïs,30/06/2009,1G2,Action needed,"))
    #expect(english.stderr.contains("6 rows read: 1 student ready, 2 with actions needed"))
  }

  @Test func writesOneJSONDocumentWhoseCountsAddUp() throws {
    let result = try CLIRunner.run([
      "check", CLIRunner.fixture("check/class-windows1252-semicolon.csv"), "--format", "json",
    ])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let rows = try #require(document["records"] as? [[String: Any]])
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(rows.count == 6)
    #expect(summary["rows"] as? Int == 6)
    let verdicts = try #require(summary["verdicts"] as? [String: Int])
    let total = verdicts.values.reduce(0, +) + (summary["pending"] as? Int ?? -1) + (summary["errors"] as? Int ?? -1)
    #expect(total == 6)
  }

  @Test func writesTheReportFileAtomicallyForItsOwnerOnly() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-check-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("rapport.jsonl").path
    let result = try CLIRunner.run(["check", CLIRunner.fixture("check/class-utf8-comma-lf.csv"), "-o", output])
    #expect(result.stdout.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: output)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(try records(String(contentsOfFile: output, encoding: .utf8)).count == 6, "format taken from .jsonl")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["rapport.jsonl"])
  }

  @Test func neverWritesOverTheInput() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-check-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("classe.csv").path
    try FileManager.default.copyItem(atPath: CLIRunner.fixture("check/class-utf8-comma-lf.csv"), toPath: input)
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let result = try CLIRunner.run(["check", input, "-o", input])
    #expect(result.status == 2)
    #expect(result.stderr.contains("est le fichier d'entrée"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
  }

  @Test func refusesAFileMissingAQuestionColumnBeforeWritingAnything() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-\(UUID()).csv").path
    let result = try CLIRunner.run(["check", CLIRunner.fixture("check/class-missing-column.csv"), "-o", output])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains(
        "class-missing-column.csv », ligne 1 (en-tête) : colonne manquante « compte_habituel »"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func refusesTwoColumnsForTheSameQuestionInsteadOfPickingOne() throws {
    let result = try CLIRunner.run(["check", CLIRunner.fixture("check/class-duplicate-question-column.csv")])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasSuffix(
        "ligne 1 (en-tête) : les colonnes 2 (« methode_orga ») et 5 (« Methode Orga ») désignent la même question ; "
          + "gardez-en une seule.\n"))
  }

  @Test func refusesAQuoteNeverClosedBeforeWritingTheReport() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-quote-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("classe.csv").path
    let header =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
      + "connait_identifiants;telephone\n"
    try (header + "1;Durand;Léa;d;c;oui;oui;aucune;ENT;oui;0601\n2;\"Martin;Noé;d;c;oui;oui;aucune;ENT;oui;0602\n")
      .write(toFile: input, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("rapport.csv").path
    let result = try CLIRunner.run(["check", input, "-o", output])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("classe.csv », ligne 3 : un guillemet (\") ouvert dans cette ligne n'est jamais fermé"))
    #expect(!result.stderr.contains("0602"), "the cells are not echoed")
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  /// An ignored column is never judged nor copied, on the fast path (jsonl) as on the row-by-row one (md).
  @Test func ignoresUnreadableBytesInAColumnItDoesNotRead() throws {
    let file = CLIRunner.fixture("check/class-bad-bytes-in-ignored-column.csv")
    let fast = try CLIRunner.run(["check", file, "--encoding", "utf-8", "--format", "jsonl"])
    #expect(fast.status == 0)
    // The INE « 1 » also draws a warning (leading zeros lost): only the student's record is looked at.
    #expect(try records(fast.stdout).compactMap { $0["verdict"] as? String } == ["action"])
    let slow = try CLIRunner.run(["check", file, "--encoding", "utf-8", "--format", "md"])
    #expect(slow.status == 0)
    #expect(!slow.stdout.contains("caf"))
  }

  @Test func neverLetsACellRunAsAFormulaInExcel() throws {
    let header = "nom;prenom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
    let result = try CLIRunner.run(
      ["check", "-"], stdin: header + "=HYPERLINK(\"http://x\");@Léa;oui;oui;Mediacentre;ENT;oui\n")
    let lines = result.stdout.components(separatedBy: "\r\n")
    #expect(lines[1].hasPrefix(";\"'=HYPERLINK(\"\"http://x\"\")\";'@Léa;;;Prêt;"))
  }

  /// Issue 12: school columns left empty or absent are « je ne sais pas »; every student still gets
  /// a verdict, and the two checks are listed once among the school's actions.
  @Test func schoolColumnsMissingMeanUnknownAndAddTheChecksOnce() throws {
    let file = CLIRunner.fixture("check/class-no-school-columns.csv")
    let unknown = try CLIRunner.run(["check", file, "--format", "jsonl"])
    #expect(unknown.status == 0)
    #expect(
      try records(unknown.stdout).map { $0["steps"] as? [String] } == [
        ["check-siecle-import", "check-gar-assignment"],
        ["check-siecle-import", "check-gar-assignment", "join-campaign-via-mediacentre"],
      ])
    #expect(
      unknown.stderr.contains(
        "pas de colonne « siecle_a_jour », « gar_attribue », « certificabilite » ; chaque élève y est compté comme « je ne sais pas »."
      ))
    #expect(
      unknown.stderr.hasSuffix(
        """
        Actions pour l'établissement (une fois) :
          - Vérifier que la liste des élèves de Pix Orga est à jour (Administrateur Pix Orga)
          - Vérifier l'attribution de Pix dans le GAR (Responsable d'affectation GAR)

        """))
    let answered = try CLIRunner.run([
      "check", file, "--fact", "siecleImported=non", "--fact", "garAssigned=o", "--format", "jsonl",
    ])
    #expect(answered.status == 0)
    let rows = try records(answered.stdout)
    #expect(
      rows.map { $0["steps"] as? [String] } == [["import-siecle"], ["import-siecle", "join-campaign-via-mediacentre"]])
    #expect(answered.stderr.contains("Actions pour l'établissement (une fois) :\n  - "))
  }

  @Test func refusesADamagedWorkbookWithWhatToDo() throws {
    let path = CLIRunner.fixture("check/workbook.xlsx.csv")
    let result = try CLIRunner.run(["check", path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("archive zip illisible (tronquée ou abîmée). Ouvrez-le dans Excel ou LibreOffice"))
    let piped = try CLIRunner.run(
      ["check", "-"], stdin: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
    #expect(piped.status == 2)
    #expect(piped.stderr.contains("« - » est un classeur (xlsx ou ods) : donnez-le par son nom"))
  }

  @Test func refusesAMissingFileAndBadOptions() throws {
    let missing = try CLIRunner.run(["check", "nulle-part.csv"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("impossible de lire « nulle-part.csv »"))
    let format = try CLIRunner.run(["check", CLIRunner.fixture("check/class-utf8-comma-lf.csv"), "--format", "xml"])
    #expect(format.status == 2)
    #expect(format.stderr.contains("« xml » n'est pas permis pour --format"))
    let fact = try CLIRunner.run(["check", CLIRunner.fixture("check/class-utf8-comma-lf.csv"), "--fact", "siecle=oui"])
    #expect(fact.status == 2)
    #expect(fact.stderr.contains("Vouliez-vous dire « siecle_a_jour » ?"))
  }

  @Test func failsOnSupportWhenAsked() throws {
    let file = CLIRunner.fixture("check/class-no-school-columns.csv")
    let facts = ["--fact", "siecleImported=oui", "--fact", "garAssigned=oui"]
    #expect(try CLIRunner.run(["check", file] + facts).status == 0)
    #expect(try CLIRunner.run(["check", file, "--fail-on", "action"] + facts).status == 1)
    #expect(try CLIRunner.run(["check", file, "--fail-on", "support"] + facts).status == 0)
  }

  @Test func forcedEncodingTurnsUnreadableTextIntoAnErrorRowNotADroppedOne() throws {
    let result = try CLIRunner.run([
      "check", CLIRunner.fixture("check/class-windows1252-semicolon.csv"), "--encoding", "utf-8", "--format", "jsonl",
    ])
    let rows = try records(result.stdout)
    #expect(rows.count == 6)
    let error = try #require(rows[0]["error"] as? [String: Any])
    #expect(error["code"] as? String == "invalid-text")
  }
}

struct CheckExampleTests {
  /// `Examples/classe-2nde.csv` gives exactly the expected reports committed beside it.
  @Test(arguments: [("csv", "classe-2nde.rapport.csv"), ("jsonl", "classe-2nde.rapport.jsonl")])
  func exampleClassGivesItsExpectedReport(format: String, expected: String) throws {
    let result = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", format])
    try Golden.expect(result.printedStdout, equals: .packageFile("Examples/\(expected)"))
    #expect(result.status == 1, "the example has rejected rows")
    #expect(result.stderr.contains("30 lignes lues : 10 élèves prêts"))
  }

  @Test func acceptsTheColumnNameAsAFactName() throws {
    let result = try CLIRunner.run([
      "check", CLIRunner.fixture("check/class-no-school-columns.csv"), "--fact", "siecle_a_jour=oui", "--fact",
      "Gar attribué=oui", "--format", "jsonl",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 2)
  }
}
