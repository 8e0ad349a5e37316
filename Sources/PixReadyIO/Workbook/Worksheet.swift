/// One sheet of a workbook being written, and its SpreadsheetML part.
struct Worksheet: Sendable {
  /// A cell format of the workbook's style sheet (the `s` index of a cell).
  enum Style: Int, Sendable {
    /// The default format.
    case normal = 0
    /// Text format (`@`): what is typed stays text, never a number or a date.
    case text = 1
    /// Bold text, for a header row.
    case header = 2
    /// Wrapped text, aligned at the top.
    case wrapped = 3
  }

  /// A column's width (in characters) and the format of its empty cells.
  struct Column: Sendable {
    var width: Int
    var style: Style = .normal
  }

  /// A drop-down list on a range of one column: the values of `source` (`Listes!$A$1:$A$3`), free
  /// typing still allowed, the question shown when a cell is selected.
  struct DropDown: Sendable {
    var column: Int
    var rows: ClosedRange<Int>
    var source: String
    var title: String
    var prompt: String
  }

  /// The sheet's tab name.
  var name: String
  /// The columns, from `A`.
  var columns: [Column] = []
  /// The rows, from 1: each cell's text (empty: no value) and format.
  var rows: [[(text: String, style: Style)]] = []
  /// Whether the first row stays visible when scrolling.
  var freezesHeader = false
  /// The drop-down lists.
  var dropDowns: [DropDown] = []
  /// Whether the sheet is hidden (the lists behind the drop-downs).
  var isHidden = false

  /// The `xl/worksheets/sheetN.xml` part.
  func xml(selected: Bool) -> String {
    var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
    xml += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    let width = max(1, columns.count, rows.map(\.count).max() ?? 1)
    xml += "<dimension ref=\"A1:\(CellReference(column: width - 1, row: max(1, rows.count)))\"/>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
    if freezesHeader {
      xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
      xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
    if !columns.isEmpty {
      xml += "<cols>"
      for (index, column) in columns.enumerated() {
        xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\""
        xml += column.style == .normal ? "/>" : " style=\"\(column.style.rawValue)\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    for (index, row) in rows.enumerated() {
      xml += "<row r=\"\(index + 1)\">"
      for (column, cell) in row.enumerated() {
        let reference = CellReference(column: column, row: index + 1)
        let style = cell.style == .normal ? "" : " s=\"\(cell.style.rawValue)\""
        if cell.text.isEmpty {
          if cell.style != .normal { xml += "<c r=\"\(reference)\"\(style)/>" }
        } else {
          xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
          xml += XMLText.escape(cell.text) + "</t></is></c>"
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if !dropDowns.isEmpty {
      xml += "<dataValidations count=\"\(dropDowns.count)\">"
      for list in dropDowns {
        let letters = CellReference.letters(list.column)
        xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"0\" "
        xml += "promptTitle=\"\(XMLText.escape(String(list.title.prefix(32))))\" "
        xml += "prompt=\"\(XMLText.escape(String(list.prompt.prefix(255))))\" "
        xml += "sqref=\"\(letters)\(list.rows.lowerBound):\(letters)\(list.rows.upperBound)\">"
        xml += "<formula1>\(XMLText.escape(list.source))</formula1></dataValidation>"
      }
      xml += "</dataValidations>"
    }
    xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
    return xml + "</worksheet>"
  }
}
