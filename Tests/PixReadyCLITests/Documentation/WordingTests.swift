import Foundation
import Testing

/// Issue 19 « Le français d'un enseignant » and issue 17, point 21: what a French teacher reads, through the
/// real binary: real plurals, no internal id, no English result word in French.
struct WordingTests {
  static let commands = [
    "ask", "page", "template", "check", "lint", "graph", "table", "diff", "completions", "manpage",
  ]
  /// The ids of the shipped tree's questions: a teacher knows the columns (`siecle_a_jour`), not these.
  static let factIDs = ["siecleImported", "garAssigned", "orgaMethods", "usualMethod", "knowsCredentials"]

  /// No « (s) », no « ex : », no fact id and no English result word in the French help of any command.
  @Test(arguments: commands) func frenchHelpReadsLikeFrench(command: String) throws {
    let result = try CLIRunner.run([command, "--help"])
    #expect(result.status == 0)
    let help = result.stdout
    #expect(!help.contains("(s)"), "\(command): \(help)")
    #expect(!help.contains("ex :") && !help.contains("ex. "), "\(command)")
    for id in Self.factIDs { #expect(!help.contains(id), "\(command) --help shows the fact id \(id)") }
    for word in ["ready", "pending", "verdict"] {
      #expect(
        help.range(of: "\\b\(word)\\b", options: .regularExpression) == nil, "\(command) --help says \(word)")
    }
  }

  @Test func frenchHelpGivesExamplesWithColumnNames() throws {
    let check = try CLIRunner.run(["check", "--help"])
    #expect(check.stdout.contains("--fact siecle_a_jour=oui"))
    #expect(check.stdout.contains("résultat : prêt, action à"))
    let template = try CLIRunner.run(["template", "--help"])
    #expect(template.stdout.contains("--fact gar_attribue=oui"))
  }

  /// A wrong --fact is explained with the column names the help gives, never a fact id.
  @Test func factErrorsSpeakOfColumnsAndAnswers() throws {
    let misspelt = try CLIRunner.run(["ask", "--fact", "siecle_a_jur=oui"], stdin: "q\n")
    #expect(misspelt.status == 2)
    #expect(
      misspelt.stderr.contains(
        "--fact : aucune question ne correspond à « siecle_a_jur ». Vouliez-vous dire « siecle_a_jour » ?"))
    let value = try CLIRunner.run(["ask", "--fact", "siecle_a_jour=peut-être"], stdin: "q\n")
    #expect(value.stderr.contains("réponse non reconnue pour « siecle_a_jour » ; réponses acceptées : "))
    let shape = try CLIRunner.run(["ask", "--fact", "oui"], stdin: "q\n")
    #expect(shape.stderr.contains("écrivez COLONNE=RÉPONSE, par exemple --fact siecle_a_jour=oui."))
  }

  /// Issue 17, point 10: « nsp » goes on where the tree plans for it; help and prompt use the same word.
  @Test func askHelpAndPromptAgreeOnDontKnow() throws {
    let french = try CLIRunner.run(["ask", "--help"])
    #expect(french.stdout.contains("« nsp » (je ne sais pas) continue avec les étapes prévues"))
    let frenchPrompt = try CLIRunner.run(["ask"], stdin: "q\n")
    #expect(frenchPrompt.stderr.contains("« nsp » je ne sais pas"))
    let english = try CLIRunner.run(["ask", "--help", "--lang", "en"])
    #expect(english.stdout.contains("'idk' (don't know) goes on with the planned steps"))
    #expect(!english.stdout.contains("nsp"))
    let englishPrompt = try CLIRunner.run(["ask", "--lang", "en"], stdin: "q\n")
    #expect(englishPrompt.stderr.contains("'idk' don't know"))
    #expect(!englishPrompt.stderr.contains("nsp"))
  }

  /// The decision table names questions by their column and results in French words.
  @Test func tableUsesColumnNamesAndFrenchResults() throws {
    let result = try CLIRunner.run(["table"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("(s)"))
    #expect(result.stdout.contains("| `siecle_a_jour` |"))
    for id in Self.factIDs { #expect(!result.stdout.contains("`\(id)`"), "table shows the fact id \(id)") }
    #expect(!result.stdout.contains("| ready |") && !result.stdout.contains("| action |"))
    #expect(result.stdout.contains("| prêt |"))
    #expect(result.stdout.contains("| action à mener |"))
  }

  @Test func diffAndLintCountInRealPlurals() throws {
    let diff = try CLIRunner.run(["diff", "certification-readiness", "Trees/certification-readiness.json"])
    #expect(!diff.stdout.contains("(s)"))
    let changed = try CLIRunner.run([
      "diff", "Trees/certification-readiness.json", CLIRunner.fixture("trees/certification-readiness-2.1.json"),
      "--on", "Examples/classe-2nde.csv", "--fact", "siecle_a_jour=oui",
    ])
    #expect(!changed.stdout.contains("(s)"), "\(changed.stdout)")
    #expect(!changed.stdout.contains("→ action\n") && changed.stdout.contains("→ action à mener"))
    let lint = try CLIRunner.run(["lint", Self.coreFixture("invalid-not-exhaustive.json")])
    #expect(lint.status == 1)
    #expect(!lint.stdout.contains("(s)"), "\(lint.stdout)")
    #expect(lint.stdout.contains(" combinaisons, par exemple") || lint.stdout.contains(" combinaison, par exemple"))
  }

  /// Issue 19, point 7: the words agree with the kind of id (« étape … déclarée », « nœud … déclaré »).
  @Test func lintAgreesInGender() throws {
    let lint = try CLIRunner.run(["lint", Self.coreFixture("invalid-duplicate-ids.json")])
    #expect(
      lint.stdout.contains("erreur : étape « create » déclarée deux fois (déjà déclarée ligne 71)"), "\(lint.stdout)")
    #expect(lint.stdout.contains("erreur : nœud « done » déclaré deux fois (déjà déclaré ligne 170)"))
  }

  private static func coreFixture(_ name: String) -> String {
    CLIRunner.packageRoot.appendingPathComponent("Tests/PixReadyCoreTests/Fixtures/trees/\(name)").path
  }
}
