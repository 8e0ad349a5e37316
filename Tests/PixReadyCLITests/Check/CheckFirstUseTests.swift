import Foundation
import Testing

/// What a teacher meets on a first `check` (issue 17, points 1–3, 6 and 21): every bad cell of a
/// row with its likely fix, the short spellings people type, rejected and pending rows named in
/// the summary, output names that cannot give Excel a file it refuses, counts that agree in number.
struct CheckFirstUseTests {
  private static let header =
    "nom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"

  /// A report path in a fresh temporary directory.
  private static func temporaryReport() throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-first-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent("rapport.csv").path
  }

  @Test func listsEveryBadCellOfARowWithItsLikelyFix() throws {
    let input = Self.header + "Léa;oui;oui;Mediacentr;Identifant;peut-être\n"
    let result = try CLIRunner.run(["check", "-", "--format", "jsonl"], stdin: input)
    #expect(result.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let error = try #require(object["error"] as? [String: Any])
    // The first cell stays where scripts read it.
    #expect(error["code"] as? String == "unknown-value")
    #expect(error["column"] as? String == "methode_orga")
    #expect(error["value"] as? String == "Mediacentr")
    let cells = try #require(error["cells"] as? [[String: Any]])
    #expect(cells.map { $0["column"] as? String } == ["methode_orga", "compte_habituel", "connait_identifiants"])
    #expect(cells.map { $0["suggestion"] as? String } == ["mediacentre", "identifiant", nil])
    #expect(cells[1]["accepted"] as? [String] == ["ENT", "identifiant", "mail", "aucun"])
    #expect(
      error["message"] as? String
        == "colonne « methode_orga » : valeur « Mediacentr » non reconnue (vouliez-vous dire « mediacentre » ?) ; "
        + "valeurs acceptées : mediacentre, identifiant, mail, aucune — colonne « compte_habituel » : valeur "
        + "« Identifant » non reconnue (vouliez-vous dire « identifiant » ?) ; valeurs acceptées : ENT, identifiant, "
        + "mail, aucun — colonne « connait_identifiants » : valeur « peut-être » non reconnue ; valeurs acceptées : "
        + "oui, non")
  }

  @Test(arguments: ["csv", "md", "html"])
  func everyFormatListsEveryBadCell(format: String) throws {
    let input = Self.header + "Léa;oui;oui;Identifiants;Identifant;oui\n"
    let result = try CLIRunner.run(["check", "-", "--format", format], stdin: input)
    #expect(result.stdout.contains("« Identifiants » non reconnue (vouliez-vous dire « identifiant » ?)"))
    #expect(result.stdout.contains("« Identifant » non reconnue (vouliez-vous dire « identifiant » ?)"))
  }

  @Test func readsMediacentreEtIdentifiantAsASet() throws {
    let input = Self.header + "Léa;oui;oui;Médiacentre et Identifiant;ENT;oui\n"
    let result = try CLIRunner.run(["check", "-", "--format", "jsonl"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout.contains(#"{"fact":"orgaMethods","answer":["identifiant","mediacentre"]}"#))
  }

  @Test func theSummaryNamesRejectedRowsAndPendingQuestionsInWords() throws {
    var input = Self.header
    for number in 1...12 { input += "Élève \(number);oui;oui;fax;ENT;oui\n" }
    input += "Léa;oui;oui;Identifiant;Identifiant;\n"
    let result = try CLIRunner.run(["check", "-", "-o", try Self.temporaryReport()], stdin: input)
    let rejected = (2...11).map { "ligne \($0) (« methode_orga »)" }.joined(separator: ", ")
    let expected: String = [
      "13 lignes lues : aucun élève prêt, aucun avec des actions à mener, aucun à signaler au support Pix, "
        + "1 en attente d'une réponse, 12 lignes à corriger.",
      "  à corriger : " + rejected + " … et 2 autres.",
      "  en attente (1 élève) : Question 5 : L'élève connaît-il son identifiant et son mot de passe ? — à remplir : "
        + "colonne « connait_identifiants »",
    ].joined(separator: "\n")
    #expect(result.stderr.contains(expected))
    #expect(!result.stderr.contains("knowsCredentials"))
    #expect(result.stderr.contains("Lu : entrée standard (utf-8, séparateur « ; »)."))
  }

  @Test(arguments: ["rapport.xlsx", "rapport.ods", "rapport.txt", "Rapports/classe.XLS"])
  func refusesAnOutputNameThatIsNotAReportFormat(name: String) throws {
    let result = try CLIRunner.run(
      ["check", CLIRunner.packageRoot.appendingPathComponent("Examples/classe-2nde.csv").path, "-o", name])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix(
        "pixready: erreur : « \(name) » : pixready n'écrit pas ce format ; extensions possibles pour -o : .csv, "
          + ".json, .jsonl, .md, .html"))
    #expect(!FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent(name).path))
  }

  @Test(arguments: [["--format", "pdf"], ["--format", "PDF"], ["-o", "rapport.pdf"]])
  func explainsHowToGetAPDF(arguments: [String]) throws {
    let result = try CLIRunner.run(["check", "Examples/classe-2nde.csv"] + arguments)
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "pixready: erreur : pixready n'écrit pas de PDF : écrivez le rapport HTML (--format html -o rapport.html), "
          + "ouvrez-le dans votre navigateur et imprimez-le"))
    #expect(!result.stderr.contains("Vouliez-vous dire"))
  }

  @Test func messagesAgreeInNumber() throws {
    // School columns may be left out of a certification-readiness 2 file (« je ne sais pas »): the
    // student columns show the agreement.
    let two = try CLIRunner.run(["check", "-"], stdin: "nom;methode_orga\nLéa;ENT\n")
    #expect(two.stderr.contains("colonnes manquantes « compte_habituel », « connait_identifiants »"))
    #expect(two.stderr.contains("Ajoutez-les (pixready template en donne le modèle)."))
    #expect(!two.stderr.contains("usualMethod") && !two.stderr.contains("knowsCredentials"), "no fact id")
    let one = try CLIRunner.run(["check", "-"], stdin: "nom;methode_orga;compte_habituel\nLéa;ENT;ENT\n")
    #expect(one.stderr.contains("colonne manquante « connait_identifiants »"))
    #expect(one.stderr.contains("Ajoutez-la (pixready template en donne le modèle)."))
    let written = try CLIRunner.run(
      ["check", "-", "-o", try Self.temporaryReport()], stdin: Self.header + "Léa;oui;oui;ENT;ENT;oui\n")
    #expect(written.stderr.contains("1 ligne lue : 1 élève prêt, aucun avec des actions à mener"))
  }
}
