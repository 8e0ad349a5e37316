import Foundation
import Testing

/// `pixready table` through the real binary.
struct TableCommandTests {
  @Test func listsTheJoinErrorCodesByPathsInMarkdown() throws {
    let result = try CLIRunner.run(["table", "join-error-codes"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.first == "# Table de décision — Kit de dépannage : le code affiché quand un élève rejoint une campagne")
    #expect(
      lines[2].hasSuffix(
        "34 chemins couvrent 960 combinaisons de réponses, un par ligne ; « — » marque une question non posée sur ce "
          + "chemin."
      ))
    #expect(
      result.stdout.contains(
        "\n| 34 | Aucun code : Pix ne retrouve pas l'élève | — | — | — | Non | — | 32 | action à mener | L'élève n'est "
          + "pas dans Pix Orga : importer la liste des élèves exportée de SIECLE. |")
    )
  }

  @Test func writesEveryCombinationAsCSV() throws {
    let result = try CLIRunner.run(["table", "--format", "csv", "--rows", "combinations"])
    #expect(result.status == 0)
    let lines = result.stdout.components(separatedBy: "\r\n")
    #expect(lines.count == 2306)
    #expect(
      lines[0]
        == "\u{FEFF}n;siecleImported;garAssigned;orgaMethods;usualMethod;knowsCredentials;certifiable;verdict;issue;etapes;titres_etapes"
    )
    #expect(
      lines[2304].hasPrefix(
        "2304;Je ne sais pas;Je ne sais pas;\"Mediacentre, Identifiant, Adresse e-mail\";Aucun compte Pix;Non;"
          + "Je ne sais pas;action;use-linked-mediacentre;"
          + "\"check-siecle-import, check-gar-assignment, use-mediacentre-account\";"),
      "a cell holding a comma is quoted, so that LibreOffice's ; + , import keeps it whole")
  }

  @Test func speaksEnglish() throws {
    let result = try CLIRunner.run(["table", "Trees/pix-orga-access.json", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Decision table — Getting into Pix Orga"))
    #expect(result.stdout.contains("51 paths cover 5120 answer combinations"))
    #expect(result.stdout.contains("| column | scope | question |"))
  }

  @Test func refusesAnUnknownRowKind() throws {
    let result = try CLIRunner.run(["table", "--rows", "path"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("« path » n'est pas permis pour --rows ; valeurs permises : auto, combinations, paths."))
    #expect(result.stderr.contains("Vouliez-vous dire « paths » ?"))
  }
}
