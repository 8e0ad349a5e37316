import Foundation
import Testing

/// `pixready diff` through the real binary.
struct DiffCommandTests {
  static let changed = CLIRunner.fixture("trees/certification-readiness-2.1.json")

  @Test func aTreeAndItsShippedCopyBehaveTheSame() throws {
    let result = try CLIRunner.run(["diff", "certification-readiness", "Trees/certification-readiness.json"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\nIdentifiants : aucun ajouté, retiré, renommé ni modifié.\n"))
    #expect(
      result.stdout.hasSuffix(
        "\nComportement identique pour les 2304 combinaisons de réponses (code de sortie 0).\n"))
  }

  @Test func aChangedTreeListsWhatChangesAndExitsOne() throws {
    let result = try CLIRunner.run(["diff", "Trees/certification-readiness.json", Self.changed])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "  nœuds : − q6-support-identifiant-elsewhere, support-identifiant-elsewhere ; modifié q5-identifiant-elsewhere\n"
      ))
    #expect(result.stdout.contains("  1. support Pix → action à mener  (36 combinaisons)\n"))
    #expect(
      result.stdout.contains(
        "     quand orgaMethods = « Aucune », usualMethod = « Avec un identifiant sur pix.fr », knowsCredentials = « Non »\n"
      ))
    #expect(result.stdout.hasSuffix("Le comportement change (code de sortie 1).\n"))
  }

  @Test func listsTheStudentsOfAClassWhoseResultChanges() throws {
    let result = try CLIRunner.run([
      "diff", "certification-readiness", Self.changed, "--on", "Examples/classe-2nde.csv", "--fact",
      "siecleImported=oui",
    ])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasSuffix(
        """
        Classe « Examples/classe-2nde.csv » : sur 30 élèves, 1 changerait de résultat ou d'étapes :
          ligne 9 · Hugo Leroy (2NDE1) : support Pix → action à mener
             avant : Contacter le support Pix
             après : Récupérer le mot de passe oublié sur pix.fr ; Rejoindre une campagne avec le compte habituel ; Associer le compte Pix habituel au Médiacentre

        """))
  }

  @Test func writesJSONForMachines() throws {
    let result = try CLIRunner.run([
      "diff", "certification-readiness", Self.changed, "--format", "json", "--on",
      "Examples/classe-2nde.csv",
    ])
    #expect(result.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["behaviourChanged"] as? Bool == true)
    #expect(json["changedCombinations"] as? Int == 36)
    #expect((json["new"] as? [String: Any])?["version"] as? String == "2.1.0")
    let students = try #require((json["class"] as? [String: Any])?["changed"] as? [[String: Any]])
    #expect(students.map { $0["line"] as? Int } == [9])
  }

  @Test func needsTwoTrees() throws {
    let result = try CLIRunner.run(["diff", "certification-readiness"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("pixready: erreur : argument manquant pour « diff »."))
  }

  @Test func refusesATreeWithErrorsWithoutWritingAnything() throws {
    let result = try CLIRunner.run([
      "diff", "certification-readiness", CLIRunner.fixture("trees/invalid-unknown-node.json"),
    ])
    #expect(result.status == 2)
    #expect(result.stdout == "")
  }

  @Test func refusesAnUnreadableClassFileWithoutWritingAnything() throws {
    let result = try CLIRunner.run(["diff", "certification-readiness", Self.changed, "--on", "/nonexistent/classe.csv"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("/nonexistent/classe.csv"))
  }
}
