import Foundation
import Testing

/// `pixready ask` through the real binary with a pipe as standard input.
struct AskCommandTests {
  /// The lines typed up to question 3: both school questions « oui », no name.
  static let school = "1\n1\n\n"

  struct Verdict: CustomTestStringConvertible, Sendable {
    var input: String
    var status: Int32
    var verdict: String
    var testDescription: String { verdict }
  }

  static let verdicts = [
    Verdict(input: school + "1\n1\n1\n1\n2\n", status: 0, verdict: "Résultat : prêt, rien à faire."),
    Verdict(input: school + "-\n4\n1\n2\n", status: 0, verdict: "Résultat : action à mener (1 étape)."),
    Verdict(
      input: school + "2\n1\n1\n1\n2\n", status: 0, verdict: "Résultat : support Pix, à contacter (1 étape)."),
    Verdict(input: school + "2\nnsp\n2\n", status: 0, verdict: "Résultat : en attente, une réponse manque."),
    Verdict(
      input: school + "2\nq\n", status: 0, verdict: "Résultat : inachevé, la session s'est arrêtée avant la fin."),
    Verdict(input: school + "2\n", status: 3, verdict: "Résultat : inachevé, la session s'est arrêtée avant la fin."),
  ]

  @Test(arguments: verdicts)
  func reachesEachVerdictThroughThePrompt(_ case: Verdict) throws {
    let result = try CLIRunner.run(["ask"], stdin: `case`.input)
    #expect(result.status == `case`.status, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("\n=== Élève 1 ===\n\(`case`.verdict)\n"))
    #expect(!result.stderr.contains("Verdict"))
  }

