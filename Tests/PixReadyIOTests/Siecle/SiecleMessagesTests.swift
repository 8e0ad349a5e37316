import PixReadyCore
import PixReadyIO
import Testing

/// Every SIECLE problem has a French and an English sentence.
struct SiecleMessagesTests {
  static let problems: [SiecleProblem] = [
    .unreadable(reason: "Permission denied"), .fileTooLarge(limit: 256 << 20), .notXMLOrZip(found: .empty),
    .notXMLOrZip(found: .pdf),
    .notXMLOrZip(found: .officeDocument), .notXMLOrZip(found: .legacyOfficeDocument),
    .notXMLOrZip(found: .text("a;b")), .notXMLOrZip(found: .binary), .archive(.notAnArchive), .archive(.corrupt),
    .archive(.zip64), .archive(.tooManyEntries(count: 2000, limit: 1000)),
    .archive(.entryTooLarge(name: "a.xml", size: 300 << 20, limit: 256 << 20)),
    .archive(.suspiciousRatio(name: "a.xml", ratio: 1000, limit: 200)), .archive(.encrypted(name: "a.xml")),
    .archive(.unsupportedMethod(name: "a.xml", method: 12)), .archive(.invalidData(name: "a.xml", reason: .truncated)),
    .archive(.checksumMismatch(name: "a.xml")), .noXMLInArchive(entries: []), .severalXMLInArchive(names: ["a", "b"]),
    .unsupportedEncoding("x-macthai"), .encodingConflict(declared: "ISO-8859-15"), .documentTypeDeclaration,
    .prologTooLong, .notSiecleExport(root: "A"),
    .malformedXML(.unexpectedEndOfFile), .malformedXML(.invalidBytes(encoding: "UTF-8")),
    .malformedXML(.undeclaredEntity("xxe")), .malformedXML(.mismatchedEndTag(expected: "A", found: "B")),
    .malformedXML(.processingInstruction), .noStudents, .missingUAI, .missingINE, .emptyINE,
    .duplicateINE(ine: "X", firstLine: 3),
    .missingDivision(.noStructure), .missingDivision(.groupsOnly), .missingDivision(.inactive), .missingLastName,
    .missingFirstName, .missingBirthdate, .invalidBirthdate("1922-07-07"), .missingSexCode, .missingBirthCityCode,
  ]

  @Test(arguments: problems)
  func hasAFrenchAndAnEnglishSentence(problem: SiecleProblem) {
    let finding = SiecleFinding(problem, at: SourceLocation(file: "a.xml", line: 3))
    let french = finding.message(in: .fr)
    let english = finding.message(in: .en)
    #expect(!french.isEmpty && !english.isEmpty && french != english)
    #expect(finding.formatted(in: .fr).hasPrefix("a.xml:3: "))
    #expect(finding.formatted(in: .fr).hasSuffix(" [\(problem.code)]"))
  }

  @Test func namesTheStudentOfAFinding() {
    let student = SiecleStudent(id: "0001", ine: "00000000123", lastName: "HANDMADE", firstName: "Luciole")
    let finding = SiecleFinding(
      .missingDivision(.inactive), at: SourceLocation(file: "a.xml", line: 8), student: student)
    #expect(
      finding.message(in: .en)
        == "Luciole HANDMADE has no division in SIECLE (division 'Inactifs'): the student stays in the file (empty "
        + "classe column), but Pix Orga will not import them, without any error message. Assign the student to a "
        + "division in SIECLE.")
    #expect(
      finding.message(in: .fr)
        == "Luciole HANDMADE n'a pas de division dans SIECLE (division « Inactifs ») : cet élève reste dans le "
        + "fichier (colonne classe vide), mais Pix Orga ne l'importera pas, sans message d'erreur. Affectez cet élève "
        + "à une division dans SIECLE.")
  }
}
