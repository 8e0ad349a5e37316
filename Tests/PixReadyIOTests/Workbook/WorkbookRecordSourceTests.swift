import PixReadyCore
import Testing

@testable import PixReadyIO

/// The rows of a workbook as the batch run reads them: the school sheet's answers on every row,
/// each error naming its cell.
struct WorkbookRecordSourceTests {
  private let header = [
    "ine", "nom", "prenom", "date_naissance", "classe", "methode_orga", "compte_habituel", "connait_identifiants",
  ]

  private func workbook(school: [[String]]) -> Workbook {
    Workbook(
      kind: .xlsx,
      sheets: [
        Workbook.Sheet(
          name: "Élèves",
          rows: [
            Workbook.Row(number: 1, cells: header),
            Workbook.Row(number: 4, cells: ["070123400AB", "Roux", "Léa", "05/01/2009", "2NDE1", "ENT", "ENT", "oui"]),
            Workbook.Row(number: 5, cells: ["070123401AB", "Roux", "Noé", "05/01/2009", "2NDE1", "fax", "ENT", "oui"]),
          ]),
        Workbook.Sheet(
          name: "Établissement",
          rows: [Workbook.Row(number: 1, cells: ["colonne", "réponse"])]
            + school.enumerated().map { Workbook.Row(number: $0.offset + 2, cells: $0.element) }),
      ], sheetNames: ["Élèves", "Établissement"])
  }

  private func run(_ workbook: Workbook) throws -> [RowDiagnosis] {
    let tree = try IOTestSupport.shippedTree()
    let source = try WorkbookRecordSource(workbook: workbook, tree: tree)
    let columns = ColumnMap(headers: source.header.fields, tree: tree)
    let context = ReportContext(tree: tree, language: .fr, sourceName: "classe.xlsx", generatedAt: "2026-12-02")
    let run = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns), formatter: JSONLinesFormatter(context: context))
    var rows: [RowDiagnosis] = []
    var output = ""
    _ = try run.run(.records(source), to: &output, observe: { rows.append($0) })
    return rows
  }

  @Test func givesTheSchoolAnswersToEveryRowAndNamesTheCellOfAnError() throws {
    let rows = try run(workbook(school: [["siecle_a_jour", "Oui"], ["Gar attribué", "Oui"]]))
    #expect(rows.map(\.line) == [4, 5])
    #expect(rows[0].status == .verdict(.ready), "both school answers « Oui » reached every row")
    #expect(rows[0].trace.prefix(2).map(\.answer) == [.value("yes"), .value("yes")])
    guard case .error(let error) = rows[1].status else {
      Issue.record("row 5 should be rejected")
      return
    }
    #expect(error.cell == "Élèves!F5")
    #expect(error.column == "methode_orga")
  }

  @Test func namesTheSchoolSheetsCellWhenItsAnswerIsNotUnderstood() throws {
    let rows = try run(workbook(school: [["siecle_a_jour", "Oui"], ["gar_attribue", "peut-être"]]))
    let cells = rows.compactMap { row -> String? in
      if case .error(let error) = row.status { return error.cell }
      return nil
    }
    #expect(cells == ["Établissement!B3", "Établissement!B3"])
  }

  @Test func refusesAnEmptyFirstSheet() {
    let empty = Workbook(kind: .ods, sheets: [Workbook.Sheet(name: "Feuille1", rows: [])], sheetNames: ["Feuille1"])
    #expect(throws: WorkbookReadError(.emptySheet, sheet: "Feuille1")) {
      try WorkbookRecordSource(workbook: empty, tree: try IOTestSupport.shippedTree())
    }
  }
}
