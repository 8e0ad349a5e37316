import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// Stable pseudonyms: same student, same key, same pseudonym; nothing personal left.
struct PseudonymizerTests {
  private let pseudonymizer = Pseudonymizer(key: Array("k".utf8))
  private let lea = StudentIdentity(values: [
    .ine: "070123400AB", .nom: "Durand", .prenom: "Léa", .dateNaissance: "14/03/2009", .classe: "2NDE1",
  ])

  @Test func derivesTheCodeFromTheINEWithHMACSHA256() {
    // Python: hmac.new(b"k", b"pixready-pseudonym/1\0ine:070123400AB", sha256).hexdigest()[:8].upper()
    #expect(pseudonymizer.code(for: lea) == "FC897D67")
    var spaced = lea
    spaced[.ine] = " 070123400ab "
    #expect(pseudonymizer.code(for: spaced) == "FC897D67")
  }

  @Test func derivesTheCodeFromNameAndBirthdateWhenThereIsNoINE() {
    // Python: hmac.new(b"k", b"pixready-pseudonym/1\0name:durand|lea|14/03/2009", sha256)…
    var withoutINE = lea
    withoutINE.values[.ine] = nil
    #expect(pseudonymizer.code(for: withoutINE) == "7FA80078")
    let shouted = StudentIdentity(values: [.nom: "DURAND ", .prenom: "LEA", .dateNaissance: "14/03/2009"])
    #expect(pseudonymizer.code(for: shouted) == "7FA80078")
  }

  @Test func givesAnotherPseudonymUnderAnotherKey() {
    #expect(Pseudonymizer(key: Array("other".utf8)).code(for: lea) != pseudonymizer.code(for: lea))
    #expect(Pseudonymizer(key: Array("k".utf8)).code(for: lea) == pseudonymizer.code(for: lea))
  }