  @Test func keepsTheDialogueOnStandardErrorAndResultsOnStandardOutput() throws {
    let result = try CLIRunner.run(["ask"], stdin: Self.school + "1\n1\n1\n1\n2\n")
    #expect(
      result.stderr.hasPrefix(
        """
        pixready ask — Corriger les problèmes de comptes Pix avant la certification
        Répondez par le numéro ou le texte d'une réponse. À tout moment : « ? » aide,
        « r » retour, « nsp » je ne sais pas, « q » quitter.

        Question 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?
          1. Oui
          2. Non
        > 1
          → C'est parfait !

        """))
    #expect(result.stderr.hasSuffix("\nÉlève suivant ?\n  1. Oui\n  2. Non\n> 2\n\nSession terminée.\n"))
    #expect(!result.stdout.contains("Élève suivant ?"))
    #expect(!(result.stdout + result.stderr).contains("\u{1B}["))
  }

  @Test func goesBackExplainsAndHelpsThroughTheBinary() throws {
    let result = try CLIRunner.run(["ask"], stdin: "2\nretour\npeut-être\naide\n1\n1\n\n1\n1\n1\n1\n2\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains("> retour\nRetour : la réponse « Non » est annulée.\n"))
    #expect(
      result.stderr.contains(
        "> peut-être\nJe n'ai pas compris « peut-être ».\nRépondez 1 ou 2, ou tapez oui ou non. Tapez ? pour l'aide.\n")
    )
    #expect(result.stderr.contains("> aide\nMettre à jour la liste, c'est importer"))
    #expect(result.stdout.contains("Résultat : prêt, rien à faire."))
  }

  @Test func diagnosesSeveralStudentsInOneSession() throws {
    let result = try CLIRunner.run(["ask"], stdin: "1\n2\nLéa\n1\n1\n1\n1\noui\nNoé\n-\n4\n1\nnon\n")
    #expect(result.status == 0)
    #expect(result.stderr.components(separatedBy: "Question 1 :").count == 2)
    #expect(result.stdout.contains("=== Élève 1 : Léa ==="))
    #expect(result.stdout.contains("=== Élève 2 : Noé ==="))
    // « non » at question 2: the school's step is shown once in the first bilan and once in the
    // closing reminder, never as a step of Léa or Noé.
    #expect(
      result.stdout.hasSuffix(
        """

        Bilan de la session — 2 élèves (1 prêt, 1 avec des actions à mener)
          1. Léa : prêt
          2. Noé : action à mener (1 étape)

        Rappel pour l'établissement (une fois) :
          1. Attribuer la ressource Pix aux nouveaux élèves dans le GAR — Qui :
             Responsable d'affectation GAR

        """))
    #expect(result.stdout.components(separatedBy: "Attribuer la ressource Pix aux nouveaux élèves").count == 3)
    #expect(
      result.stdout.contains(
        """
        === Élève 1 : Léa ===
        Résultat : prêt ; seul l'établissement a des étapes à mener.
        Le compte Médiacentre de l'élève est rattaché à l'établissement.

        Pour l'établissement (une fois pour toute la session) :
          1. Attribuer la ressource Pix aux nouveaux élèves dans le GAR
        """))
    #expect(
      result.stdout.contains(
        """
        Pourquoi ?
          - Liste des élèves à jour dans Pix Orga → Oui
          - Pix attribué dans le GAR → Non
          - Méthode de connexion dans Pix Orga → Aucune
          - Connexion au compte habituel → Aucun compte Pix

        """))
    let noe = try #require(result.stdout.range(of: "=== Élève 2 : Noé ==="))
    #expect(!result.stdout[noe.upperBound...].contains("Pour l'établissement (une fois pour toute la session)"))
  }

  @Test func prefilledFactsAreNotAsked() throws {
    let result = try CLIRunner.run(
      ["ask", "--fact", "siecleImported=oui", "--fact", "garAssigned=non"], stdin: "\n1\n1\n1\n1\n2\n")
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "Question 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?\n> Oui (réponse déjà donnée)\n"))
    #expect(!result.stderr.contains("  1. Oui\n  2. Non\n> 1\n  → C'est parfait !"))
    #expect(result.stdout.contains("Résultat : prêt ; seul l'établissement a des étapes à mener."))
  }

  @Test func readsAnswersFromAJSONFileAndFactWins() throws {
    let directory = try Self.temporaryDirectory()
    let file = directory.appendingPathComponent("reponses.json")
    try #"{"siecleImported": "non", "orgaMethods": ["Médiacentre"], "usualMethod": "ENT"}"#.write(
      to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(
      ["ask", "--answers", file.path, "--fact", "siecleImported=oui"], stdin: "1\n\n1\n1\n2\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Résultat : prêt, rien à faire."))
  }

  @Test func refusesAnAnswersFileNamingTheFileAndKey() throws {
    let directory = try Self.temporaryDirectory()
    let file = directory.appendingPathComponent("reponses.json")
    try "{\n  \"usualMethd\": \"ENT\"\n}\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["ask", "--answers", file.path], stdin: "1\n")
    #expect(result.status == 2)
    #expect(
      result.stderr == """
        pixready: erreur : --answers \(file.path):2:3: « usualMethd » ne correspond à aucune question de l'arbre. \
        Vouliez-vous dire « usualMethod » ?
        Voir « pixready ask --help ».

        """)
    #expect(result.stdout.isEmpty)
  }

  @Test func refusesAMissingAnswersFile() throws {
    let result = try CLIRunner.run(["ask", "--answers", "/nonexistent/reponses.json"])
    #expect(result.status == 2)
    #expect(
      result.stderr == "pixready: erreur : impossible de lire « /nonexistent/reponses.json » : fichier introuvable.\n")
  }

  @Test func refusesAnUnknownFactValue() throws {
    let result = try CLIRunner.run(["ask", "--fact", "usualMethod=fax"])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "pixready: erreur : --fact « usualMethod=fax » : réponse non reconnue pour « compte_habituel »"))
    #expect(!result.stderr.contains("Question 1"))
  }

  @Test func savesTheSessionAsAnOwnerOnlyMarkdownFile() throws {
    let directory = try Self.temporaryDirectory()
    let file = directory.appendingPathComponent("session.md")
    let result = try CLIRunner.run(
      ["ask", "--save", file.path], stdin: "1\n1\nLéa\n1\n1\n1\n1\n2\n",
      environment: ["SOURCE_DATE_EPOCH": "1795514400"])
    #expect(result.status == 0)
    #expect(result.stderr.hasSuffix("Session enregistrée dans « \(file.path) » (lisible par vous seul).\n"))
    let saved = try String(contentsOf: file, encoding: .utf8).plain
    #expect(saved.hasPrefix("# Diagnostic pixready : Corriger les problèmes de comptes Pix avant la certification\n"))
    #expect(saved.contains("- Date : 24 novembre 2026 à 10 h 00 (UTC)\n- Session : terminée\n- 1 élève (1 prêt)\n"))
    #expect(saved.contains("## Élève 1 : Léa\n\n**Résultat : prêt, rien à faire.**\n"))
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["session.md"])
  }

  @Test func savesWhatWasDoneWhenTheInputEnds() throws {
    let directory = try Self.temporaryDirectory()
    let file = directory.appendingPathComponent("session.md")
    let result = try CLIRunner.run(["ask", "--save", file.path], stdin: "1\n1\n\n-\n4\n1\n1\n\n2\n")
    #expect(result.status == 3)
    let saved = try String(contentsOf: file, encoding: .utf8).plain
    #expect(
      saved.contains("- Session : interrompue (fin de l'entrée)\n- 2 élèves (1 avec des actions à mener, 1 inachevé)\n")
    )
  }

  @Test func refusesToStartWhenTheSaveFileCannotBeWritten() throws {
    let result = try CLIRunner.run(["ask", "--save", "/nonexistent/dir/session.md"], stdin: "1\n")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("pixready: erreur : impossible d'écrire « /nonexistent/dir/session.md » : "))
    #expect(!result.stderr.contains("Question 1"))
  }

  @Test func printsJSONOnStandardOutputWithFormatJSON() throws {
    let result = try CLIRunner.run(["ask", "--format", "json"], stdin: Self.school + "2\n2\n2\n1\n2\n")
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["end"] as? String == "finished")
    let students = try #require(json["students"] as? [[String: Any]])
    #expect(students.first?["verdict"] as? String == "action")
    #expect(students.first?["steps"] as? [String] == ["reset-password-in-orga"])
    #expect(result.stderr.contains("=== Élève 1 ===\nRésultat : action à mener (1 étape)."))
  }

  @Test func refusesAnUnknownFormat() throws {
    let result = try CLIRunner.run(["ask", "--format", "xml"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("« xml » n'est pas permis pour --format"))
  }

  @Test func endOfInputGivesExitCode3AndAMessage() throws {
    let result = try CLIRunner.run(["ask"], stdin: "1\n")
    #expect(result.status == 3)
    #expect(result.stderr.hasSuffix("> \nFin de l'entrée (Ctrl-D) avant la fin de la session.\n"))
    #expect(result.stdout.contains("Restée sans réponse — Question 2 :"))
  }

  @Test func emptyInputEndsAtOnce() throws {
    let result = try CLIRunner.run(["ask"], stdin: "")
    #expect(result.status == 3)
    #expect(result.stdout.hasPrefix("\n=== Élève 1 ===\nRésultat : inachevé"))
  }

  @Test func speaksEnglishWithLangEn() throws {
    let result = try CLIRunner.run(["--lang", "en", "ask"], stdin: "yes\nno\n\nnone\nnone\n1\nno\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains("Question 2: Have you assigned Pix to every new student"))
    #expect(result.stdout.contains("Result: action needed (1 step).\nThe student has no Pix account"))
    #expect(
      result.stdout.contains(
        "\nFor the school (once for the whole session):\n  1. Assign the Pix resource to new students in the GAR\n"
          + "     Who: GAR assignment manager\n"))
    #expect(result.stdout.contains("\nSteps for this student:\n  1. "))
  }

  @Test func worksWithAnotherTreeWhoseFactsAreAllAboutTheSchool() throws {
    let tree = CLIRunner.packageRoot.appendingPathComponent(
      "Tests/PixReadyIOTests/Fixtures/trees/school-only-staff.json")
    let result = try CLIRunner.run(["ask", "--tree", tree.path], stdin: "non\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("\n=== Résultat ===\nRésultat : action à mener (1 étape).\nÀ nommer\n"))
    #expect(!result.stderr.contains("Nom de l'élève"))
    #expect(!result.stderr.contains("Élève suivant"))
  }

  @Test func refusesAnUnusableTree() throws {
    let result = try CLIRunner.run(["ask", "--tree", CLIRunner.fixture("trees/invalid-unknown-node.json")])
    #expect(result.status == 2)
    #expect(result.stderr.contains("[unknown-reference]"))
  }

  @Test func documentsUsageAndExitCodesInHelp() throws {
    let result = try CLIRunner.run(["ask", "--help"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix("pixready ask — diagnostic guidé, question par question, pour un ou plusieurs élèves\n"))
    #expect(result.stdout.contains("  --fact COLONNE=RÉPONSE"))
    #expect(result.stdout.contains("Fin de l'entrée (Ctrl-D) : code 3"))
    #expect(result.stdout.contains("  3    fin de l'entrée avant la fin de la session\n"))
    #expect(result.stdout.contains("  130  interrompu (Ctrl-C)\n"))
  }

  @Test func isTheFirstCommandInTheMainHelp() throws {
    let result = try CLIRunner.run(["--help"])
    let commands = result.stdout.components(separatedBy: "Commandes :\n").last ?? ""
    #expect(commands.hasPrefix("  ask          diagnostic guidé"))
  }

  /// A fresh empty directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-ask-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
