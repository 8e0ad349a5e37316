/// Reads the first sheet and the school sheet of an Office Open XML workbook.
struct XLSXReader {
  let parts: WorkbookParts
  let limits: Workbook.Limits
  private var cells = 0

  init(parts: WorkbookParts, limits: Workbook.Limits) {
    self.parts = parts
    self.limits = limits
  }

  /// A sheet listed by `xl/workbook.xml`.
  private struct SheetEntry {
    var name: String
    var part: String
  }

  mutating func read() throws(WorkbookReadError) -> Workbook {
    let (entries, base1904) = try sheetEntries()
    guard let first = entries.first else { throw WorkbookReadError(.noSheet, part: "xl/workbook.xml") }
    let strings = parts.has("xl/sharedStrings.xml") ? try sharedStrings() : []
    let dates = parts.has("xl/styles.xml") ? try dateStyles() : []
    var chosen = [first]
    if let school = entries.dropFirst().first(where: { Workbook.isSchoolSheet($0.name) }) { chosen.append(school) }
    var sheets: [Workbook.Sheet] = []
    for entry in chosen {
      let context = XLSXSheetReader(
        name: entry.name, part: entry.part, strings: strings, dateStyles: dates, base1904: base1904)
      let sheet = try context.read(try parts.bytes(entry.part), budget: &cells, limit: limits.maximumCells)
      sheets.append(sheet)
    }
    return Workbook(kind: .xlsx, sheets: sheets, sheetNames: entries.map(\.name))
  }

  private func sheetEntries() throws(WorkbookReadError) -> ([SheetEntry], Bool) {
    var targets: [String: String] = [:]
    let relations = "xl/_rels/workbook.xml.rels"
    try scan(relations) { event in
      if case .start("Relationship", let attributes) = event, let id = attributes["Id"],
        let target = attributes["Target"]
      {
        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      }
    }
    var entries: [SheetEntry] = []
    var base1904 = false
    var failure: WorkbookReadError?
    try scan("xl/workbook.xml") { event in
      guard case .start(let name, let attributes) = event else { return }
      if name == "workbookPr", let value = attributes["date1904"] { base1904 = value == "1" || value == "true" }
      guard name == "sheet", failure == nil else { return }
      guard let id = attributes["id"], let target = targets[id] else {
        failure = WorkbookReadError(.missingPart, part: relations, value: attributes["id"])
        return
      }
      entries.append(SheetEntry(name: attributes["name"] ?? "", part: target))
    }
    if let failure { throw failure }
    return (entries, base1904)
  }

  private func sharedStrings() throws(WorkbookReadError) -> [String] {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phonetic = 0
    try scan("xl/sharedStrings.xml") { event in
      switch event {
      case .start("si", _): current = ""
      case .end("si"): strings.append(current)
      case .start("rPh", _): phonetic += 1
      case .end("rPh"): phonetic -= 1
      case .start("t", _): inText = true
      case .end("t"): inText = false
      case .text(let text) where inText && phonetic == 0: current += text
      default: break
      }
    }
    return strings
  }

  /// Per cell format (`s`), whether it shows a date.
  private func dateStyles() throws(WorkbookReadError) -> [Bool] {
    var custom: [Int: String] = [:]
    var formats: [Int] = []
    var inCellFormats = false
    try scan("xl/styles.xml") { event in
      switch event {
      case .start("numFmt", let attributes):
        if let id = attributes["numFmtId"].flatMap(Int.init) { custom[id] = attributes["formatCode"] ?? "" }
      case .start("cellXfs", _): inCellFormats = true
      case .end("cellXfs"): inCellFormats = false
      case .start("xf", let attributes) where inCellFormats:
        formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
      default: break
      }
    }
    return formats.map { id in custom[id].map(Self.isDateFormat) ?? Self.builtInDates.contains(id) }
  }

  /// Excel's built-in date formats (14–22, and the East Asian ones).
  private static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

  /// Whether a format code shows a date: a `d`, `m` or `y` outside quotes, brackets and escapes.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    var escaped = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      case "d", "m", "y": if !quoted && !bracket { return true }
      default: continue
      }
    }
    return false
  }

  private func scan(_ part: String, _ body: (WorkbookXMLScanner.Event) -> Void) throws(WorkbookReadError) {
    var scanner = WorkbookXMLScanner(try parts.bytes(part))
    do {
      while let event = try scanner.next() { body(event) }
    } catch {
      throw WorkbookReadError(error, part: part)
    }
  }
}