  @Test func keepsOnlyTheClassAndThePseudonym() {
    #expect(
      pseudonymizer.pseudonymize(lea)
        == StudentIdentity(values: [
          .ine: "FC897D67", .nom: "Élève FC897D67", .prenom: "", .dateNaissance: "", .classe: "2NDE1",
        ]))
    #expect(Pseudonymizer(key: Array("k".utf8), language: .en).pseudonymize(lea)[.nom] == "Student FC897D67")
  }

  @Test func leavesAPseudonymAsItIs() {
    let once = pseudonymizer.pseudonymize(lea)
    #expect(Pseudonymizer.isPseudonym(once))
    #expect(!Pseudonymizer.isPseudonym(lea))
    #expect(pseudonymizer.pseudonymize(once) == once)
    let warning = pseudonymizer.pseudonymize(ReportWarning(code: "c", student: lea, message: "Léa Durand"))
    #expect(pseudonymizer.pseudonymize(warning) == warning)
    #expect(warning.message == "Élève FC897D67")
  }

  @Test(arguments: [
    ("Élève FC897D67", "FC897D67", "", true), ("Student FC897D67", "", "2NDE1", true),
    ("Élève fc897d67", "", "", false), ("Élève FC897D6", "", "", false), ("Élève FC897D678", "", "", false),
    ("Élève  FC897D67", "", "", false), ("Eleve FC897D67", "", "", false), ("Élève FC897D67", "FC897D68", "", false),
    ("Élève FC897D6G", "", "", false), ("FC897D67", "", "", false),
  ])
  func tellsAPseudonymByItsExactSpelling(nom: String, ine: String, classe: String, expected: Bool) {
    let student = StudentIdentity(values: [.nom: nom, .ine: ine, .classe: classe])
    #expect(Pseudonymizer.isPseudonym(student) == expected)
    var named = student
    named[.prenom] = "Léa"
    #expect(!Pseudonymizer.isPseudonym(named), "a first name makes it a real name")
  }

  /// A streamed report run with the pseudonymizer in its context, the rows of `text` decided from
  /// their bytes (`workers` > 1) or decoded, and warnings added before the footer.
  private func streamedReport(
    _ text: String, workers: Int, warnings: [ReportWarning] = [], observe: ((RowDiagnosis) -> Void)? = nil
  ) throws -> (report: String, summary: BatchSummary) {
    let tree = try IOTestSupport.shippedTree()
    let context = ReportContext(tree: tree, language: .fr, sourceName: "c.csv", generatedAt: "t", anonymized: true)
    let reader = try CSVFileReader(input: .memory(Array(text.utf8)), path: "c.csv")
    let columns = ColumnMap(headers: try #require(reader.header).fields, tree: tree)
    let engine = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: [:]),
      formatter: JSONLinesFormatter(context: context),
      context: BatchContext(workers: workers, decodesEveryRow: workers == 1, pseudonymizer: pseudonymizer))
    var report = ""
    let summary = try engine.run(.csv(reader), to: &report, observe: observe, beforeFooter: { $0.warnings = warnings })
    return (report, summary)
  }

  @Test(arguments: [1, 2])
  func pseudonymisesTheRowsAndWarningsOfAStreamedFormat(workers: Int) throws {
    let text = "ine;nom;prenom;date_naissance;classe;siecle_a_jour\n070123400ab;Durand;Léa;14/03/2009;2NDE1;\n"
    let warning = ReportWarning(code: "c", student: lea, message: "« Léa Durand » manque")
    let (report, summary) = try streamedReport(text, workers: workers, warnings: [warning])
    #expect(
      report.hasPrefix(
        #"{"row":1,"line":2,"student":{"ine":"FC897D67","nom":"Élève FC897D67","prenom":"","date_naissance":"","classe":"2NDE1"},"#
      ))
    #expect(report.contains(#""message":"« Élève FC897D67 » manque""#))
    #expect(!report.contains("Durand"))
    #expect(summary.warnings == [warning], "the run's own summary keeps the real identities")
  }

  @Test func showsObserversTheRealIdentities() throws {
    let text = "ine;nom;prenom;date_naissance;classe;siecle_a_jour\n070123400AB;Durand;Léa;14/03/2009;2NDE1;oui\n"
    var observed: [StudentIdentity] = []
    let (report, _) = try streamedReport(text, workers: 2, observe: { observed.append($0.student) })
    #expect(observed == [lea])
    #expect(!report.contains("Durand"))
  }

  @Test func leavesAnIdentityWithNothingToHide() {
    let classOnly = StudentIdentity(values: [.classe: "2NDE1"])
    #expect(pseudonymizer.pseudonymize(classOnly) == classOnly)
  }

  /// A cell not understood may hold personal data even in an answer column (an e-mail typed there).
  @Test func dropsEveryRejectedValueWhateverItsColumn() {
    let unreadable = RowError(code: .invalidText, column: "nom", value: "Dur\u{FFFD}nd", fact: nil, accepted: [])
    let row = RowDiagnosis(row: 1, line: 2, student: lea, status: .error(unreadable))
    #expect(
      pseudonymizer.pseudonymize(row).status
        == .error(
          RowError(
            code: .invalidText, column: "nom", value: "", fact: nil, accepted: [])))
    let answer = RowError(
      first: RowError.Cell(
        code: .unknownValue, column: "methode_orga", value: "lea@example.fr", fact: "orgaMethods", accepted: ["aucune"]),
      more: [
        RowError.Cell(
          code: .unknownValue, column: "compte_habituel", value: "lea.durand", fact: "usualMethod", accepted: ["ENT"])
      ])
    var hidden = answer
    hidden.first.value = ""
    hidden.more[0].value = ""
    #expect(
      pseudonymizer.pseudonymize(RowDiagnosis(row: 1, line: 2, student: lea, status: .error(answer))).status
        == .error(hidden))
  }

  @Test func givesTheSIECLEStudentThePseudonymOfTheRosterRowWithTheSameINE() {
    let siecle = SiecleStudent(
      id: "4242", ine: "070123400AB", lastName: "DURAND", firstName: "Lea", birthdate: "14/03/2008", division: "2NDE1")
    let finding = RosterFinding(.birthdateDiffers, row: 1, line: 2, roster: lea, siecle: siecle)
    let hidden = pseudonymizer.pseudonymize(finding)
    #expect(hidden.roster?[.nom] == "Élève FC897D67")
    #expect(hidden.siecle?.displayName == "Élève FC897D67")
    let message = hidden.message(in: .fr)
    for personal in ["Durand", "DURAND", "Léa", "Lea", "070123400AB", "14/03/2009", "14/03/2008", "4242"] {
      #expect(!message.contains(personal), "\(personal) in \(message)")
    }
  }

  @Test func strikesTheStudentOfAWarningFromItsSentence() {
    let warning = ReportWarning(
      code: "unknown-to-siecle", row: 1, line: 2, student: lea,
      message: "ligne 2 : « Léa Durand » (INE 070123400AB, 2NDE1, né(e) le 14/03/2009) est inconnu de SIECLE.")
    let hidden = pseudonymizer.pseudonymize(warning)
    #expect(hidden.message == "ligne 2 : « Élève FC897D67 » (INE FC897D67, 2NDE1, né(e) le …) est inconnu de SIECLE.")
    #expect(hidden.student == pseudonymizer.pseudonymize(lea))
  }

  @Test func leavesNoNameINEOrBirthdateOfTheExampleClassInAnyFormat() throws {
    let (rows, summary) = try ReportFixtures.exampleRows()
    let tree = try IOTestSupport.shippedTree()
    var outputs: [String] = []
    for language in Language.allCases {
      let pseudonymizer = Pseudonymizer(key: Array("k".utf8), language: language)
      let context = ReportContext(
        tree: tree, language: language, sourceName: "classe.csv", generatedAt: ReportFixtures.generatedAt,
        anonymized: true)
      var document = ReportDocument(context: context, pseudonymizer: pseudonymizer)
      for row in rows { document.add(row) }
      document.complete(with: summary)
      outputs.append(MarkdownReport().render(document))
      outputs.append(HTMLReport().render(document))
      let formatters: [any ReportFormatter] = [
        JSONLinesFormatter(context: context), JSONDocumentFormatter(context: context),
        CSVReportFormatter(context: context),
      ]
      for formatter in formatters {
        let reader = try CSVFileReader(input: .memory(Array(try ReportFixtures.exampleText().utf8)), path: "c.csv")
        let columns = ColumnMap(headers: try #require(reader.header).fields, tree: tree)
        let engine = BatchEngine(
          diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: [:]), formatter: formatter,
          context: BatchContext(workers: 2, pseudonymizer: pseudonymizer))
        var output = ""
        let written = try engine.run(.csv(reader), to: &output, beforeFooter: { $0.warnings = summary.warnings })
        #expect(written.rows == rows.count)
        outputs.append(output)
      }
    }
    let personal = try Self.personalValues(ReportFixtures.exampleText())
    #expect(personal.count == 120)
    for output in outputs {
      for value in personal {
        #expect(!output.contains(value), "\(value) is still in an anonymised report")
      }
    }
    #expect(outputs.allSatisfy { $0.contains("Élève ") || $0.contains("Student ") })
  }

  /// The INE, last names, first names and birthdates of a class file.
  static func personalValues(_ text: String) throws -> Set<String> {
    let reader = try CSVFileReader(input: .memory(Array(text.utf8)), path: "classe.csv")
    let header = try #require(reader.header).fields
    let columns = ["ine", "nom", "prenom", "date_naissance"].compactMap { header.firstIndex(of: $0) }
    var values: Set<String> = []
    while let record = try reader.nextRecord() {
      for column in columns where column < record.fields.count && !record.fields[column].isEmpty {
        values.insert(record.fields[column])
      }
    }
    return values
  }
}
