import PixReadyCore
import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// The workbook reader: cells as a person sees them, and a located error for anything else.
struct WorkbookReaderTests {
  private static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
  private static let relationships = #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

  /// A one-sheet `.xlsx` whose sheet data, shared strings and styles are given.
  static func xlsx(sheetData: String, strings: [String] = [], styles: String? = nil, date1904: Bool = false) -> [UInt8]
  {
    var zip = ZipWriter()
    zip.add(
      "xl/workbook.xml",
      text: "<workbook \(main) \(relationships)>\(date1904 ? #"<workbookPr date1904="1"/>"# : "")"
        + #"<sheets><sheet name="Élèves" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
    zip.add(
      "xl/_rels/workbook.xml.rels",
      text: #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
    if !strings.isEmpty {
      zip.add("xl/sharedStrings.xml", text: "<sst \(main)>" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>")
    }
    if let styles { zip.add("xl/styles.xml", text: "<styleSheet \(main)>\(styles)</styleSheet>") }
    zip.add("xl/worksheets/sheet1.xml", text: "<worksheet \(main)><sheetData>\(sheetData)</sheetData></worksheet>")
    return zip.finish()
  }

  /// A one-sheet `.ods` whose table content is given.
  static func ods(_ rows: String) -> [UInt8] {
    var zip = ZipWriter()
    zip.add("mimetype", text: "application/vnd.oasis.opendocument.spreadsheet")
    zip.add(
      "content.xml",
      text: #"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body>"#
        + #"<office:spreadsheet><table:table table:name="Feuille1">"# + rows
        + "</table:table></office:spreadsheet></office:body></office:document-content>")
    return zip.finish()
  }

  @Test func readsBackTheTemplateItWrites() throws {
    let tree = try IOTestSupport.shippedTree()
    let students = [
      StudentIdentity(values: [
        .ine: "00000000123", .nom: "Durand & Fils", .prenom: "Zoé", .dateNaissance: "05/01/2009", .classe: "3E1",
      ])
    ]
    let bytes = ClassWorkbook(tree: tree, prefill: ["garAssigned": .value("yes")]).render(students)
    let workbook = try Workbook.read(bytes: bytes)
    #expect(workbook.kind == .xlsx)
    #expect(workbook.sheetNames == ["Élèves", "Établissement", "Mode d'emploi", "Listes"])
    #expect(
      workbook.sheets[0].rows == [
        Workbook.Row(
          number: 1,
          cells: [
            "ine", "nom", "prenom", "date_naissance", "classe", "methode_orga", "compte_habituel",
            "connait_identifiants", "certificabilite",
          ]),
        Workbook.Row(number: 2, cells: ["00000000123", "Durand & Fils", "Zoé", "05/01/2009", "3E1"]),
      ])
    #expect(workbook.sheets[1].rows.map(\.cells.count) == [3, 3, 3])
    #expect(workbook.sheets[1].rows[2].cells.prefix(2) == ["gar_attribue", "Oui"])
  }

  @Test func readsSharedStringsNumbersBooleansFormulasAndDates() throws {
    let styles =
      #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>"#
      + #"<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>"#
    let bytes = Self.xlsx(
      sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>"#
        + #"<row r="3"><c r="A3"><v>123</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="str"><f>A1</f><v>Oui</v></c>"#
        + #"<c r="D3" s="1"><v>39818</v></c><c r="E3" s="2"><v>39818.5</v></c><c r="F3"><v>30.0</v></c>"#
        + #"<c r="G3" t="inlineStr"><is><r><t>Identi</t></r><r><t xml:space="preserve">fiant &amp; co</t></r></is></c>"#
        + #"<c r="H3" t="d"><v>2009-01-05T00:00:00</v></c></row>"#,
      strings: ["<t>ine</t>", "<r><t>Méd</t></r><r><t>iacentre</t></r><rPh><t>x</t></rPh>"], styles: styles)
    let sheet = try #require(try Workbook.read(bytes: bytes).sheets.first)
    #expect(
      sheet.rows == [
        Workbook.Row(number: 1, cells: ["ine", "", "Médiacentre"]),
        Workbook.Row(
          number: 3, cells: ["123", "TRUE", "Oui", "05/01/2009", "05/01/2009", "30", "Identifiant & co", "05/01/2009"]),
      ])
  }

  @Test(arguments: [
    (39818.0, false, "05/01/2009"), (1, false, "01/01/1900"), (59, false, "28/02/1900"), (60, false, "29/02/1900"),
    (61, false, "01/03/1900"), (2_958_465, false, "31/12/9999"), (0, true, "01/01/1904"), (38356, true, "05/01/2009"),
  ])
  func turnsDateSerialsBackIntoFrenchDates(serial: Double, base1904: Bool, expected: String) {
    #expect(SpreadsheetDate.text(serial: serial, base1904: base1904) == expected)
  }

  @Test func readsAnOpenDocumentSheetWithRepeatsTypesAndParagraphs() throws {
    let bytes = Self.ods(
      #"<table:table-row><table:table-cell office:value-type="string"><text:p>ine</text:p></table:table-cell>"#
        + #"<table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>Identifiant</text:p>"#
        + #"<text:p>Adresse<text:s text:c="2"/>e-mail</text:p><office:annotation><text:p>note</text:p></office:annotation>"#
        + #"</table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row>"#
        + #"<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>"#
        + #"<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="123">"#
        + #"<text:p>123</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2009-01-05"/>"#
        + #"<table:table-cell office:value-type="boolean" office:boolean-value="false"/></table:table-row>"#
        + #"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>"#
        + "</table:table-row>")
    let workbook = try Workbook.read(bytes: bytes)
    #expect(workbook.kind == .ods)
    #expect(
      workbook.sheets[0].rows == [
        Workbook.Row(number: 1, cells: ["ine", "", "", "Identifiant\nAdresse  e-mail"]),
        Workbook.Row(number: 5, cells: ["123", "05/01/2009", "FALSE"]),
        Workbook.Row(number: 6, cells: ["123", "05/01/2009", "FALSE"]),
      ])
  }

