import Foundation
import Testing

struct AskSaveGuardTests {
  @Test func neverReplacesAFileThatIsNotMarkdown() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("classe-\(UUID()).csv").path
    try "nom;classe\nDurand;2NDE1\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try CLIRunner.run(["ask", "--save", path], stdin: "q\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("existe déjà et n'est pas un fichier .md"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "nom;classe\nDurand;2NDE1\n")
  }
}

struct SystemErrorLanguageTests {
  @Test func saysFileErrorsInFrench() throws {
    let missing = try CLIRunner.run(["check", "nulle-part.csv"])
    #expect(
      missing.stderr == "pixready: erreur : impossible de lire « nulle-part.csv » : fichier ou dossier introuvable.\n")
    let english = try CLIRunner.run(["check", "nulle-part.csv", "--lang", "en"])
    #expect(english.stderr == "pixready: error: cannot read 'nulle-part.csv': No such file or directory.\n")
  }
}
