import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// What the Markdown and HTML reports gather and show beyond the example class as is: school
/// actions, worklists of any tree, warnings, escaping.
struct ReportDocumentTests {
  @Test func showsSchoolActionsOnceAndRemindsEachActorOfTheirs() throws {
    let document = try ReportFixtures.exampleDocument(commonAnswers: ["garAssigned": .value("no")])
    #expect(document.summary.schoolSteps.map(\.id) == ["assign-gar"])
    let markdown = MarkdownReport().render(document).plain
    let school = try Self.section(markdown, from: "## Actions pour l'établissement", to: "## Qui fait quoi")
    #expect(
      school.contains(
        "1. **Attribuer la ressource Pix aux nouveaux élèves dans le GAR** (Qui : Responsable d'affectation GAR)"))
    let gar = try Self.section(markdown, from: "### Responsable d'affectation GAR\n", to: "### Administrateur ENT")
    #expect(gar.contains("Une fois pour l'établissement (voir plus haut) :\n\n- Attribuer la ressource Pix"))
    #expect(!gar.contains("####"), "the school step is not listed student by student")
    #expect(markdown.components(separatedBy: "#### Attribuer la ressource Pix").count == 1)
  }

  @Test func listsAStepWithSeveralActorsInEachActorsList() throws {
    let markdown = MarkdownReport().render(try ReportFixtures.exampleDocument())
    let teacher = try Self.section(markdown, from: "### Enseignant", to: "### Élève")
    let student = try Self.section(markdown, from: "### Élève", to: "### Support Pix")
    for list in [teacher, student] {
      #expect(list.contains("#### Rejoindre une campagne par le Médiacentre (4 élèves)"))
      #expect(list.contains("- [ ] 2NDE1 · Bernard Zoé (ligne 4)"))
    }
    #expect(!teacher.contains("Associer le compte Pix habituel au Médiacentre"))
    #expect(student.contains("Associer le compte Pix habituel au Médiacentre"))
  }

  @Test func followsTheActorsOfAnotherTreeInTheirOrder() throws {
    let check = TreeCheck(bytes: Array(Self.twoActorTree.utf8), sourceName: "two-actors.json")
    let tree = try #require(check.tree, "\(check.diagnostics)")
    let context = ReportContext(tree: tree, language: .en, sourceName: "x.csv", generatedAt: "2026-01-01T08:00:00Z")
    var document = ReportDocument(context: context)
    let columns = ColumnMap(headers: ["nom", "ok"], tree: tree)
    var diagnoser = BatchDiagnoser(tree: tree, columns: columns)
    for (index, fields) in [["Ada", "no"], ["Bob", "yes"], ["Cyd", ""]].enumerated() {
      document.add(diagnoser.diagnose(fields: fields, row: index + 1, line: index + 2))
    }
    let markdown = MarkdownReport().render(document).plain
    let zeta = try #require(markdown.range(of: "### Zeta person: 1 student"))
    let alpha = try #require(markdown.range(of: "### Alpha person: 1 student"))
    #expect(zeta.lowerBound < alpha.lowerBound, "the tree declares zeta first")
    #expect(markdown.contains("#### Fix it (1 student)\n\nDo the fix.\n\n- [ ] (no class) · Ada (line 2)"))
    #expect(markdown.contains("### Question 1: Is it fine?"))
    #expect(markdown.contains("- (no class) · Cyd (line 4)"))
    #expect(markdown.contains("Nothing to do for: Idle person."))
    #expect(HTMLReport().render(document).contains("<html lang=\"en\">"))
  }

  /// An anonymised document keeps each pseudonym as its code; the students still come in the order
  /// of their pseudonyms' spelling, after a row with nothing to hide, and a pseudonym of the other
  /// language stays as it was written.
  @Test func ordersPseudonymsAsTheirSpelling() throws {
    let check = TreeCheck(bytes: Array(Self.twoActorTree.utf8), sourceName: "two-actors.json")
    let tree = try #require(check.tree, "\(check.diagnostics)")
    let context = ReportContext(tree: tree, language: .fr, sourceName: "x.csv", generatedAt: "2026-01-01T08:00:00Z")
    let pseudonymizer = Pseudonymizer(key: Array("clé".utf8))
    var document = ReportDocument(context: context, pseudonymizer: pseudonymizer)
    let columns = ColumnMap(headers: ["nom", "prenom", "classe", "ok"], tree: tree)
    var diagnoser = BatchDiagnoser(tree: tree, columns: columns)
    let rows = [
      ["Durand", "Léa"], ["Martin", "Hugo"], ["", ""], ["Student 0000ABCD", ""], ["Petit", "Inès"], ["Durand", "Léa"],
      ["Bernard", "Zoé"],
    ]
    var expected: [(key: String, line: Int, name: String)] = []
    for (index, names) in rows.enumerated() {
      let row = diagnoser.diagnose(fields: names + ["2NDE1", "yes"], row: index + 1, line: index + 2)
      document.add(row)
      let shown = pseudonymizer.pseudonymize(row.student)[.nom]
      expected.append((Spelling.key(shown), index + 2, shown.isEmpty ? "(ligne \(index + 2))" : shown))
    }
    expected.sort { ($0.key, $0.line) < ($1.key, $1.line) }
    let markdown = MarkdownReport().render(document).plain
    let table = try Self.section(markdown, from: "| Ligne |", to: "\n\n")
    let listed: [String] = table.split(separator: "\n").dropFirst(2).map { line in
      line.split(separator: "|")[0].trimmingCharacters(in: .whitespaces)
    }
    #expect(listed == expected.map { String($0.line) })
    #expect(markdown.contains("Student 0000ABCD"), "the English pseudonym is written as it was")
    #expect(!markdown.contains("Durand") && !markdown.contains("Inès"))
    let names = expected.filter { !$0.name.hasPrefix("(") }.map(\.name)
    let positions = try names.map { try #require(table.range(of: $0)).lowerBound }
    #expect(positions == positions.sorted(), "\(names)")
  }

  @Test func putsWarningsNearTheTopInBothFormats() throws {
    var document = try ReportFixtures.exampleDocument()
    document.addWarnings(
      [ReportWarning(code: "missing-from-roster", message: "élève de SIECLE absent de la liste : « A <b>B</b> »")],
      summary: "Contrôle SIECLE : 1 élève(s) absent(s) de la liste.")
    let markdown = MarkdownReport().render(document).plain
    let warnings = try #require(markdown.range(of: "## Avertissements\n\nContrôle SIECLE : 1 élève(s) absent(s)"))
    #expect(warnings.lowerBound < (markdown.range(of: "## Résumé")?.lowerBound ?? markdown.startIndex))
    #expect(markdown.contains("- élève de SIECLE absent de la liste : « A \\<b>B\\</b> »"))
    let html = HTMLReport().render(document).plain
    #expect(html.contains("<li>élève de SIECLE absent de la liste : « A &lt;b&gt;B&lt;/b&gt; »</li>"))
    #expect(html.contains("<li><a href=\"#avertissements\">Avertissements</a></li>"))
    #expect(!MarkdownReport().render(try ReportFixtures.exampleDocument()).contains("Avertissements"))
  }

  @Test func keepsTheCountsOfTheRowsAddedWhenCompletedWithTheRunSummary() throws {
    let (rows, summary) = try ReportFixtures.exampleRows(commonAnswers: ["siecleImported": .value("no")])
    let tree = try IOTestSupport.shippedTree()
    var document = ReportDocument(
      context: ReportContext(tree: tree, language: .fr, sourceName: "c.csv", generatedAt: ReportFixtures.generatedAt))
    for row in rows { document.add(row) }
    var run = summary
    run.warnings = [ReportWarning(code: "x", message: "m")]
    document.complete(with: run)
    #expect(document.summary.rows == 30)
    #expect(document.summary.reconciles)
    #expect(document.summary.schoolSteps.map(\.id) == ["import-siecle"])
    #expect(document.summary.warnings == run.warnings)
    #expect(document.lines == rows.map(\.line))
  }

  @Test func escapesWhatStudentsAreCalledInBothFormats() throws {
    let tree = try IOTestSupport.shippedTree()
    let context = ReportContext(tree: tree, language: .fr, sourceName: "a|b.csv", generatedAt: "now")
    var document = ReportDocument(context: context)
    let student = StudentIdentity(values: [.nom: "O'Brien <script>", .prenom: "*Zoé* | _x_", .classe: "2NDE1"])
    document.add(RowDiagnosis(row: 1, line: 2, student: student, status: .pending(fact: "siecleImported")))
    let markdown = MarkdownReport().render(document).plain
    #expect(markdown.contains("| 2 | O'Brien \\<script> \\*Zoé\\* \\| \\_x\\_ | En attente |"))
    #expect(markdown.contains("- **Fichier** : a\\|b.csv"))
    #expect(markdown.contains("- **Date** : now"))
    let html = HTMLReport().render(document).plain
    #expect(html.contains("O&#39;Brien &lt;script&gt; *Zoé* | _x_"))
    #expect(!html.contains("<script"))
  }

  @Test func writesWhetherTheJSONDocumentIsAnonymised() throws {
    let tree = try IOTestSupport.shippedTree()
    for anonymized in [false, true] {
      let context = ReportContext(
        tree: tree, language: .fr, sourceName: "c.csv", generatedAt: "t", anonymized: anonymized)
      #expect(JSONDocumentFormatter(context: context).header().contains(",\"anonymized\":\(anonymized),\"records\":["))
    }
  }

  /// The text between two markers, the first included.
  static func section(_ text: String, from start: String, to end: String) throws -> String {
    let lower = try #require(text.range(of: start)).lowerBound
    let upper = text[lower...].dropFirst(start.count).range(of: end)?.lowerBound ?? text.endIndex
    return String(text[lower..<upper])
  }

  static let twoActorTree = """
    {
      "format": "pixready-tree/1", "id": "two-actors", "version": "1",
      "title": { "fr": "Deux", "en": "Two" }, "start": "q",
      "actors": [
        { "id": "zeta", "label": { "fr": "Personne Zêta", "en": "Zeta person" } },
        { "id": "idle", "label": { "fr": "Personne oisive", "en": "Idle person" } },
        { "id": "alpha", "label": { "fr": "Personne Alpha", "en": "Alpha person" } }
      ],
      "facts": [
        { "id": "fine", "scope": "student", "type": "boolean", "columns": ["ok"],
          "question": { "fr": "Est-ce bon ?", "en": "Is it fine?" } }
      ],
      "steps": [
        { "id": "fix", "actors": ["alpha", "zeta"], "title": { "fr": "Réparer", "en": "Fix it" },
          "detail": { "fr": "Réparez.", "en": "Do the fix." } },
        { "id": "rest", "actors": ["idle"], "title": { "fr": "Reposer", "en": "Rest" },
          "detail": { "fr": "Repos.", "en": "Rest." } }
      ],
      "nodes": [
        { "id": "q", "kind": "question", "fact": "fine", "answers": { "yes": "good", "no": "bad" } },
        { "id": "good", "kind": "outcome", "title": { "fr": "Bon", "en": "Good" } },
        { "id": "bad", "kind": "outcome", "title": { "fr": "Mauvais", "en": "Bad" }, "steps": ["fix"] }
      ]
    }
    """
}
