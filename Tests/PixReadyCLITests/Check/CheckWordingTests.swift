import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// What a teacher reads after `pixready check`: a summary in sentences, French columns in the CSV
/// report, the flowchart named in words, dates in words, and one name per status everywhere.
struct CheckWordingTests {
  static let header = "nom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
  /// The fact ids of the shipped tree: none of them reaches a teacher.
  static let factIds = [
    "siecleImported", "garAssigned", "orgaMethods", "usualMethod", "knowsCredentials", "certifiable",
  ]

  @Test func theSummaryIsASentenceWithRealPluralsAndNoFactId() throws {
    let result = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "jsonl"])
    #expect(
      result.stderr.contains(
        "\n30 lignes lues : 10 élèves prêts, 10 avec des actions à mener, 6 à signaler au support Pix, "
          + "2 en attente d'une réponse, 2 lignes à corriger.\n"))
    #expect(result.stderr.contains("  à corriger : ligne 21 (« methode_orga »), ligne 31 (« connait_identifiants »)."))
    #expect(result.stderr.contains("  en attente (1 élève) : Question 4 : "))
    #expect(!result.stderr.contains("(s)"))
    for id in Self.factIds { #expect(!result.stderr.contains(id), "fact id \(id)") }
    for word in ["ready", "action ", "pending", "error"] { #expect(!result.stderr.contains(word), "\(word)") }
  }

  @Test func theSummarySaysAucunForZeroAndTheSingularForOne() throws {
    let result = try CLIRunner.run(
      ["check", "-", "--format", "jsonl"], stdin: Self.header + "Léa;oui;oui;ENT;ENT;oui\n")
    #expect(
      result.stderr.contains(
        "1 ligne lue : 1 élève prêt, aucun avec des actions à mener, aucun à signaler au support Pix, "
          + "aucun en attente d'une réponse, aucune ligne à corriger.\n"))
    let english = try CLIRunner.run(
      ["check", "-", "--format", "jsonl", "--lang", "en"], stdin: Self.header + "Léa;oui;oui;ENT;ENT;oui\n")
    #expect(
      english.stderr.contains(
        "1 row read: 1 student ready, none with actions needed, none to report to Pix support, "
          + "none waiting for an answer, no row to fix.\n"))
  }

  @Test func aPendingStudentAndAShortRowAreCountedInWords() throws {
    let input = Self.header + "Léa;oui;oui;ENT;ENT;nsp\n" + "Noé;oui;oui;ENT;ENT;nsp\n" + "Zoé;oui;oui;ENT\n"
    let result = try CLIRunner.run(["check", "-", "--format", "jsonl"], stdin: input)
    #expect(result.stderr.contains("aucun élève prêt, "))
    #expect(result.stderr.contains(", 3 en attente d'une réponse, "))
    #expect(result.stderr.contains("  en attente (1 élève) : Question 4 : "), "the short row lacks column 4")
    #expect(result.stderr.contains("  en attente (2 élèves) : Question 5 : "))
    #expect(
      result.stderr.contains(
        "  attention : 1 ligne courte, des cellules manquent en fin de ligne (lues comme vides) : ligne 4. "
          + "Vérifiez-la : une colonne a pu être oubliée."))
  }

  /// The `resultat` (`result`) column of the example's CSV report, by `verdict`.
  private func resultColumn(_ language: String) throws -> [String: Set<String>] {
    let report = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--lang", language]).stdout
    var lines = report.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let header = lines.removeFirst().replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: ";")
    let result = try #require(header.firstIndex(of: language == "fr" ? "resultat" : "result"))
    let verdict = try #require(header.firstIndex(of: "verdict"))
    #expect(result < verdict, "the columns people read come first")
    var found: [String: Set<String>] = [:]
    for line in lines {
      // No cell of the example holds a quoted `;`, except the rejected rows' message, after `resultat`.
      let cells = line.components(separatedBy: ";")
      found[cells[cells.count - 2], default: []].insert(cells[result])
    }
    return found
  }

  @Test func theCSVReportHasAResultColumnInFrenchOrEnglish() throws {
    #expect(
      try resultColumn("fr") == [
        "ready": ["Prêt"], "action": ["Action à mener"], "support": ["Support Pix"], "pending": ["En attente"],
        "error": ["Ligne à corriger"],
      ])
    #expect(
      try resultColumn("en") == [
        "ready": ["Ready"], "action": ["Action needed"], "support": ["Pix support"], "pending": ["Pending"],
        "error": ["Row to fix"],
      ])
  }

  @Test func theReportHeaderNamesTheFlowchartInWords() throws {
    let markdown = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "md"]).stdout
    #expect(markdown.contains("- **Logigramme** : certification-readiness version 2.0.0 (empreinte "))
    #expect(markdown.contains("- **Élèves** : 28 élèves diagnostiqués, 2 lignes à corriger (30 lignes lues)\n"))
    #expect(!markdown.contains("@2.0.0"))
    #expect(!markdown.contains("(s)"))
    #expect(markdown.contains("## Qui fait quoi\n"))
    let html = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "html"]).stdout
    #expect(html.contains("<dt>Logigramme</dt><dd>certification-readiness version 2.0.0 (empreinte "))
    #expect(!html.contains("@2.0.0"))
    #expect(!html.contains("(s)"))
    #expect(html.contains(">30 élèves<"), "a chart bar's total")
    let english = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "md", "--lang", "en"]).stdout
    #expect(english.contains("- **Flowchart**: certification-readiness version 2.0.0 (fingerprint "))
    #expect(english.contains("## Who does what\n"))
  }

  @Test func reportsDateTheFirstOfTheMonthInWords() throws {
    // 2026-12-01T08:05:00Z, at Paris: 9:05.
    let environment = ["SOURCE_DATE_EPOCH": "1796112300", "TZ": "Europe/Paris"]
    let markdown = try CLIRunner.run(
      ["check", "Examples/classe-2nde.csv", "--format", "md"], environment: environment)
    #expect(markdown.stdout.contains("- **Date** : 1er décembre 2026 à 9 h 05 (UTC+1)\n"))
    let html = try CLIRunner.run(
      ["check", "Examples/classe-2nde.csv", "--format", "html", "--lang", "en"], environment: environment)
    #expect(html.stdout.contains("1 December 2026 at 9:05 (UTC+1)"))
    let json = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "json"], environment: environment)
    #expect(json.stdout.contains(#""generatedAt":"2026-12-01T09:05:00+01:00""#))
  }

  /// The `ask` input that reaches each status (both school questions « oui », no name).
  static let askInputs: [RowCategory: String] = [
    .ready: "1\n1\n\n1\n1\n1\n1\n2\n", .action: "1\n1\n\n-\n4\n1\n2\n", .support: "1\n1\n\n2\n1\n1\n1\n2\n",
    .pending: "1\n1\n\n2\nnsp\n2\n",
  ]

  @Test(arguments: RowCategory.allCases)
  func everyPlaceUsesTheSameNameForAStatus(_ category: RowCategory) throws {
    let name = category.name(in: .fr)
    let csv = try CLIRunner.run(["check", "Examples/classe-2nde.csv"]).stdout
    #expect(csv.contains(";\(name);"), "CSV resultat column")
    let markdown = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "md"]).stdout
    #expect(markdown.contains("| \(name) |"), "Markdown table")
    let html = try CLIRunner.run(["check", "Examples/classe-2nde.csv", "--format", "html"]).stdout
    #expect(html.contains(">\(name)<"), "HTML badge, chart legend")
    guard let input = Self.askInputs[category] else { return }
    let ask = try CLIRunner.run(["ask"], stdin: input)
    #expect(ask.stdout.contains("\nRésultat : \(category.word(in: .fr))"), "ask's result line")
  }
}
