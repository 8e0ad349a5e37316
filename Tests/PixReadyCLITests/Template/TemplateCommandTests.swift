import Foundation
import Testing

/// `pixready template --siecle`, through the real binary.
struct TemplateCommandTests {
  private let zip = CLIRunner.fixture("siecle/ElevesSansAdresses.zip")
  private let xml = CLIRunner.fixture("siecle/eleves-iso-8859-15.xml")
  private let header =
    "\u{FEFF}ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
    + "connait_identifiants;certificabilite"

  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-template-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func lines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
  }

  @Test func writesTheClassFileFromTheZipSortedByClassThenName() throws {
    let result = try CLIRunner.run(["template", "--siecle", zip])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      lines(result.stdout) == [
        header,
        "123456794AG;LEROY;Anaïs;30/06/2007;1G2;;;;;;",
        "123456796AJ;ABADIE;Zoé;01/12/2009;2NDE1;;;;;;",
        ";BERNARD;Hugo;05/05/2009;2NDE1;;;;;;",
        "123456791AD;NOVÁKOVÁ;Šárka;29/02/2008;2NDE1;;;;;;",
        "123456790AC;CŒUR;Noé;03/07/2009;2NDE3;;;;;;",
        "123456795AH;FAURE;Maël;17/09/2009;2NDE3;;;;;;",
        "123456789AB;MARTIN;Léa;14/02/2009;2NDE3;;;;;;",
        "123456793AF;DUBOIS;Inès;21/01/2009;;;;;;;",
        "",
      ])
    #expect(result.stdout.contains("\r\n"))
  }

  @Test func summarisesOnStandardErrorWithTheWarnings() throws {
    let result = try CLIRunner.run(["template", "--siecle", zip])
    let errors = lines(result.stderr)
    #expect(errors.count == 6)
    // Issue 19, point 8: a sentence about the student, not a pile of colons and XML tags.
    #expect(
      errors[0]
        == zip + "/ElevesSansAdresses.xml:95: avertissement : Hugo BERNARD n'a pas d'INE dans SIECLE : cet élève "
        + "reste dans le fichier (colonne ine vide), mais Pix Orga ne l'importera pas, sans message d'erreur. "
        + "Complétez l'INE dans SIECLE. [missing-ine]")
    #expect(errors[0].hasSuffix("[missing-ine]"))
    #expect(errors[1].hasSuffix("[missing-division]"))
    #expect(
      Array(errors[2...]) == [
        "8 élèves écrits (UAI 0350099X, divisions : 1G2, 2NDE1, 2NDE3).",
        "1 élève sorti de l'établissement est exclu (--include-left pour le garder).",
        "Cellules vides pour 1 élève sans INE et 1 sans division : voir les avertissements ci-dessus.",
        "",
      ])
  }

  @Test func writesAnOwnerOnlyFileWithOneClassAndThoseWhoLeft() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("classe.csv").path
    let result = try CLIRunner.run(
      ["template", "--siecle", xml, "--classe", "2nde1", "--include-left", "--lang", "en", "-o", output])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
    #expect(
      lines(text) == [
        header,
        "123456796AJ;ABADIE;Zoé;01/12/2009;2NDE1;;;;;;",
        ";BERNARD;Hugo;05/05/2009;2NDE1;;;;;;",
        "123456791AD;NOVÁKOVÁ;Šárka;29/02/2008;2NDE1;;;;;;",
        "123456792AE;PETIT;Jules;11/11/2008;2NDE1;;;;;;",
        "",
      ])
    let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
    #expect(result.stderr.contains("4 students written to '\(output)' (UAI 0350099X, divisions: 2NDE1)."))
    #expect(result.stderr.contains("1 student who left the school is kept (--include-left)."))
    #expect(!result.stderr.contains("[missing-division]"))
  }

  @Test func prefillsSchoolColumnsWithFacts() throws {
    let result = try CLIRunner.run(
      ["template", "--siecle", xml, "--classe", "1G2", "--fact", "siecleImported=oui", "--fact", "garAssigned=non"])
    #expect(result.status == 0)
    #expect(lines(result.stdout)[1] == "123456794AG;LEROY;Anaïs;30/06/2007;1G2;Oui;Non;;;;")
  }

  @Test func refusesAStudentFactForTheWholeClass() throws {
    let result = try CLIRunner.run(["template", "--siecle", xml, "--fact", "orgaMethods=aucune"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "pixready: erreur : --fact « orgaMethods » : c'est une question par élève ; remplissez la colonne "
        + "« methode_orga » dans le fichier.\n")
  }

  @Test func listsTheDivisionsWhenOneIsUnknown() throws {
    let result = try CLIRunner.run(["template", "--siecle", zip, "--classe", "2NDE4"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "pixready: erreur : --classe : la division « 2NDE4 » n'est pas dans l'export SIECLE (divisions trouvées : "
        + "1G2, 2NDE1, 2NDE3). Vouliez-vous dire « 2NDE1 » ?\n")
  }

  @Test func writesNothingFromABrokenZip() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("classe.csv").path
    let broken = CLIRunner.fixture("siecle/broken.zip")
    let result = try CLIRunner.run(["template", "--siecle", broken, "-o", output, "--lang", "en"])
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(
      result.stderr
        == "\(broken): error: unreadable zip archive (truncated or damaged). Download the export from SIECLE again. "
        + "[invalid-archive]\npixready: error: SIECLE export '\(broken)' unusable; nothing written.\n")
  }

  @Test func neverWritesOverTheExport() throws {
    let result = try CLIRunner.run(["template", "--siecle", xml, "-o", xml])
    #expect(result.status == 2)
    #expect(result.stderr.contains("est l'export SIECLE lui-même"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: xml)).count == 9985)
  }

  @Test func writesOnlyTheHeaderWithoutSiecle() throws {
    let result = try CLIRunner.run(["template"])
    #expect(result.status == 0)
    #expect(lines(result.stdout) == [header, ""])
    #expect(result.stderr.hasPrefix("modèle sans élève : donnez --siecle"))
  }

  @Test func isListedInTheMainHelp() throws {
    let result = try CLIRunner.run(["--help"])
    #expect(result.stdout.contains("  template     écrit le fichier de classe à remplir, depuis l'export SIECLE\n"))
  }
}
