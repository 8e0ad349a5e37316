import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// The batch engine over rows already decoded: one output record per row, counts that add up.
struct BatchEngineRecordTests {
  static let header = [
    "Nom", "Prénom", "Classe", "Méthode Orga", "compte_habituel", "CONNAIT_IDENTIFIANTS", "Remarque",
  ]

  private func run(_ rows: [[String]], facts: Answers = [:], format: String = "jsonl") throws -> (String, BatchSummary)
  {
    let tree = try IOTestSupport.shippedTree()
    let columns = ColumnMap(headers: Self.header, tree: tree)
    let context = ReportContext(
      tree: tree, language: .fr, sourceName: "classe.csv", generatedAt: "2026-11-24T10:00:00Z")
    let formatter: any ReportFormatter =
      format == "jsonl" ? JSONLinesFormatter(context: context) : CSVReportFormatter(context: context)
    let batch = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: facts), formatter: formatter)
    var output = ""
    let summary = try batch.run(.records(ArrayRecordSource(rows)), to: &output)
    return (output, summary)
  }

  @Test func mapsHeadersWhateverTheirCaseAccentsAndSpacing() throws {
    let columns = ColumnMap(headers: Self.header, tree: try IOTestSupport.shippedTree())
    #expect(columns.facts == ["orgaMethods": 3, "usualMethod": 4, "knowsCredentials": 5])
    #expect(columns.identity == [.nom: 0, .prenom: 1, .classe: 2])
    #expect(columns.ignored == ["Remarque"])
    // Every question on the school facts plans for « je ne sais pas »: their columns may be absent.
    #expect(columns.missingSchoolFacts == [])
    #expect(columns.missingStudentFacts == [])
  }

  @Test func writesOneRecordPerRowWithVerdictPendingAndError() throws {
    let facts: Answers = ["siecleImported": .value("yes"), "garAssigned": .value("no")]
    let (output, summary) = try run(
      [
        ["Durand", "Léa", "2NDE3", "Mediacentre", "ENT", "oui", "absente lundi"],
        ["Martin", "Noé", "2NDE3", "Aucune", "", "", ""],
        ["Bernard", "Zoé", "2NDE1", "fax", "mail", "oui", ""],
      ], facts: facts)
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == #"{"row":1,"line":2,"student":{"nom":"Durand","prenom":"Léa","classe":"2NDE3"},"verdict":"action","steps":["assign-gar"],"pending":null,"error":null,"trace":[{"fact":"siecleImported","answer":"yes"},{"fact":"garAssigned","answer":"no"},{"fact":"orgaMethods","answer":["mediacentre"]},{"fact":"usualMethod","answer":"mediacentre"},{"fact":"knowsCredentials","answer":"yes"},{"fact":"certifiable","answer":null}]}"#
    )
    #expect(lines[1].contains(#""verdict":"pending","steps":["assign-gar"],"pending":"usualMethod""#))
    #expect(
      lines[2].plain.contains(
        #""error":{"code":"unknown-value","column":"Méthode Orga","value":"fax","message":"colonne « Méthode Orga » : valeur « fax » non reconnue ; valeurs acceptées : mediacentre, identifiant, mail, aucune","cells":[{"code":"unknown-value","column":"Méthode Orga","value":"fax","suggestion":null,"accepted":["mediacentre","identifiant","mail","aucune"]}]}"#
      ))
    #expect(!output.contains("absente lundi"))
    #expect(summary.rows == 3)
    #expect(summary.verdicts == [.action: 1])
    #expect(summary.pending == ["usualMethod": 1])
    #expect(summary.errors == 1)
    #expect(summary.reconciles)
    #expect(summary.schoolSteps.map(\.id) == ["assign-gar"])
  }

  /// Issue 12: school answers not given are « je ne sais pas »; the student still gets a verdict.
  @Test func schoolQuestionsNotGivenAreUnknownAndTheStudentStillGetsAVerdict() throws {
    let (output, summary) = try run([["Durand", "Léa", "2NDE3", "Mediacentre", "ENT", "oui", ""]])
    #expect(summary.pending == [:])
    #expect(summary.verdicts == [.action: 1])
    #expect(output.contains(#""steps":["check-siecle-import","check-gar-assignment"]"#))
  }

  @Test func writesCSVForExcelWithBOMAndSemicolons() throws {
    let (output, _) = try run(
      [["Durand", "Léa", "2NDE3", "Identifiant", "identifiant", "non", ""]],
      facts: ["siecleImported": .value("yes"), "garAssigned": .value("yes")], format: "csv")
    #expect(
      output
        == "\u{FEFF}ine;nom;prenom;date_naissance;classe;resultat;titres_etapes;question_en_attente;erreur;verdict;etapes\r\n"
        + ";Durand;Léa;;2NDE3;Action à mener;Réinitialiser le mot de passe dans Pix Orga;;;action;reset-password-in-orga\r\n"
    )
  }
}
