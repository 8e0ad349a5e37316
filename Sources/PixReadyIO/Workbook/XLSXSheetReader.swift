/// Reads one worksheet part of an `.xlsx` into text cells.
struct XLSXSheetReader {
  /// The sheet's tab name.
  let name: String
  /// The part (`xl/worksheets/sheet1.xml`).
  let part: String
  /// The shared strings.
  let strings: [String]
  /// Per cell format, whether it shows a date.
  let dateStyles: [Bool]
  /// Whether serial numbers count from 1904.
  let base1904: Bool

  /// A cell being read.
  private struct Cell {
    var reference: CellReference
    var type = "n"
    var style = 0
    var value = ""
    var inline = ""
  }

  /// The rows of the sheet; `budget` counts the cells kept against `limit`.
  func read(_ bytes: [UInt8], budget: inout Int, limit: Int) throws(WorkbookReadError) -> Workbook.Sheet {
    var scanner = WorkbookXMLScanner(bytes)
    var rows: [Workbook.Row] = []
    var row: Workbook.Row?
    var rowNumber = 0
    var cell: Cell?
    var textTarget: String?
    var phonetic = 0
    do {
      while let event = try scanner.next() {
        switch event {
        case .start("row", let attributes):
          rowNumber =
            try attributes["r"].map { text throws(WorkbookReadError) in
              guard let number = Int(text), number > rowNumber, number <= 1_048_576 else {
                throw WorkbookReadError(.badCellReference, part: part, sheet: name, line: scanner.line, value: text)
              }
              return number
            } ?? rowNumber + 1
          row = Workbook.Row(number: rowNumber, cells: [])
        case .end("row"):
          if let finished = row, finished.cells.contains(where: { !$0.isEmpty }) { rows.append(finished) }
          row = nil
        case .start("c", let attributes):
          let column = row?.cells.count ?? 0
          var reference = CellReference(column: column, row: rowNumber)
          if let text = attributes["r"] {
            guard let parsed = CellReference(text), parsed.row == rowNumber || row == nil, parsed.column >= column
            else {
              throw WorkbookReadError(.badCellReference, part: part, sheet: name, line: scanner.line, value: text)
            }
            reference = parsed
          }
          cell = Cell(
            reference: reference, type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
        case .end("c"):
          guard let finished = cell else { continue }
          cell = nil
          let text = try value(of: finished)
          guard !text.isEmpty, row != nil else { continue }
          budget += finished.reference.column + 1 - (row?.cells.count ?? 0)
          guard budget <= limit else { throw WorkbookReadError(.tooManyCells(limit: limit), part: part, sheet: name) }
          while (row?.cells.count ?? 0) < finished.reference.column { row?.cells.append("") }
          row?.cells.append(text)
        case .start("v", _): textTarget = "v"
        case .start("t", _) where cell != nil: textTarget = "t"
        case .end("v"), .end("t"): textTarget = nil
        case .start("rPh", _): phonetic += 1
        case .end("rPh"): phonetic -= 1
        case .text(let text) where phonetic == 0:
          if textTarget == "v" { cell?.value += text } else if textTarget == "t" { cell?.inline += text }
        default: continue
        }
      }
    } catch let failure as XMLError {
      throw WorkbookReadError(failure, part: part, sheet: name)
    } catch let error as WorkbookReadError {
      throw error
    } catch {
      throw WorkbookReadError(.xml(.unexpectedEndOfFile), part: part, sheet: name)
    }
    return Workbook.Sheet(name: name, rows: rows)
  }

  /// The text of a cell, as a person sees it.
  private func value(of cell: Cell) throws(WorkbookReadError) -> String {
    switch cell.type {
    case "s":
      guard let index = Int(cell.value.trimmedSpaces), strings.indices.contains(index) else {
        throw WorkbookReadError(.badSharedString, part: part, sheet: name, cell: cell.reference, value: cell.value)
      }
      return strings[index]
    case "inlineStr": return cell.inline
    case "b": return cell.value == "1" ? "TRUE" : cell.value == "0" ? "FALSE" : cell.value
    case "str", "e": return cell.value
    case "d": return SpreadsheetDate.text(iso: cell.value.trimmedSpaces) ?? cell.value
    default:
      let text = cell.value.trimmedSpaces
      if dateStyles.indices.contains(cell.style), dateStyles[cell.style], let serial = Double(text),
        let date = SpreadsheetDate.text(serial: serial, base1904: base1904)
      {
        return date
      }
      return Self.number(text)
    }
  }

  /// A number as written in the file, without a useless `.0`.
  static func number(_ text: String) -> String {
    text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
