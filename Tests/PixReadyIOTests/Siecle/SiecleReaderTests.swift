import PixReadyCore
import PixReadyIO
import Testing

/// Reading « Élèves sans adresse » exports: students, divisions, encodings, zip, and findings.
struct SiecleReaderTests {
  private let xmlName = SiecleFixtures.path("siecle/eleves-iso-8859-15.xml")

  @Test func readsTheSchoolAndItsStudents() {
    let export = SiecleFixtures.read("eleves-iso-8859-15.xml")
    #expect(export.isUsable)
    #expect(export.uai == "0350099X")
    #expect(export.encoding == "ISO-8859-15")
    #expect(export.students.map(\.id) == ["1001", "1002", "1003", "1005", "1006", "1007", "1008", "1009"])
    #expect(export.students.map(\.division) == ["2NDE3", "2NDE3", "2NDE1", "2NDE1", "", "1G2", "2NDE3", "2NDE1"])
    #expect(export.divisions == ["1G2", "2NDE1", "2NDE3"])
  }

  /// `Œ` (0xBC), `Š` (0xA6) and `š` (0xA8) are where ISO-8859-15 differs from Latin-1.
  @Test func decodesISO885915() {
    let export = SiecleFixtures.read("eleves-iso-8859-15.xml")
    #expect(
      export.students[1]
        == SiecleStudent(
          id: "1002", ine: "123456790AC", lastName: "CŒUR", firstName: "Noé", otherFirstNames: ["Gaëtan"],
          birthdate: "03/07/2009", sexCode: "1", birthCountryCode: "100", birthCityCode: "35238", division: "2NDE3",
          line: 32))
    #expect(export.students[2].firstName == "Šárka")
    #expect(export.students[2].lastName == "NOVÁKOVÁ")
  }

  @Test func setsAsideStudentsWhoLeft() {
    let export = SiecleFixtures.read("eleves-iso-8859-15.xml")
    #expect(export.leftCount == 1)
    #expect(export.leftStudents.map(\.id) == ["1004"])
    #expect(export.leftStudents[0].leavingDate == "15/11/2024")
    #expect(export.students(includingLeft: true).count == 9)
  }

  @Test func keepsStudentsWithoutINEOrDivisionAndSaysSo() {
    let export = SiecleFixtures.read("eleves-iso-8859-15.xml")
    #expect(export.findings.map(\.code) == ["missing-ine", "missing-division"])
    #expect(export.findings.map(\.location.line) == [95, 115])
    #expect(export.findings.map(\.student?.id) == ["1005", "1006"])
    #expect(export.findings[1].problem == .missingDivision(.groupsOnly))
    #expect(export.findings.allSatisfy { $0.severity == .warning })
    #expect(
      export.findings[0].formatted(in: .fr)
        == xmlName + ":95: avertissement : Hugo BERNARD n'a pas d'INE dans SIECLE : cet élève reste dans le fichier "
        + "(colonne ine vide), mais Pix Orga ne l'importera pas, sans message d'erreur. Complétez l'INE dans SIECLE. "
        + "[missing-ine]")
  }

  @Test func readsTheZipAsDownloadedLikeTheXML() {
    let xml = SiecleFixtures.read("eleves-iso-8859-15.xml")
    let zipped = SiecleFixtures.read("ElevesSansAdresses.zip")
    #expect(zipped.isUsable)
    #expect(zipped.sourceName == SiecleFixtures.path("siecle/ElevesSansAdresses.zip") + "/ElevesSansAdresses.xml")
    #expect(zipped.students == xml.students)
    #expect(zipped.leftStudents == xml.leftStudents)
    #expect(zipped.findings.map(\.problem) == xml.findings.map(\.problem))
  }

  @Test func findsTheXMLInAFolderOfTheZip() {
    let export = SiecleFixtures.read("in-folder.zip")
    #expect(export.isUsable)
    #expect(export.students.count == 8)
  }

  @Test func readsUTF8WithAByteOrderMark() {
    let export = SiecleFixtures.read("eleves-utf8-bom.xml")
    #expect(export.encoding == "UTF-8")
    #expect(export.students == SiecleFixtures.read("eleves-iso-8859-15.xml").students)
  }

  @Test func readsFromMemoryLikeFromAFile() throws {
    let bytes = try SiecleFixtures.bytes("siecle/ElevesSansAdresses.zip")
    let export = SiecleReader.read(bytes: bytes, sourceName: "ElevesSansAdresses.zip")
    #expect(export.sourceName == "ElevesSansAdresses.zip/ElevesSansAdresses.xml")
    #expect(export.students == SiecleFixtures.read("eleves-iso-8859-15.xml").students)
  }

  @Test func takesTheLastDivisionAndIgnoresGroupsAndInactive() {
    let students = [
      SiecleFixtures.eleve("1", ine: "A1"), SiecleFixtures.eleve("2", ine: "A2"), SiecleFixtures.eleve("3", ine: "A3"),
    ].joined()
    let structures = """
      <STRUCTURES_ELEVE ELEVE_ID="1"><STRUCTURE><CODE_STRUCTURE>G1</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE>\
      </STRUCTURE><STRUCTURE><CODE_STRUCTURE>3A</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>\
      <STRUCTURE><CODE_STRUCTURE>3B</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>
      \(SiecleFixtures.division("2", "Inactifs"))
      """
    let export = SiecleFixtures.read(xml: SiecleFixtures.xml(students: students, structures: structures))
    #expect(export.students.map(\.division) == ["3B", "", ""])
    #expect(export.students.map(\.divisionGap) == [nil, .inactive, .noStructure])
  }

  @Test func reportsEveryProblemOfTheFileTogether() {
    let students = [
      SiecleFixtures.eleve("1", ine: "A1"),
      SiecleFixtures.eleve("2", ine: "", naissance: ""),
      SiecleFixtures.eleve("3", ine: "A1", naissance: "2009-02-01", extra: "<CODE_SEXE></CODE_SEXE>"),
      SiecleFixtures.eleve("4", ine: "A4", nom: "", prenom: "", extra: "<CODE_PAYS>100</CODE_PAYS>"),
    ].joined(separator: "\n")
    let structures = ["1", "2", "3", "4"].map { SiecleFixtures.division($0, "3A") }.joined()
    let export = SiecleFixtures.read(xml: SiecleFixtures.xml(uai: nil, students: students, structures: structures))
    #expect(export.isUsable)
    #expect(
      export.findings.map(\.problem) == [
        .missingUAI, .emptyINE, .missingBirthdate, .duplicateINE(ine: "A1", firstLine: 6),
        .invalidBirthdate("2009-02-01"), .missingSexCode, .missingLastName, .missingFirstName, .missingBirthCityCode,
      ])
    #expect(export.findings.filter(\.problem.pixOrgaRefusesFile).count == 7)
  }

  @Test func recognisesTheFileByContentNotByName() {
    let export = SiecleReader.read(bytes: Array("ine;nom;prenom\n1;A;B\n".utf8), sourceName: "ElevesSansAdresses.xml")
    #expect(export.findings.map(\.problem) == [.notXMLOrZip(found: .text("ine;nom;prenom"))])
    #expect(!export.isUsable)
    #expect(
      export.findings[0].message(in: .fr)
        == "ce n'est pas un export SIECLE mais du texte qui commence par « ine;nom;prenom ». Il faut l'export SIECLE "
        + "« Élèves sans adresse » (Exportations > En XML), le .zip tel que téléchargé ou le fichier "
        + "ElevesSansAdresses.xml qu'il contient.")
  }

  @Test(arguments: [
    ([UInt8](), SiecleProblem.Content.empty), (Array("%PDF-1.7\n".utf8), .pdf),
    ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], .legacyOfficeDocument), ([0x00, 0x01, 0x02], .binary),
    ([0x4E, 0x4F, 0x4D, 0x3B, 0xC9, 0x4C, 0xC8, 0x56, 0x45], .text("NOM;ÉLÈVE")),
  ])
  func describesWhatWasFound(bytes: [UInt8], content: SiecleProblem.Content) {
    #expect(SiecleReader.read(bytes: bytes, sourceName: "x").findings.map(\.problem) == [.notXMLOrZip(found: content)])
  }

  @Test func refusesArchivesWithoutExactlyOneXML() {
    #expect(
      SiecleFixtures.read("two-xml.zip").findings.map(\.problem) == [
        .severalXMLInArchive(names: ["ElevesSansAdresses.xml", "Copie/Eleves.xml"])
      ])
    #expect(
      SiecleFixtures.read("no-xml.zip").findings.map(\.problem) == [
        .noXMLInArchive(entries: ["lisez-moi.txt", ".cache/x.xml"])
      ])
    #expect(SiecleFixtures.read("office.zip").findings.map(\.problem) == [.notXMLOrZip(found: .officeDocument)])
    #expect(SiecleFixtures.read("broken.zip").findings.map(\.problem) == [.archive(.notAnArchive)])
  }

  @Test func refusesAZipBomb() throws {
    let export = SiecleReader.read(path: SiecleFixtures.path("zip/bomb.zip"))
    #expect(
      export.findings.map(\.problem) == [
        .archive(.suspiciousRatio(name: "ElevesSansAdresses.xml", ratio: 1029, limit: 200))
      ])
    #expect(
      export.findings[0].message(in: .en)
        == "'ElevesSansAdresses.xml' is compressed 1029 times (at most 200): likely a zip bomb, refused.")
  }

  @Test func refusesAnotherXMLFileSayingWhatWasFound() {
    let export = SiecleFixtures.read("not-siecle.xml")
    #expect(export.findings.map(\.problem) == [.notSiecleExport(root: "BEE_NOMENCLATURES")])
    #expect(
      export.findings[0].message(in: .en).hasPrefix(
        "not an 'Élèves sans adresse' export (it starts with <BEE_NOMENCLATURES>, not <BEE_ELEVES>). "
          + "Give the SIECLE export"))
  }

  @Test func reportsATruncatedFileWithItsLine() {
    let export = SiecleFixtures.read("truncated.xml")
    #expect(!export.isUsable)
    #expect(export.findings.first?.problem == .malformedXML(.unexpectedEndOfFile))
    #expect(export.findings.first?.location.line == 37)
    #expect(export.findings.first?.message(in: .fr).hasPrefix("XML mal formé (fin de fichier inattendue)") == true)
  }

  @Test func refusesBOMsOtherThanUTF8AndUnknownEncodings() {
    #expect(
      SiecleReader.read(bytes: [0xFF, 0xFE, 0x3C, 0x00], sourceName: "x").findings.map(\.problem) == [
        .unsupportedEncoding("UTF-16")
      ])
    let macThai = "<?xml version=\"1.0\" encoding='x-macthai'?>\n<BEE_ELEVES/>"
    #expect(SiecleFixtures.read(xml: macThai).findings.map(\.problem) == [.unsupportedEncoding("x-macthai")])
  }

  @Test func refusesAUTF8ByteOrderMarkWithAnotherDeclaredEncoding() {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<BEE_ELEVES/>".utf8)
    let export = SiecleReader.read(bytes: bytes, sourceName: "x.xml")
    #expect(export.findings.map(\.problem) == [.encodingConflict(declared: "ISO-8859-15")])
  }

  @Test(arguments: ["ISO-8859-15", "iso-8859-15", "LATIN9", "ISO8859-15"])
  func acceptsSpellingsOfISO885915(spelling: String) {
    let head = "<?xml version=\"1.0\" encoding=\"\(spelling)\"?>\n<BEE_ELEVES><PARAMETRES><UAJ>C"
    let bytes = Array(head.utf8) + [0xBC, 0xBD] + Array("</UAJ></PARAMETRES></BEE_ELEVES>".utf8)
    let export = SiecleReader.read(bytes: bytes, sourceName: "x.xml")
    #expect(export.encoding == "ISO-8859-15")
    #expect(export.uai == "CŒœ")
  }

  @Test func reportsBytesThatAreNotUTF8() {
    let bytes =
      Array("<?xml version=\"1.0\"?>\n<BEE_ELEVES><PARAMETRES><UAJ>L".utf8) + [0xE9, 0x61]
      + Array("</UAJ></PARAMETRES></BEE_ELEVES>".utf8)
    let export = SiecleReader.read(bytes: bytes, sourceName: "x.xml")
    #expect(export.findings.first?.problem == .malformedXML(.invalidBytes(encoding: "UTF-8")))
    #expect(export.findings.first?.location.line == 2)
  }

  @Test func reportsAnUnreadablePath() {
    let missing = SiecleReader.read(path: "/nonexistent/ElevesSansAdresses.zip")
    #expect(missing.findings.map(\.problem) == [.unreadable(reason: "No such file or directory")])
    let folder = SiecleReader.read(path: SiecleFixtures.path("siecle"))
    #expect(folder.findings.map(\.problem) == [.unreadable(reason: "Is a directory")])
  }

  @Test func refusesAnExportWithoutStudents() {
    let export = SiecleFixtures.read(xml: SiecleFixtures.xml(students: ""))
    #expect(export.findings.map(\.problem) == [.noStudents])
    #expect(!export.isUsable)
  }
}
