/// Where the fields of a record sit in a workbook, to name a cell in messages (`Élèves!F12`).
public struct CellLocator: Sendable, Equatable {
  /// The sheet of the record's row.
  public var sheet: String
  /// The row number in that sheet.
  public var row: Int
  /// Fields that come from elsewhere (the school sheet's answers), by field index.
  public var elsewhere: [Int: String]

  /// Creates a locator.
  public init(sheet: String, row: Int, elsewhere: [Int: String] = [:]) {
    self.sheet = sheet
    self.row = row
    self.elsewhere = elsewhere
  }

  /// The cell of field `index`, as a spreadsheet's name box takes it: `Élèves!F12`,
  /// `'Mode d''emploi'!A1` when the sheet's name needs quotes.
  public func reference(_ index: Int) -> String {
    elsewhere[index] ?? Self.reference(sheet: sheet, cell: CellReference(column: index, row: row))
  }

  /// `Sheet!B3`, the sheet's name quoted when it holds anything but letters, digits and `_`.
  public static func reference(sheet: String, cell: CellReference) -> String {
    let plain = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    return (plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'") + "!" + cell.description
  }
}
