/// Packs worksheets into an Office Open XML workbook (`.xlsx`): the parts, their relationships and
/// a small style sheet, in a zip whose entries are stored.
struct WorkbookPackage: Sendable {
  /// The sheets, in tab order; the first is the one shown on opening.
  var sheets: [Worksheet]

  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let package = "http://schemas.openxmlformats.org/package/2006"
  private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

  /// The bytes of the `.xlsx` file.
  func bytes() -> [UInt8] {
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", text: contentTypes())
    zip.add("_rels/.rels", text: rootRelationships())
    zip.add("xl/workbook.xml", text: workbook())
    zip.add("xl/_rels/workbook.xml.rels", text: workbookRelationships())
    zip.add("xl/styles.xml", text: Self.styles)
    for (index, sheet) in sheets.enumerated() {
      zip.add("xl/worksheets/sheet\(index + 1).xml", text: sheet.xml(selected: index == 0))
    }
    return zip.finish()
  }

  private func contentTypes() -> String {
    let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    var xml = Self.header + "<Types xmlns=\"\(Self.package)/content-types\">"
    xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).sheet.main+xml\"/>"
    xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).styles+xml\"/>"
    for index in sheets.indices {
      xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(office).worksheet+xml\"/>"
    }
    return xml + "</Types>"
  }

  private func rootRelationships() -> String {
    Self.header + "<Relationships xmlns=\"\(Self.package)/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
      + "</Relationships>"
  }

  private func workbook() -> String {
    var xml = Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
    xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (index, sheet) in sheets.enumerated() {
      xml += "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\""
      xml += sheet.isHidden ? " state=\"hidden\"" : ""
      xml += " r:id=\"rId\(index + 1)\"/>"
    }
    return xml + "</sheets></workbook>"
  }

  private func workbookRelationships() -> String {
    var xml = Self.header + "<Relationships xmlns=\"\(Self.package)/relationships\">"
    for index in sheets.indices {
      xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationships)/worksheet\" "
      xml += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    xml += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
    return xml + "</Relationships>"
  }

  /// The formats of ``Worksheet/Style``, in their order: normal, text (`@`, format 49), bold text,
  /// wrapped.
  private static let styles =
    header + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    + "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"
}
