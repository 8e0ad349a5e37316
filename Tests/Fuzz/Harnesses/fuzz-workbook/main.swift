// Workbook reader (`pixready check classe.xlsx`, `classe.ods`): the archive, the parts' XML, cell
// references, shared strings, date styles, then the records `check` reads.
//
// An input starting with « PK » is read as a whole archive (seeds: the workbook fixtures). Any
// other input is cut at zero bytes into parts zipped (stored) into a workbook, so that mutations
// reach the XML instead of breaking a checksum: with an odd first byte, an Office workbook (after
// that byte: workbook.xml, its relations, the first sheet, shared strings, styles, a second
// sheet); with an even one, an OpenDocument spreadsheet (content.xml).
import FuzzDriver
import PixReadyCore
import PixReadyIO

let tree = FuzzDriver.shippedTree()
let limits = Workbook.Limits(
  archive: ZipArchive.Limits(
    maximumEntries: 50, maximumUncompressedSize: 4 << 20, maximumRatio: 200, ratioThreshold: 1 << 16),
  maximumCells: 200_000)
let officeParts = [
  "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
  "xl/styles.xml", "xl/worksheets/sheet2.xml",
]

func archive(_ input: [UInt8]) -> [UInt8] {
  if input.starts(with: [0x50, 0x4B]) { return input }
  var writer = ZipWriter()
  guard let selector = input.first else { return writer.finish() }
  let pieces = input.dropFirst().split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
  if selector & 1 == 1 {
    for (name, piece) in zip(officeParts, pieces) { writer.add(name, piece) }
  } else {
    writer.add("content.xml", pieces.first ?? [])
  }
  return writer.finish()
}

FuzzDriver.run { input in
  let workbook: Workbook
  do throws(WorkbookReadError) {
    workbook = try Workbook.read(bytes: archive(input), limits: limits)
  } catch {
    for language in [Language.fr, .en] {
      FuzzDriver.require(
        !WorkbookMessages(language: language).message(error, path: "classe.xlsx").isEmpty, "empty message")
    }
    return
  }
  var cells = 0
  for sheet in workbook.sheets {
    for (row, next) in zip(sheet.rows, sheet.rows.dropFirst()) {
      FuzzDriver.require(row.number >= 1 && row.number < next.number, "rows out of order in \(sheet.name)")
    }
    cells += sheet.rows.reduce(0) { $0 + $1.cells.count }
  }
  FuzzDriver.require(cells <= limits.maximumCells, "\(cells) cells read past the limit")
  do throws(WorkbookReadError) {
    var source = try WorkbookRecordSource(workbook: workbook, tree: tree)
    var records = 0
    while let record = source.nextRecord() {
      records += 1
      FuzzDriver.require(record.line >= 1, "record on line \(record.line)")
    }
    let rows = workbook.sheets.first?.rows.count ?? 0
    FuzzDriver.require(records <= rows, "\(records) records from \(rows) rows")
  } catch {
    for language in [Language.fr, .en] {
      FuzzDriver.require(
        !WorkbookMessages(language: language).message(error, path: "classe.xlsx").isEmpty, "empty message")
    }
  }
}