  @Test func refusesADocumentTypeDeclarationNamingThePart() throws {
    var zip = ZipWriter()
    zip.add("content.xml", text: "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>")
    let error = try #require(throws: WorkbookReadError.self) { try Workbook.read(bytes: zip.finish()) }
    #expect(error.code == .xml(.documentTypeDeclaration))
    #expect(error.part == "content.xml")
    #expect(error.line == 2)
    #expect(
      WorkbookMessages(language: .fr).message(error, path: "classe.ods").hasPrefix(
        "« classe.ods » (content.xml, ligne 2, colonne 1) : déclaration <!DOCTYPE ou <!ENTITY refusée. Ouvrez-le"))
  }

  @Test func namesTheCellOfAMissingSharedString() {
    let bytes = Self.xlsx(sheetData: #"<row r="12"><c r="B12" t="s"><v>7</v></c></row>"#, strings: ["<t>a</t>"])
    #expect(
      throws: WorkbookReadError(
        .badSharedString, part: "xl/worksheets/sheet1.xml", sheet: "Élèves", cell: CellReference("B12"), value: "7")
    ) { try Workbook.read(bytes: bytes) }
  }

  @Test(arguments: [
    (#"<row r="2"><c r="B2"><v>1</v></c></row><row r="1"></row>"#, "1"),
    (#"<row><c r="ZZZZ1"><v>1</v></c></row>"#, "ZZZZ1"),
  ])
  func refusesRowsAndCellsOutOfPlace(sheetData: String, value: String) throws {
    let error = try #require(throws: WorkbookReadError.self) {
      try Workbook.read(bytes: Self.xlsx(sheetData: sheetData))
    }
    #expect(error.code == .badCellReference)
    #expect(error.value == value)
  }

  @Test func givesTheLineOfMalformedXML() throws {
    let bytes = Self.xlsx(
      sheetData: "<row r=\"1\">\n<c r=\"A1\"><v>1</v></c>\n<c r=\"B1\" t=\"s\"><v>&bogus;</v></c></row>")
    let error = try #require(throws: WorkbookReadError.self) { try Workbook.read(bytes: bytes) }
    #expect(error.code == .xml(.undeclaredEntity("bogus")))
    #expect(error.sheet == "Élèves")
    #expect(error.line == 3)
  }

  @Test func refusesRepeatedCellsBeyondTheCellLimit() throws {
    let bytes = Self.ods(
      #"<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="1000">"#
        + "<text:p>x</text:p></table:table-cell></table:table-row>")
    #expect(throws: WorkbookReadError(.tooManyCells(limit: 5_000_000), part: "content.xml", sheet: "Feuille1")) {
      try Workbook.read(bytes: bytes)
    }
  }

  @Test func refusesAZipThatIsNotAWorkbook() throws {
    var zip = ZipWriter()
    zip.add("ElevesSansAdresses.xml", text: "<BEE_ELEVES/>")
    #expect(throws: WorkbookReadError(.notAWorkbook)) { try Workbook.read(bytes: zip.finish()) }
    #expect(throws: WorkbookReadError(.archive(.notAnArchive))) { try Workbook.read(bytes: Array("ine;nom".utf8)) }
  }

  @Test func neverCrashesOnDamagedBytes() throws {
    let tree = try IOTestSupport.shippedTree()
    let original = ClassWorkbook(tree: tree).render([StudentIdentity(values: [.ine: "1", .nom: "A"])])
    var random = SplitMix(seed: 14)
    var refused = 0
    for _ in 0..<300 {
      var bytes = original
      for _ in 0..<(1 + random.next() % 8) {
        bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
      }
      if (try? Workbook.read(bytes: bytes)) == nil { refused += 1 }
    }
    #expect(refused > 250, "a changed byte breaks a CRC-32")
    // The XML itself damaged, in an archive that is sound: the scanner must refuse, never crash.
    let sheet = Array(
      #"<row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;b</t></is></c><c r="B1" t="s"><v>0</v></c></row>"#.utf8)
    let alphabet = Array("<>/=\"&;#x9 az".utf8)
    for _ in 0..<2000 {
      var xml = sheet
      for _ in 0..<(1 + random.next() % 4) {
        xml[Int(random.next() % UInt64(xml.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
      }
      _ = try? Workbook.read(bytes: Self.xlsx(sheetData: String(decoding: xml, as: UTF8.self), strings: ["<t>s</t>"]))
      _ = try? Workbook.read(bytes: Self.ods(String(decoding: xml, as: UTF8.self)))
    }
  }
}
