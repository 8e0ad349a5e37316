import PixReadyCore
import PixReadyIO
import Testing

/// The roster cross-check with SIECLE, fed row by row as `check --siecle` streams the roster.
struct RosterCrossCheckTests {
  private let lea = SiecleStudent(
    id: "1", ine: "123456789AB", lastName: "MARTIN", firstName: "Léa", otherFirstNames: ["Éloïse"],
    birthdate: "14/02/2009", division: "2NDE3")
  private let noe = SiecleStudent(
    id: "2", ine: "123456790AC", lastName: "CŒUR", usualLastName: "DURAND", firstName: "Noé", birthdate: "03/07/2009",
    division: "2NDE3")
  private let hugo = SiecleStudent(
    id: "3", ine: "", hasINEElement: false, lastName: "BERNARD", firstName: "Hugo", birthdate: "05/05/2009",
    division: "2NDE1")
  private let jules = SiecleStudent(
    id: "4", ine: "123456792AE", lastName: "PETIT", firstName: "Jules", birthdate: "11/11/2008",
    leavingDate: "15/11/2024", division: "2NDE1")
  private let anais = SiecleStudent(
    id: "5", ine: "123456794AG", lastName: "LEROY", firstName: "Anaïs", birthdate: "30/06/2007", division: "1G2")

  private var export: SiecleExport {
    SiecleExport(sourceName: "ElevesSansAdresses.xml", students: [lea, noe, hugo, anais], leftStudents: [jules])
  }

  private func row(_ ine: String, _ nom: String, _ prenom: String, _ date: String = "", _ classe: String = "")
    -> StudentIdentity
  {
    StudentIdentity(values: [.ine: ine, .nom: nom, .prenom: prenom, .dateNaissance: date, .classe: classe])
  }

  @Test func aCompleteRosterHoldsEverySiecleStudent() {
    var check = RosterCrossCheck(export: export, currentYear: 2026)
    check.add(row("123456789AB", "Martin", "Lea", "2009-02-14"), row: 1)
    check.add(row("123456790ac", "Durand", "Noé", "3/7/2009"), row: 2)
    check.add(row("", "BERNARD", "Hugo", "05/05/2009"), row: 3)
    check.add(row("123456794AG", "LEROY", "Anaïs"), row: 4)
    #expect(check.findings() == [])
    #expect(check.holdsEverySiecleStudent)
    #expect(check.missingCount == 0)
  }

  /// Rosters typed in Excel lose the accents of other alphabets: « NOVAKOVA Sarka » is « NOVÁKOVÁ Šárka ».
  @Test func matchesANameWithoutItsAccentsWhenTheRowHasNoINE() {
    let sarka = SiecleStudent(
      id: "6", ine: "123456791AD", lastName: "NOVÁKOVÁ", firstName: "Šárka", birthdate: "29/02/2008",
      division: "2NDE1")
    var check = RosterCrossCheck(
      export: SiecleExport(sourceName: "ElevesSansAdresses.xml", students: [sarka], leftStudents: []), currentYear: 2026
    )
    check.add(row("", "NOVAKOVA", "Sarka", "29/02/2008", "2NDE1"), row: 1)
    #expect(check.findings().map(\.kind) == [.matchedWithoutINE])
    #expect(check.holdsEverySiecleStudent)
  }

