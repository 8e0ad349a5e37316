import Foundation
import Testing

/// A report that cannot be written on standard output is an error, never a silent success.
struct StandardStreamErrorTests {
  static let commands: [[String]] = [
    ["check", "Examples/classe-2nde.csv"],
    ["template"],
    ["graph"],
    ["lint"],
    ["table"],
    ["diff", "Trees/certification-readiness.json", "Trees/certification-readiness.json"],
    ["ask", "--format", "json", "--fact", "siecleImported=non"],
  ]

  @Test(arguments: commands)
  func fullDiskOnStandardOutputExitsTwoWithAMessage(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments, stdin: "q\n", output: .file("/dev/full"))
    #expect(result.status == 2)
    #expect(
      result.stderr.hasSuffix(
        "pixready: erreur : impossible d'écrire sur la sortie standard : plus de place sur le disque ; le résultat "
          + "est incomplet (redirigez vers un fichier avec de la place, ou utilisez -o FICHIER quand la commande le "
          + "permet).\n"))
  }

  @Test(arguments: commands)
  func closedStandardOutputExitsTwoWithAMessage(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments, stdin: "q\n", output: .closed)
    #expect(result.status == 2)
    #expect(result.stderr.contains("impossible d'écrire sur la sortie standard : descripteur de fichier invalide"))
  }

  @Test func closedStandardInputIsABadDescriptorInFrench() throws {
    let result = try CLIRunner.run(["check", "-"], input: .closed)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "pixready: erreur : impossible de lire « - » : descripteur de fichier invalide (entrée ou sortie fermée ?).\n"
    )
  }

  @Test func closedStandardInputInEnglish() throws {
    let result = try CLIRunner.run(["check", "-", "--lang", "en"], input: .closed)
    #expect(result.status == 2)
    #expect(result.stderr == "pixready: error: cannot read '-': Bad file descriptor.\n")
  }
}
