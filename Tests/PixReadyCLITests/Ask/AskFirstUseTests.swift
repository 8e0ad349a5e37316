import Foundation
import Testing

/// What a teacher meets at the prompt on first use: any text is a name, text wrapped at the
/// terminal's width, the tree's own words for whom it diagnoses (issue 17, points 10, 11, 14).
struct AskFirstUseTests {
  /// Both school questions « oui », then `name`, then a student who is ready, then « non ».
  static func session(named name: String) -> String { "1\n1\n\(name)\n1\n1\n1\n1\nnon\n" }

  @Test(arguments: ["B", "Q", "nsp", "r", "?aide", "Quitterie"])
  func anyTextAtTheNamePromptIsAName(_ name: String) throws {
    let result = try CLIRunner.run(["ask"], stdin: Self.session(named: name))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("> \(name)\n— Élève 1 : \(name) —\n"))
    #expect(result.stdout.contains("=== Élève 1 : \(name) ===\n"))
  }

  @Test func onlyFullCommandWordsActAtTheNamePromptAndItsLineSaysSo() throws {
    let result = try CLIRunner.run(["ask"], stdin: "1\n1\naide\nretour\n2\n\n1\n1\n1\nquitter\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        """
        Nom de l'élève 1 (facultatif, Entrée pour passer) :
        Tout texte est un nom ; seuls « aide », « retour » et « quitter » agissent ici.
        > aide
        Le nom sert seulement à reconnaître cet élève
        """))
    #expect(result.stderr.contains("> retour\nRetour : la réponse « Oui » est annulée.\n"))
    #expect(result.stderr.contains("> quitter\nSession arrêtée à votre demande.\n"))
  }

  @Test func textWrapsAtTheWidthOfANarrowTerminalNeverInsideAWord() throws {
    let terminal = try TerminalRunner(["ask"], environment: ["NO_COLOR": "1"], columns: 44)
    try terminal.expect("> ")
    try terminal.type("1\r")
    try terminal.expect("> ")
    try terminal.type("1\r")
    try terminal.expect("> ")
    try terminal.type("Léa\r")
    try terminal.expect("> ")
    try terminal.type("q\r")
    #expect(try terminal.wait() == .exited(0))
    let lines = terminal.transcript.split(separator: "\n", omittingEmptySubsequences: false)
    let longest = lines.map(\.count).max() ?? 0
    #expect(longest <= 43, "\(terminal.transcript)")
    let flowing = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(
      flowing.contains(
        "Question 3 : Dans Pix Orga > Élèves, quelle méthode de connexion apparaît en face du nom de l'élève ?"))
    #expect(flowing.contains("Tout texte est un nom ; seuls « aide », « retour » et « quitter » agissent ici."))
  }

  @Test func aWideTerminalGetsLongLines() throws {
    let terminal = try TerminalRunner(["ask"], environment: ["NO_COLOR": "1"], columns: 140)
    try terminal.expect("> ")
    try terminal.type("q\r")
    #expect(try terminal.wait() == .exited(0))
    #expect(
      terminal.transcript.contains(
        "Répondez par le numéro ou le texte d'une réponse. À tout moment : « ? » aide, « r » retour, "
          + "« nsp » je ne sais pas, « q » quitter.\n"))
  }

  @Test func withoutATerminalTextWrapsAt80Columns() throws {
    let result = try CLIRunner.run(["ask"], stdin: "q\n", environment: ["COLUMNS": "200"])
    #expect(result.stderr.contains("À tout moment : « ? » aide,\n« r » retour"))
    #expect(result.stderr.split(separator: "\n").allSatisfy { $0.count <= 79 })
  }

  @Test func aTreeNamesItsSubjectAndThePromptUsesItsWords() throws {
    let tree = CLIRunner.fixture("trees/staff-subject.json")
    let result = try CLIRunner.run(["ask", "--tree", tree], stdin: "1\nMme Roux\n2\noui\nnsp\nnsp\nnon\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Nom du membre du personnel 1 (facultatif, Entrée pour passer) :\n"))
    #expect(result.stderr.contains("— Membre du personnel 1 : Mme Roux —\n"))
    #expect(result.stderr.contains("\nMembre du personnel suivant ?\n  1. Oui\n"))
    #expect(result.stdout.contains("=== Membre du personnel 1 : Mme Roux ===\n"))
    #expect(result.stdout.contains("Bilan de la session — 2 membres du personnel ("))
    // « Pourquoi ? » uses the fact's « short » text when the tree gives one.
    #expect(
      result.stdout.contains("\nPourquoi ?\n  - Administrateur Pix Orga → Oui\n  - A-t-il reçu l'invitation ? → Non\n"))
    let everything = result.stdout + result.stderr
    #expect(!everything.contains("élève"), "\(everything)")
    #expect(!everything.contains("Élève"), "\(everything)")
  }

  @Test func aTreeNamesItsSubjectInEnglishToo() throws {
    let tree = CLIRunner.fixture("trees/staff-subject.json")
    let result = try CLIRunner.run(["ask", "--tree", tree, "--lang", "en"], stdin: "1\n\n1\nno\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Name of staff member 1 (optional, press Enter to skip):\n"))
    #expect(result.stderr.contains("\nNext staff member?\n"))
    #expect(result.stdout.contains("=== Staff member 1 ===\n"))
  }
}

/// The `subject` member of a tree is checked like every other member.
struct TreeSubjectLintTests {
  @Test func aSubjectWithAMissingOrMisspeltPhraseIsReportedWithItsPlace() throws {
    let fixture = try String(contentsOfFile: CLIRunner.fixture("trees/staff-subject.json"), encoding: .utf8)
    let broken = fixture.replacingOccurrences(of: "\"next\": {", with: "\"nxt\": {")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID())-subject.json")
    try broken.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try CLIRunner.run(["lint", file.path])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(":6:14: erreur : le membre « next » est obligatoire ici ; ajoutez-le. [missing-member]"))
    #expect(result.stdout.contains("Vouliez-vous dire « next » ? [unknown-member]"))
  }
}