  @Test func listsSiecleStudentsMissingFromTheRosterByDivision() {
    var check = RosterCrossCheck(export: export, currentYear: 2026)
    check.add(row("123456790AC", "CŒUR", "Noé"), row: 1)
    #expect(
      check.findings() == [
        RosterFinding(.missingFromRoster, siecle: anais), RosterFinding(.missingFromRoster, siecle: hugo),
        RosterFinding(.missingFromRoster, siecle: lea),
      ])
    #expect(!check.holdsEverySiecleStudent)
    #expect(check.missingCount == 3)
  }

  @Test func limitsMissingStudentsToAScope() {
    var byRoster = RosterCrossCheck(export: export, scope: .rosterDivisions, currentYear: 2026)
    byRoster.add(row("123456790AC", "CŒUR", "Noé", "", "2nde3"), row: 1)
    #expect(byRoster.findings() == [RosterFinding(.missingFromRoster, siecle: lea)])
    var byDivision = RosterCrossCheck(export: export, scope: .divisions(["1G2"]), currentYear: 2026)
    byDivision.add(row("123456794AG", "LEROY", "Anaïs"), row: 1)
    #expect(byDivision.holdsEverySiecleStudent)
  }

  @Test func reportsUnknownAndLeftStudents() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("999999999ZZ", "INCONNU", "Paul"), row: 1, line: 2)
    check.add(row("123456792AE", "PETIT", "Jules"), row: 2, line: 3)
    check.add(row("", "Petit", "Jules", "11/11/2008"), row: 3, line: 4)
    let findings = check.findings()
    #expect(findings.map(\.kind) == [.unknownToSiecle, .leftSchool, .leftSchool])
    #expect(findings.map(\.row) == [1, 2, 3])
    #expect(
      findings[1].message(in: .fr)
        == "ligne 3 : « Jules PETIT » (INE 123456792AE) a quitté l'établissement le 15/11/2024 selon SIECLE ; "
        + "retirez cet élève de la liste.")
    #expect(
      findings[0].message(in: .en)
        == "line 2: SIECLE does not know 'Paul INCONNU' (INE 999999999ZZ), neither by INE nor by name and "
        + "birthdate; check the INE, or use a newer SIECLE export.")
  }

  @Test func reportsNamesAndBirthdatesThatDifferForTheSameINE() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("123456789AB", "MARTINE", "Léa", "14/02/2009"), row: 1)
    check.add(row("123456790AC", "CŒUR", "Noé", "07/03/2009"), row: 2)
    check.add(row("123456794AG", "LEROY", "Anaïs", "pas de date"), row: 3)
    check.add(row("123456794AG", "LEROY", "Anaïs"), row: 4)
    let findings = check.findings()
    #expect(findings.map(\.kind) == [.nameDiffers, .birthdateDiffers, .birthdateDiffers, .duplicateINE])
    #expect(findings[3].firstRow == 3)
    #expect(
      findings[1].message(in: .fr)
        == "élève n° 2 de la liste : même INE mais date de naissance différente pour « Noé CŒUR » (INE 123456790AC, "
        + "date de naissance 07/03/2009), 07/03/2009 dans la liste et 03/07/2009 dans SIECLE. Corrigez la liste, "
        + "car l'élève en aura besoin pour rejoindre Pix Orga.")
    // Issue 19, point 11: not « déjà présent à l'élève n° 3 ».
    #expect(
      findings[3].message(in: .fr)
        == "élève n° 4 de la liste : l'INE 123456794AG est déjà celui du 3e élève de la liste ; supprimez le doublon.")
  }

  @Test func acceptsAllFirstNamesAndTheUsualLastName() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("123456789AB", "martin", "Léa Éloïse"), row: 1)
    check.add(row("123456790AC", "Durand", "noe"), row: 2)
    #expect(check.findings() == [])
  }

  @Test func matchesRowsWithoutINEByNameAndBirthdate() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("", "Martin", "Léa", "14/02/2009"), row: 1)
    check.add(row("", "LEROY", "Anaïs", "01/01/2001"), row: 2)
    let findings = check.findings()
    #expect(findings.map(\.kind) == [.matchedWithoutINE, .unknownToSiecle])
    #expect(findings[0].ine == "123456789AB")
    #expect(
      findings[0].message(in: .en)
        == "roster student #1: 'Léa Martin' (born 14/02/2009) has no INE; SIECLE gives 123456789AB (same name and "
        + "birthdate), add it.")
  }

  @Test func findsAWrongINEByNameAndBirthdate() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("123456789XX", "MARTIN", "Léa", "14/02/2009"), row: 1)
    #expect(check.findings().map(\.kind) == [.ineDiffers])
    #expect(check.findings().first?.siecle == lea)
  }

  /// Hugo has no INE in SIECLE: a row with an INE and his name and birthdate is him, said once by SIECLE's findings.
  @Test func acceptsAnINEThatSiecleLacks() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("123456799ZZ", "BERNARD", "Hugo", "05/05/2009"), row: 1)
    #expect(check.findings() == [])
    var school = RosterCrossCheck(export: export, scope: .divisions(["2NDE1"]), currentYear: 2026)
    school.add(row("123456799ZZ", "BERNARD", "Hugo", "05/05/2009"), row: 1)
    #expect(school.holdsEverySiecleStudent)
  }

  /// A row whose INE is known claims its student first, even when a row without INE comes earlier.
  @Test func matchesByINEBeforeMatchingByName() {
    var check = RosterCrossCheck(export: export, scope: .school, currentYear: 2026)
    check.add(row("", "MARTIN", "Léa"), row: 1)
    check.add(row("123456789AB", "MARTIN", "Léa"), row: 2)
    let findings = check.findings()
    #expect(findings.first?.kind == .unknownToSiecle)
    #expect(findings.first?.row == 1)
  }

  /// The roster is the teacher's file, not Pix Orga's list: the summary never speaks of question 1.
  @Test func summarisesTheCheckWithoutQuestionOne() {
    var check = RosterCrossCheck(export: export, currentYear: 2026)
    check.add(row("123456792AE", "PETIT", "Jules"), row: 1)
    let messages = RosterMessages(language: .fr)
    #expect(
      messages.summary(check.findings(), mismatch: check.mismatch)
        == "Contrôle SIECLE : 4 élèves de SIECLE absents de votre fichier (ajoutez-les), 0 inconnu de SIECLE, "
        + "1 parti, 0 différence d'identité.")
    #expect(
      check.findings().first { $0.kind == .missingFromRoster }?.message(in: .fr)
        .hasSuffix(
          " est dans SIECLE mais pas dans votre fichier ; ajoutez cet élève (pixready template --siecle écrit la liste complète)."
        ) == true)
  }

  /// Same INE: the sentence names the parts that differ, birthdate included, in one finding.
  @Test func namesThePartsOfTheIdentityThatDiffer() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    check.add(row("123456789AB", "MARTIN", "Lina", "14/02/2009"), row: 1, line: 2)
    check.add(row("123456790AC", "DUPONT", "Noé", "04/07/2009"), row: 2, line: 3)
    let findings = check.findings()
    #expect(findings.map(\.kind) == [.nameDiffers, .nameDiffers])
    #expect(findings.map(\.parts) == [[.firstName], [.lastName, .birthdate]])
    #expect(findings[0].message(in: .fr).hasPrefix("ligne 2 : même INE mais prénom différent, « Lina MARTIN »"))
    #expect(findings[1].message(in: .fr).hasPrefix("ligne 3 : même INE mais nom et date de naissance différents, "))
    #expect(findings[1].message(in: .en).hasPrefix("line 3: same INE but different last name and birthdate, "))
  }

  /// An export of another school: said once, with its UAI and year, instead of a line per student.
  @Test func saysOnceThatTheExportIsProbablyAnotherSchools() {
    var other = export
    other.uai = "0350099X"
    other.schoolYear = "2024"
    var check = RosterCrossCheck(export: other, currentYear: 2026)
    check.add(row("123456789AB", "MARTIN", "Léa"), row: 1)
    for number in 2...5 { check.add(row("99999999\(number)ZZ", "NOM\(number)", "Prénom"), row: number) }
    #expect(check.mismatch == RosterCrossCheck.Mismatch(matched: 1, rows: 5, uai: "0350099X", schoolYear: "2024"))
    #expect(check.findings() == [])
    #expect(
      RosterMessages(language: .fr).summary(check.findings(), mismatch: check.mismatch)
        == "Contrôle SIECLE : un seul des 5 élèves de votre fichier est dans l'export SIECLE (UAI 0350099X, année "
        + "2024-2025), qui vient sans doute d'un autre établissement ou d'une autre année. Prenez l'export de "
        + "l'établissement pour l'année en cours (les élèves inconnus de SIECLE ne sont pas listés un à un). "
        + "0 parti, 0 différence d'identité.")
    var half = RosterCrossCheck(export: other, currentYear: 2026)
    for ine in ["123456789AB", "123456790AC"] { half.add(row(ine, "", ""), row: 1) }
    for number in 3...4 { half.add(row("99999999\(number)ZZ", "NOM", "Prénom"), row: number) }
    #expect(half.mismatch == nil)
  }

  /// A spreadsheet saved the roster as CSV: `00000000123` became `123`, `05/01/2009` became `05/01/09`.
  @Test func recognisesAStudentWhoseINEAndBirthYearASpreadsheetShortened() {
    let zoe = SiecleStudent(
      id: "7", ine: "00000000123", lastName: "ROUX", firstName: "Zoé", birthdate: "05/01/2009", division: "3E1")
    let paul = SiecleStudent(
      id: "8", ine: "0000000456A", lastName: "ROUX", firstName: "Paul", birthdate: "05/01/1998", division: "3E1")
    var check = RosterCrossCheck(
      export: SiecleExport(sourceName: "ElevesSansAdresses.xml", students: [zoe, paul], leftStudents: []),
      currentYear: 2026)
    check.add(row("123", "Roux", "Zoé", "05/01/09", "3E1"), row: 1, line: 2)
    check.add(row("0000000456A", "Roux", "Paul", "5/1/98", "3E1"), row: 2, line: 3)
    let findings = check.findings()
    #expect(findings.map(\.kind) == [.ineWithoutLeadingZeros])
    #expect(findings.first?.siecle == zoe)
    #expect(check.missingCount == 0)
    #expect(
      findings.first?.message(in: .fr)
        == "ligne 2 : l'INE « 123 » de « Zoé Roux » (INE 123, 3E1, date de naissance 05/01/09) est « 00000000123 » "
        + "dans SIECLE, car le tableur a enlevé ses zéros de tête. L'élève est reconnu, mais corrigez la liste "
        + "(pixready template -o classe.xlsx garde l'INE en texte).")
  }

  /// Rows SIECLE does not know are kept compactly until the end: each comes back with exactly its
  /// cells (absent columns stay absent, empty ones empty, accents and all), its row and its line,
  /// in row order among the findings matched by name.
  @Test func givesBackEveryUnknownRowAsItWasAdded() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    let unknown = [
      StudentIdentity(values: [.ine: "999999999ZZ", .nom: "Ñúñez Œuvrard", .prenom: "Zoë", .classe: ""]),
      StudentIdentity(values: [.nom: "INCONNU", .prenom: "Paul", .dateNaissance: " 1/2/2009 "]),
      StudentIdentity(values: [:]),
    ]
    check.add(unknown[0], row: 1, line: 2)
    check.add(row("", "Petit", "Jules", "11/11/2008"), row: 2, line: 3)
    check.add(unknown[1], row: 3)
    check.add(row("123456789XX", "MARTIN", "Léa", "14/02/2009"), row: 4, line: 9)
    check.add(unknown[2], row: 300, line: 1_000_000)
    for (number, ine) in ["123456790AC", "123456794AG", "123456789AB"].enumerated() {
      check.add(row(ine, "", ""), row: 301 + number, line: 1_000_001 + number)
    }
    #expect(check.mismatch == nil)
    #expect(
      check.findings() == [
        RosterFinding(.unknownToSiecle, row: 1, line: 2, roster: unknown[0]),
        RosterFinding(.leftSchool, row: 2, line: 3, roster: row("", "Petit", "Jules", "11/11/2008"), siecle: jules),
        RosterFinding(.unknownToSiecle, row: 3, roster: unknown[1]),
        // Léa by name, but a later row has her INE.
        RosterFinding(.unknownToSiecle, row: 4, line: 9, roster: row("123456789XX", "MARTIN", "Léa", "14/02/2009")),
        RosterFinding(.unknownToSiecle, row: 300, line: 1_000_000, roster: unknown[2]),
      ])
  }

  /// A roster row is the first student with its name no other row took, by INE or earlier by name.
  @Test func matchesRowsByNameInRowOrderAfterEveryINE() {
    let twin = SiecleStudent(
      id: "9", ine: "123456797AK", lastName: "MARTIN", firstName: "Léa", birthdate: "14/02/2009", division: "2NDE4")
    var check = RosterCrossCheck(
      export: SiecleExport(sourceName: "ElevesSansAdresses.xml", students: [lea, twin], leftStudents: []),
      scope: .divisions([]), currentYear: 2026)
    check.add(row("", "martin", "LEA", "14/02/2009"), row: 1)
    check.add(row("", "Martin", "Léa", "2009-02-14"), row: 2)
    check.add(row("123456789AB", "MARTIN", "Léa"), row: 3)
    check.add(row("", "MARTIN", "Léa"), row: 4)
    let findings = check.findings()
    #expect(findings.map(\.kind) == [.matchedWithoutINE, .unknownToSiecle, .unknownToSiecle])
    #expect(findings.map(\.row) == [1, 2, 4])
    #expect(findings.first?.siecle == twin)
  }

  /// INEs are told apart exactly, whether they are kept packed in a number or as text.
  @Test func findsDuplicateINEsOfAnyShape() {
    var check = RosterCrossCheck(export: export, scope: .divisions([]), currentYear: 2026)
    let ines = ["0A", "A0", "12345678901234", "ÉLÈVE1", "1", "01", "a0", "12345678901234", "élève1"]
    for (index, ine) in ines.enumerated() { check.add(row(ine, "", ""), row: index + 1) }
    let duplicates = check.findings().filter { $0.kind == .duplicateINE }
    #expect(duplicates.map(\.row) == [7, 8, 9])
    #expect(duplicates.map(\.firstRow) == [2, 3, 4])
  }

  /// `JJ/MM/AAAA`, as the export writes it, is read without splitting: to the same dates as other forms.
  @Test func readsTheExportsDateFormLikeAnyOther() {
    #expect(SiecleDate.isoDate("29/02/2008") == "2008-02-29")
    #expect(SiecleDate.isoDate("29/02/2009") == nil)
    #expect(SiecleDate.isoDate("00/01/2009") == nil)
    #expect(SiecleDate.isoDate("01/13/2009") == nil)
    #expect(SiecleDate.isoDate("14/02/2O09") == nil)
    #expect(SiecleDate.isoDate("14-02-2009") == nil)
    #expect(SiecleDate.isoDate(" 14/02/2009 ") == "2009-02-14")
    #expect(SiecleDate.isoDate("1/2/2009") == "2009-02-01")
  }

  @Test func readsATwoDigitYearInThePastCentury() {
    #expect(SiecleDate.isoDate("05/01/09", currentYear: 2026) == "2009-01-05")
    #expect(SiecleDate.isoDate("05/01/98", currentYear: 2026) == "1998-01-05")
    #expect(SiecleDate.isoDate("05/01/26", currentYear: 2026) == "2026-01-05")
    #expect(SiecleDate.isoDate("05/01/27", currentYear: 2026) == "1927-01-05")
    #expect(SiecleDate.isoDate("31/02/09", currentYear: 2026) == nil)
    #expect(SiecleDate.isoDate("05/01/09") == nil, "without a year to read it against, still refused")
  }

  @Test(arguments: RosterFinding.Kind.allCases)
  func everyCodeHasAFrenchAndAnEnglishSentence(code: RosterFinding.Kind) {
    let finding = RosterFinding(code, row: 1, roster: row("X", "A", "B"), siecle: lea, firstRow: 1)
    let french = finding.message(in: .fr)
    let english = finding.message(in: .en)
    #expect(!french.isEmpty && !english.isEmpty && french != english)
  }
}
