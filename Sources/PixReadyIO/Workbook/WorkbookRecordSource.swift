import PixReadyCore

/// The records of a workbook for the batch run: the first sheet's rows, each with its row number
/// as its line, and the school sheet's answers given to every row.
///
/// The school sheet (« Établissement ») has one row per school question: the column name in `A`,
/// the answer in `B`. Each answer whose column the first sheet lacks is added as a column of its
/// own, so that the rows are read, diagnosed and reported exactly as a CSV file with that column.
public struct WorkbookRecordSource: RecordSource {
  /// The header: the first row of the first sheet, then the school columns added.
  public let header: SourceRecord
  /// The first sheet's name.
  public let sheetName: String
  /// The school sheet's name, when its answers were used.
  public let schoolSheetName: String?
  /// The school answers added to every row: the column name, the answer and its cell.
  public let schoolAnswers: [(column: String, value: String, cell: CellReference)]
  private let rows: [Workbook.Row]
  /// The rows after the header, blank ones included.
  public var rowCount: Int { rows.count }
  private let elsewhere: [Int: String]
  private var position = 0

  /// Prepares the records of `workbook` for `tree`.
  ///
  /// - Throws: ``WorkbookReadError`` when the first sheet is empty.
  public init(workbook: Workbook, tree: ValidatedTree) throws(WorkbookReadError) {
    guard let first = workbook.sheets.first else { throw WorkbookReadError(.noSheet) }
    guard let headerRow = first.rows.first else { throw WorkbookReadError(.emptySheet, sheet: first.name) }
    sheetName = first.name
    let present = Set(headerRow.cells.map(ColumnMap.key))
    var answers: [(column: String, value: String, cell: CellReference)] = []
    let school = workbook.sheets.dropFirst().first
    for row in school?.rows ?? [] {
      guard let name = row.cells.first, row.cells.count > 1, !present.contains(ColumnMap.key(name)) else { continue }
      let key = ColumnMap.key(name)
      let isSchoolFact = tree.tree.facts.contains { fact in
        fact.scope == .school && (fact.columns + [fact.id]).map(ColumnMap.key).contains(key)
      }
      guard isSchoolFact, !answers.contains(where: { ColumnMap.key($0.column) == key }) else { continue }
      answers.append((name.trimmedSpaces, row.cells[1], CellReference(column: 1, row: row.number)))
    }
    schoolSheetName = answers.isEmpty ? nil : school?.name
    schoolAnswers = answers
    let width = headerRow.cells.count
    header = SourceRecord(fields: headerRow.cells + answers.map(\.column), line: headerRow.number)
    let schoolName = school?.name ?? ""
    elsewhere = Dictionary(
      uniqueKeysWithValues: answers.enumerated().map { offset, answer in
        (width + offset, CellLocator.reference(sheet: schoolName, cell: answer.cell))
      })
    rows = first.rows.dropFirst().map { row in
      var cells = Array(row.cells.prefix(width))
      cells += Array(repeating: "", count: width - cells.count)
      return Workbook.Row(number: row.number, cells: cells + answers.map(\.value))
    }
  }

  /// The next row of the first sheet, `nil` after the last.
  public mutating func nextRecord() -> SourceRecord? {
    guard position < rows.count else { return nil }
    defer { position += 1 }
    let row = rows[position]
    return SourceRecord(
      fields: row.cells, line: row.number,
      cells: CellLocator(sheet: sheetName, row: row.number, elsewhere: elsewhere))
  }
}
