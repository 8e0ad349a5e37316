import Foundation
import Testing

/// Rows whose cells do not fit the header (issue 15, point 8; issue 17, point 5).
struct CheckRowShapeTests {
  private static let header =
    "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
    + "connait_identifiants;remarque\n"

  private func withClassFile(_ text: String, _ body: (String) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-shape-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("classe.csv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    try body(file.path)
  }

  /// The reproducer of issue 15, point 8: a row saved with `,` in a `;` file, a health remark at its end.
  @Test(arguments: ["csv", "jsonl", "json", "md", "html"])
  func rejectsARowWithAnotherDelimiterAndCopiesNothingOfIt(format: String) throws {
    let text =
      Self.header + "1AB;MARTIN;Léa;01/01/2009;2A;oui;oui;aucune;ENT;oui;\n"
      + "2AB,DUBOIS,Hugo,02/02/2009,2A,oui,oui,aucune,ENT,oui,asthme sévère\n"
    try withClassFile(text) { path in
      let result = try CLIRunner.run(["check", path, "--format", format])
      #expect(result.status == 1, "a rejected row")
      #expect(!result.stdout.contains("asthme"), "the ignored column is never copied")
      #expect(!result.stdout.contains("DUBOIS"))
      #expect(result.stdout.contains("MARTIN"))
      #expect(result.stderr.contains("1 ligne à corriger"))
    }
  }

  @Test func explainsTheRejectionInTheRowError() throws {
    let text = Self.header + "2AB,DUBOIS,Hugo,02/02/2009,2A,oui,oui,aucune,ENT,oui,asthme\n"
    try withClassFile(text) { path in
      let result = try CLIRunner.run(["check", path, "--format", "jsonl"])
      #expect(result.stdout.contains("\"code\":\"cell-count\""))
      #expect(
        result.stdout.contains(
          "la ligne a 1 cellule alors que l'en-tête en a 11 : elle n'utilise sans doute pas le séparateur du "
            + "fichier. Rien n'en est recopié ; corrigez la ligne puis relancez"))
    }
  }

  @Test func rejectsARowWhoseStrayDelimiterShiftsItsCells() throws {
    let text = Self.header + "2AB;DUBOIS; Hugo;Jean;02/02/2009;2A;oui;oui;aucune;ENT;oui;asthme\n"
    try withClassFile(text) { path in
      let result = try CLIRunner.run(["check", path, "--format", "jsonl"])
      #expect(result.status == 1)
      #expect(result.stdout.contains("\"code\":\"cell-count\""))
      #expect(!result.stdout.contains("asthme") && !result.stdout.contains("DUBOIS"))
    }
  }

  @Test func warnsAboutShortRowsNamingTheirLines() throws {
    let text =
      Self.header + "1AB;MARTIN;Léa;01/01/2009;2A;oui;oui;aucune;ENT;oui;\n" + "2AB;DUBOIS;Hugo;02/02/2009;2A;oui;oui\n"
      + "3AB;ROUX;Ana;02/02/2009;2A;oui;oui;aucune;ENT;oui\n"
    try withClassFile(text) { path in
      let result = try CLIRunner.run(["check", path, "--format", "jsonl"])
      #expect(result.status == 0)
      #expect(
        result.stderr.contains(
          "  attention : 2 lignes courtes, des cellules manquent en fin de ligne (lues comme vides) : "
            + "lignes 3, 4. Vérifiez-les : une colonne a pu être oubliée."))
      #expect(result.stdout.contains("\"verdict\":\"pending\""), "a short row is still diagnosed")
    }
  }

  @Test func refusesASecondIdentityColumnWithTheSameName() throws {
    let text =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
      + "connait_identifiants;Nom\n1AB;MARTIN;Léa;01/01/2009;2A;oui;oui;aucune;ENT;oui;DUPONT\n"
    try withClassFile(text) { path in
      let result = try CLIRunner.run(["check", path])
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(
        result.stderr.contains(
          "ligne 1 (en-tête) : les colonnes 2 (« nom ») et 11 (« Nom ») portent le même nom : pixready ne sait pas "
            + "laquelle recopier dans le rapport ; gardez-en une seule (ou renommez l'autre)."))
    }
  }
}
