import Foundation
import PixReadyCore
import Testing

/// What people and spreadsheets write, read into answers.
struct AnswerReaderTests {
  @Test(arguments: [
    ("Médiacentre", "orgaMethods", AnswerReader.Reading.answer(.values(["mediacentre"]))),
    ("MEDIACENTRE", "orgaMethods", .answer(.values(["mediacentre"]))),
    ("Mediacentre\nIdentifiant", "orgaMethods", .answer(.values(["mediacentre", "identifiant"]))),
    ("Adresse e-mail\r\nMediacentre", "orgaMethods", .answer(.values(["mail", "mediacentre"]))),
    ("Adresse e-mail + GAR", "orgaMethods", .answer(.values(["mail", "mediacentre"]))),
    ("adresse email", "orgaMethods", .answer(.values(["mail"]))),
    ("Aucune", "orgaMethods", .answer(.values([]))),
    ("-", "orgaMethods", .answer(.values([]))),
    ("", "orgaMethods", .missing),
    ("  ", "usualMethod", .missing),
    ("nsp", "usualMethod", .answer(.unknown)),
    ("ENT", "usualMethod", .answer(.value("mediacentre"))),
    ("e-mail", "usualMethod", .answer(.value("mail"))),
    ("Aucun", "usualMethod", .answer(.value("none"))),
    ("o", "knowsCredentials", .answer(.value("yes"))),
    ("NON", "knowsCredentials", .answer(.value("no"))),
    ("Yes", "siecleImported", .answer(.value("yes"))),
    ("peut-être", "siecleImported", .invalid(parts: ["peut-être"])),
    ("Mediacentre, fax", "orgaMethods", .invalid(parts: ["fax"])),
  ])
  func readsWhatPeopleWrite(text: String, fact: String, expected: AnswerReader.Reading) throws {
    let reader = AnswerReader(tree: try TreeFixtures.shipped())
    #expect(reader.read(text, for: fact) == expected)
  }

  @Test func foldsCaseAccentsAndSpaces() {
    #expect(Spelling.key("  Élève   Suivant ") == "eleve suivant")
    #expect(Spelling.key("Cœur") == "coeur")
    #expect(Spelling.key("L’ENT") == "l'ent")
  }
}

struct AnswerReaderSpaceTests {
  @Test func readsSetValuesSeparatedBySpacesOnlyWhenEveryWordIsAValue() throws {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Trees/certification-readiness.json"))
    let tree = try #require(TreeCheck(bytes: Array(data), sourceName: "t").tree)
    let reader = AnswerReader(tree: tree)
    #expect(
      reader.read("Mediacentre Identifiant", for: "orgaMethods") == .answer(.values(["mediacentre", "identifiant"])))
    #expect(reader.read("Adresse e-mail", for: "orgaMethods") == .answer(.values(["mail"])))
    #expect(reader.read("Mediacentre fax", for: "orgaMethods") == .invalid(parts: ["Mediacentre fax"]))
  }
}
