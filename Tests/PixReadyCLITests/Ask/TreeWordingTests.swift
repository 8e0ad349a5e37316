import Foundation
import Testing

/// What the shipped trees' words look like where people read them (issue 19 §4, issue 17 §2, §12,
/// §14, issue 12): questions numbered once by the tool, « Pourquoi ? » from the trees' `short`,
/// the staff member in `pix-orga-access`, the pending question in a node's own wording, and the
/// short spellings people type in accepted values.
struct TreeWordingTests {
  private static let header = "nom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"

  @Test func askNumbersEachQuestionOnceAndWhyUsesTheShortWordings() throws {
    // School « oui » twice, no name, Mediacentre, ENT, ENT credentials known, certifiable.
    let result = try CLIRunner.run(["ask"], stdin: "1\n1\n\n1\n1\n1\n1\nnon\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\nQuestion 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?\n"))
    #expect(result.stderr.contains("\nQuestion 5 : L'élève connaît-il son identifiant et son mot de passe ENT ?\n"))
    #expect(!result.stderr.contains("Question 1 : Question"))
    #expect(
      result.stdout.contains(
        """
        Pourquoi ?
          - Liste des élèves à jour dans Pix Orga → Oui
          - Pix attribué dans le GAR → Oui
          - Méthode de connexion dans Pix Orga → Mediacentre
          - Connexion au compte habituel → Avec l'ENT et le Médiacentre
          - Connaît identifiant et mot de passe → Oui
          - Certificabilité dans Pix Orga → Certifiable
        """))
    #expect(!result.stdout.contains("…"))
  }

  @Test func askInEnglishNumbersQuestionsWithoutASpaceBeforeTheColon() throws {
    let result = try CLIRunner.run(["ask", "--lang", "en"], stdin: "1\n1\n\n1\n1\n1\n1\nno\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\nQuestion 1: Have you updated the student list in Pix Orga?\n"))
    #expect(result.stdout.contains("  - Student list up to date in Pix Orga → Yes\n"))
  }

  @Test func askSaveWritesTheNumberedQuestionsAndTheShortWhy() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-wording-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("session.md").path
    let result = try CLIRunner.run(["ask", "--save", file], stdin: "1\n1\n\n1\n1\n1\n1\nnon\n")
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = try String(contentsOfFile: file, encoding: .utf8).plain
    #expect(markdown.contains("Question 5 : L'élève connaît-il son identifiant et son mot de passe ENT ?"))
    #expect(!markdown.contains("Question 5 : Question"))
  }

  @Test func askWithPixOrgaAccessSpeaksOfTheStaffMember() throws {
    let result = try CLIRunner.run(["ask", "--tree", "pix-orga-access"], stdin: "\n2\n1\nnon\n")
    #expect(result.status == 0, "\(result.stderr)")
    let printed = result.stderr + result.stdout
    #expect(printed.contains("Nom du membre du personnel 1 (facultatif"))
    #expect(printed.contains("— Membre du personnel 1 —"))
    #expect(printed.contains("=== Membre du personnel 1 ==="))
    #expect(printed.contains("\nMembre du personnel suivant ?\n"))
    #expect(printed.contains("\nQuestion 2 : La personne concernée a-t-elle un compte Pix créé sur pix.fr"))
    // The one « élève » left is in a difficulty the staff member may pick, about their students.
    let others = printed.split(separator: "\n").filter { !$0.contains("8. Quand mes élèves se connectent par le GAR") }
    #expect(
      others.allSatisfy { !$0.lowercased().contains("élève") }, "\(others.filter { $0.lowercased().contains("élève") })"
    )
  }

  @Test func checkPendingQuestionIsTheNodesOwnWordingNumbered() throws {
    let input = Self.header + "Léa;oui;oui;Mediacentre;ENT;\n"
    let result = try CLIRunner.run(["check", "-", "--format", "csv"], stdin: input)
    #expect(
      result.stdout.contains(
        ";En attente;;Question 5 : L'élève connaît-il son identifiant et son mot de passe ENT ?;;pending;"))
    #expect(
      result.stderr.contains(
        "en attente (1 élève) : Question 5 : L'élève connaît-il son identifiant et son mot de passe"))
  }

  @Test func acceptedValuesAreTheShortSpellingsAgreeingWithTheirLabels() throws {
    let input = Self.header + "Léa;oui;oui;fax;fax;peut-être\n"
    let result = try CLIRunner.run(["check", "-", "--format", "jsonl"], stdin: input)
    #expect(result.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let error = try #require(object["error"] as? [String: Any])
    let cells = try #require(error["cells"] as? [[String: Any]])
    #expect(
      cells.map { $0["accepted"] as? [String] } == [
        ["mediacentre", "identifiant", "mail", "aucune"], ["ENT", "identifiant", "mail", "aucun"], ["oui", "non"],
      ])
  }

  @Test(arguments: ["Médiacentre et Identifiant", "Médiacentre + Identifiant", "identifiant, mediacentre"])
  func aSetIsReadTheSameWhateverJoinsItsValues(cell: String) throws {
    let result = try CLIRunner.run(
      ["check", "-", "--format", "jsonl"], stdin: Self.header + "Léa;oui;oui;\(cell);ENT;oui\n")
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains(#"{"fact":"orgaMethods","answer":["identifiant","mediacentre"]}"#))
  }

  @Test func aTypedAucuneIsTheEmptySetAndAucunNoAccount() throws {
    let result = try CLIRunner.run(
      ["check", "-", "--format", "jsonl"], stdin: Self.header + "Léa;oui;oui;aucune;aucun;\n")
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains(#"{"fact":"orgaMethods","answer":[]}"#))
    #expect(result.stdout.contains(#"{"fact":"usualMethod","answer":"none"}"#))
  }
}
