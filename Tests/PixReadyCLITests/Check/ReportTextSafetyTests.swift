import Foundation
import Testing

/// Names are shown as written, never as markup or reordered text (issue 15, point 18): `&` is
/// escaped in Markdown, and bidirectional controls are neutralised in Markdown, HTML and on the terminal.
struct ReportTextSafetyTests {
  private static let override = "\u{202E}"
  private static let isolate = "\u{2067}"

  private func withClassFile(_ rows: String, delimiter: String = ";", _ body: (String) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-text-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("classe.csv")
    let header =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
      + "connait_identifiants\n"
    try (header.replacingOccurrences(of: ";", with: delimiter) + rows).write(
      to: file, atomically: true, encoding: .utf8)
    try body(file.path)
  }

  @Test func escapesTheAmpersandInMarkdown() throws {
    try withClassFile("1,DUPONT &amp; FILS,Léa,01/01/2009,2A,oui,oui,aucune,ENT,oui\n", delimiter: ",") { path in
      let result = try CLIRunner.run(["check", path, "--format", "md"])
      #expect(result.status == 0)
      #expect(result.stdout.contains("DUPONT \\&amp; FILS"))
      #expect(!result.stdout.contains(" &amp;"))
    }
  }

  @Test(arguments: ["md", "html"])
  func neutralisesBidirectionalControlsInReportsForPeople(format: String) throws {
    let name = "ABC\(Self.override)DEF\(Self.isolate)"
    try withClassFile("1;\(name);Léa;01/01/2009;2A;oui;oui;aucune;ENT;oui\n") { path in
      let result = try CLIRunner.run(["check", path, "--format", format])
      #expect(result.status == 0)
      #expect(!result.stdout.contains(Self.override) && !result.stdout.contains(Self.isolate))
      #expect(result.stdout.contains("ABC\u{FFFD}DEF\u{FFFD}"))
    }
  }

  /// The data formats keep the bytes of the file: they are for programs, which see the controls.
  @Test func keepsTheControlsInJSONLines() throws {
    try withClassFile("1;ABC\(Self.override)DEF;Léa;01/01/2009;2A;oui;oui;aucune;ENT;oui\n") { path in
      let result = try CLIRunner.run(["check", path, "--format", "jsonl"])
      #expect(result.stdout.contains("ABC\(Self.override)DEF"))
    }
  }

  @Test func neutralisesBidirectionalControlsOnTheTerminal() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-bidi-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let export = directory.appendingPathComponent("ElevesSansAdresses.xml")
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <BEE_ELEVES><PARAMETRES><UAJ>0350099X</UAJ></PARAMETRES><DONNEES><ELEVES>
      <ELEVE ELEVE_ID="1"><NOM_DE_FAMILLE>ABC\(Self.override)DEF</NOM_DE_FAMILLE><PRENOM>Léa</PRENOM>
      <DATE_NAISS>01/01/2009</DATE_NAISS><CODE_SEXE>2</CODE_SEXE><CODE_PAYS>132</CODE_PAYS></ELEVE>
      </ELEVES><STRUCTURES><STRUCTURES_ELEVE ELEVE_ID="1"><STRUCTURE><CODE_STRUCTURE>2A</CODE_STRUCTURE>
      <TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE></STRUCTURES></DONNEES></BEE_ELEVES>
      """
    try xml.write(to: export, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["template", "--siecle", export.path])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains("avertissement : Léa ABC\u{FFFD}DEF n'a pas d'INE"),
      "the missing-INE warning names the student")
    #expect(!result.stderr.contains(Self.override))
  }
}
