import Foundation
import PixReadyTestSupport
import Testing

/// `template -o classe.xlsx` and `check classe.xlsx|ods`, through the real binary, on files written
/// by LibreOffice and openpyxl (`Fixtures/workbook/make-workbook-fixtures.sh`).
struct WorkbookCommandTests {
  private let siecle = CLIRunner.fixture("siecle/ElevesSansAdresses.zip")

  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-workbook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test(arguments: ["classe-libreoffice.xlsx", "classe-libreoffice.ods"])
  func checksAWorkbookSavedByLibreOfficeLikeItsCSV(file: String) throws {
    let result = try CLIRunner.run(["check", CLIRunner.fixture("workbook/\(file)")])
    try Golden.expect(result.printedStdout, equals: .fixture("workbook/classe.rapport.csv"))
    #expect(result.status == 1, "one rejected row")
    #expect(result.stderr.contains("feuille « Élèves »"))
    #expect(result.stderr.contains("siecle_a_jour = « Oui » (B2), gar_attribue = « Oui » (B3)"))
    #expect(result.stderr.contains("colonnes ignorées, jamais recopiées : remarque"))
  }

  @Test func givesTheVerdictsOfTheSameAnswersInCSV() throws {
    let workbook = try CLIRunner.run(["check", CLIRunner.fixture("workbook/classe-libreoffice.xlsx")])
    let csv = try CLIRunner.run(["check", CLIRunner.fixture("workbook/classe-memes-reponses.csv")])
    let columns = { (text: String) in
      // Every column but `erreur` (the 9th), which names the workbook's cell.
      text.split(separator: "\r\n").map {
        $0.split(separator: ";", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 8 }.map(\.element)
      }
    }
    #expect(columns(workbook.stdout) == columns(csv.stdout))
  }

  @Test func namesTheSheetAndCellOfAValueNotUnderstood() throws {
    let result = try CLIRunner.run(["check", CLIRunner.fixture("workbook/classe-libreoffice.ods"), "--format", "jsonl"])
    let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("\"verdict\":\"error\"") })
    #expect(line.contains(#""cell":"Élèves!F6","value":"fax""#))
    #expect(line.contains("cellule Élèves!F6, colonne « methode_orga » : valeur « fax » non reconnue"))
    #expect(line.contains(#""line":6"#))
  }

  @Test func readsAFormulaWithoutCachedValueAsEmpty() throws {
    // openpyxl writes formulas without computing them: the cell is blank until a spreadsheet saves it.
    let result = try CLIRunner.run(["check", CLIRunner.fixture("workbook/classe-openpyxl.xlsx"), "--format", "csv"])
    let row = try #require(result.stdout.split(separator: "\r\n").first { $0.contains("NOVÁKOVÁ") })
    #expect(row.contains(";pending;"))
  }

  @Test func writesATemplateThatChecksBackWithEveryStudentPending() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("classe.xlsx").path
    let written = try CLIRunner.run(["template", "--siecle", siecle, "-o", path, "--fact", "siecleImported=oui"])
    #expect(written.status == 0, "\(written.stderr)")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let checked = try CLIRunner.run(["check", path, "--format", "csv"])
    #expect(checked.status == 0, "\(checked.stderr)")
    let rows = checked.stdout.split(separator: "\r\n").dropFirst()
    #expect(rows.count == 8)
    #expect(rows.allSatisfy { $0.contains(";En attente;") && $0.contains(";pending;") })
    // The unanswered GAR question is « je ne sais pas » (its check step is kept); the student questions wait.
    #expect(
      rows.first?.hasPrefix(
        "123456794AG;LEROY;Anaïs;30/06/2007;1G2;En attente;Vérifier l'attribution de Pix dans le GAR;\"Question 3 : ")
        == true)
    #expect(rows.first?.hasSuffix(";pending;check-gar-assignment") == true)
    #expect(checked.stderr.contains("siecle_a_jour = « Oui » (B2), gar_attribue sans réponse (B3)"))
  }

  @Test func picksTheWorkbookFromFormatOrExtension() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("classe.bin").path
    _ = try CLIRunner.run(["template", "--siecle", siecle, "-o", path, "--format", "xlsx"])
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    let piped = try CLIRunner.run(["template", "--format", "xlsx"])
    #expect(piped.stdout.utf8.prefix(2).elementsEqual("PK".utf8), "a pipe takes the workbook's bytes")
    let wrong = try CLIRunner.run(["template", "--format", "ods"])
    #expect(wrong.status == 2)
  }

  @Test func crossChecksAWorkbookWithSiecleAndAnonymizesIt() throws {
    let workbook = CLIRunner.fixture("workbook/classe-libreoffice.xlsx")
    let checked = try CLIRunner.run(["check", workbook, "--siecle", siecle, "--format", "jsonl"])
    let codes = checked.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"warning\"") }.map {
      $0.split(separator: "\"")[5]
    }
    #expect(codes == ["missing-ine", "missing-division"], "only the export's own warnings: the roster is SIECLE's")
    let anonymous = try CLIRunner.run(["check", workbook, "--anonymize", "--format", "md"])
    #expect(!anonymous.stdout.contains("LEROY"))
    #expect(anonymous.stdout.contains("Élève "))
  }

  @Test func comparesATwoDigitYearWithSiecleAndSaysTheSpreadsheetCutIt() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("classe.csv").path
    let csv =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
      + "123456789AB;MARTIN;Léa;14/02/09;2NDE3;oui;oui;ENT;ENT;oui\n"
    try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
    let result = try CLIRunner.run(["check", path, "--siecle", siecle, "--format", "jsonl"])
    #expect(!result.stdout.contains("birthdate-differs"))
    #expect(result.stdout.contains(#""code":"two-digit-year""#))
    #expect(
      result.stderr.contains(
        "colonne « date_naissance » : 1 date à l'année sur deux chiffres (ex. « 14/02/09 », ligne 2)"))
  }

  @Test func keepsDamagedIdentitiesOutOfAnAnonymisedReport() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("classe.csv").path
    let csv =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
      + "4567;ROUX;Zoé;14/02/09;3,00E+01;oui;oui;ENT;ENT;oui\n"
    try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
    let result = try CLIRunner.run(["check", path, "--anonymize", "--format", "md"])
    #expect(result.stdout.contains("colonne « ine » : 1 INE de chiffres seulement"))
    #expect(result.stdout.contains("(ex. « 3,00E+01 », ligne 2)"), "the class is kept in anonymised reports")
    #expect(!result.stdout.contains("4567"))
    #expect(!result.stdout.contains("14/02/09"))
  }

  @Test func refusesAZipThatIsNotAWorkbookSayingWhatToDo() throws {
    let result = try CLIRunner.run(["check", siecle])
    #expect(result.status == 2)
    #expect(result.stderr.contains("ni un classeur .xlsx ni un .ods"))
    #expect(result.stdout.isEmpty)
  }
}
