/// Reads the first sheet and the school sheet of an OpenDocument spreadsheet (`content.xml`).
///
/// Repeated cells and rows (`number-columns-repeated`, `number-rows-repeated`) are expanded only
/// when they hold a value, and count against the cell limit: LibreOffice writes a million empty
/// rows as one element, and a hostile file could repeat a full one as often.
struct ODSReader {
  let limits: Workbook.Limits
  private static let part = "content.xml"

  /// The state of the walk through `content.xml`.
  private struct State {
    var names: [String] = []
    var sheets: [Workbook.Sheet] = []
    var reading: Workbook.Sheet?
    var tableDepth = 0
    var rowNumber = 0
    var row: [String] = []
    var rowRepeat = 1
    var pendingEmpty = 0
    var cell: (text: String, value: String?, repeat: Int, paragraphs: Int)?
    var ignoredDepth = 0
    var budget = 0
  }

  func read(_ bytes: [UInt8]) throws(WorkbookReadError) -> Workbook {
    var scanner = WorkbookXMLScanner(bytes)
    var state = State()
    do {
      while let event = try scanner.next() { try handle(event, &state) }
    } catch let failure as XMLError {
      throw WorkbookReadError(failure, part: Self.part, sheet: state.reading?.name)
    } catch let error as WorkbookReadError {
      throw error
    } catch {
      throw WorkbookReadError(.xml(.unexpectedEndOfFile), part: Self.part)
    }
    guard !state.names.isEmpty else { throw WorkbookReadError(.noSheet, part: Self.part) }
    return Workbook(kind: .ods, sheets: state.sheets, sheetNames: state.names)
  }

  private func handle(_ event: WorkbookXMLScanner.Event, _ state: inout State) throws(WorkbookReadError) {
    switch event {
    case .start("table", let attributes):
      state.tableDepth += 1
      guard state.tableDepth == 1 else { return }
      let name = attributes["name"] ?? ""
      state.names.append(name)
      if state.names.count == 1 || (Workbook.isSchoolSheet(name) && state.sheets.count == 1) {
        state.reading = Workbook.Sheet(name: name, rows: [])
        state.rowNumber = 0
      }
    case .end("table"):
      state.tableDepth -= 1
      if state.tableDepth == 0, let sheet = state.reading {
        state.sheets.append(sheet)
        state.reading = nil
      }
    case .start(let name, let attributes) where state.reading != nil && state.tableDepth == 1:
      try start(name, attributes, &state)
    case .end(let name) where state.reading != nil && state.tableDepth == 1:
      try end(name, &state)
    case .text(let text) where state.ignoredDepth == 0 && state.cell != nil && state.cell?.paragraphs ?? 0 > 0:
      state.cell?.text += text
    default: return
    }
  }

  private func start(_ name: String, _ attributes: [String: String], _ state: inout State) throws(WorkbookReadError) {
    switch name {
    case "table-row":
      state.row = []
      state.pendingEmpty = 0
      state.rowRepeat = Self.count(attributes["number-rows-repeated"], limit: 1 << 24)
    case "table-cell", "covered-table-cell":
      let repeats = Self.count(attributes["number-columns-repeated"], limit: 1 << 20)
      state.cell = ("", Self.value(attributes), repeats, 0)
    case "annotation", "note": state.ignoredDepth += 1
    case "p" where state.cell != nil && state.ignoredDepth == 0:
      if state.cell?.paragraphs ?? 0 > 0 { state.cell?.text += "\n" }
      state.cell?.paragraphs += 1
    case "s" where state.cell != nil && state.ignoredDepth == 0:
      let count = Self.count(attributes["c"], limit: 1000)
      state.cell?.text += String(repeating: " ", count: count)
    case "tab" where state.cell != nil && state.ignoredDepth == 0: state.cell?.text += "\t"
    case "line-break" where state.cell != nil && state.ignoredDepth == 0: state.cell?.text += "\n"
    default: return
    }
  }

  private func end(_ name: String, _ state: inout State) throws(WorkbookReadError) {
    switch name {
    case "table-cell", "covered-table-cell":
      guard let cell = state.cell else { return }
      state.cell = nil
      let text = cell.value ?? cell.text
      guard !text.isEmpty else {
        state.pendingEmpty += cell.repeat
        return
      }
      try spend(state.pendingEmpty + cell.repeat, &state)
      state.row += Array(repeating: "", count: state.pendingEmpty) + Array(repeating: text, count: cell.repeat)
      state.pendingEmpty = 0
    case "annotation", "note": state.ignoredDepth -= 1
    case "table-row":
      let first = state.rowNumber + 1
      state.rowNumber += state.rowRepeat
      guard !state.row.isEmpty else { return }
      try spend(state.row.count * (state.rowRepeat - 1), &state)
      for number in first...state.rowNumber {
        state.reading?.rows.append(Workbook.Row(number: number, cells: state.row))
      }
    default: return
    }
  }

  private func spend(_ cells: Int, _ state: inout State) throws(WorkbookReadError) {
    state.budget += cells
    guard state.budget <= limits.maximumCells else {
      throw WorkbookReadError(.tooManyCells(limit: limits.maximumCells), part: Self.part, sheet: state.reading?.name)
    }
  }

  /// A repeat count: 1 when absent or not a number, at most `limit` (no arithmetic can overflow).
  private static func count(_ text: String?, limit: Int) -> Int {
    min(limit, max(1, text.flatMap(Int.init) ?? 1))
  }

  /// The value of a cell from its attributes, `nil` when its text is its value.
  private static func value(_ attributes: [String: String]) -> String? {
    switch attributes["value-type"] {
    case "float", "percentage", "currency": return attributes["value"].map(XLSXSheetReader.number)
    case "date": return attributes["date-value"].map { SpreadsheetDate.text(iso: $0) ?? $0 }
    case "boolean": return attributes["boolean-value"].map { $0 == "true" ? "TRUE" : "FALSE" }
    case "string": return attributes["string-value"]
    default: return nil
    }
  }
}
