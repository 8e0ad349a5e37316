import Foundation
import Testing

/// The encoding is decided on the whole file (issue 17, point 4), and said.
struct CheckEncodingTests {
  @Test(arguments: ["jsonl", "md"])
  func readsAWindows1252FileWhoseFirstAccentIsAfter64KiBAndSaysWhere(format: String) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-enc-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var text =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
      + "connait_identifiants\r\n"
    for row in 0..<1500 { text += "\(100_000 + row)AB;DURAND;Paul;01/02/2009;2NDE1;oui;oui;ENT;ENT;oui\r\n" }
    let bytes =
      Array(text.utf8) + Array("9AB;LEF".utf8) + [0xC8] + Array("VRE;Zo".utf8) + [0xE9]
      + Array(";;2NDE1;oui;oui;ENT;ENT;oui\r\n".utf8)
    let file = directory.appendingPathComponent("classe.csv")
    try Data(bytes).write(to: file)
    let result = try CLIRunner.run(["check", file.path, "--format", format])
    #expect(result.status == 0)
    #expect(result.stdout.contains("LEFÈVRE"))
    #expect(
      result.stderr.contains(
        "(windows-1252 à partir de la ligne 1502, la première qui n'est pas en ASCII ; avant elle, le fichier se lit "
          + "de même dans tous les encodages, séparateur « ; »)"))
    #expect(result.stderr.contains("aucune ligne à corriger"))
  }
}
