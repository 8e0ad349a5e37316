import Foundation
import PixReadyCore
import PixReadyIO
import Testing

@Suite("I/O problems through the one printer")
struct ProblemAdoptionTests {
  @Test(
    "a class file that cannot be used is a problem of the whole run, with the sentence printed before",
    arguments: [
      (
        Language.fr, CSVInputError.unterminatedQuote(path: "classe.csv", line: 4),
        "pixready: erreur : « classe.csv », ligne 4 : un guillemet (\") ouvert dans cette ligne n'est jamais fermé, et "
          + "le reste du fichier ne peut pas être lu ; fermez-le ou retirez-le, puis relancez."
      ),
      (
        .en, .cannotOpen(path: "x.csv", reason: "No such file or directory"),
        "pixready: error: cannot read 'x.csv': No such file or directory."
      ),
      (
        .fr, .cannotOpen(path: "x.csv", reason: "No such file or directory"),
        "pixready: erreur : impossible de lire « x.csv » : fichier ou dossier introuvable."
      ),
    ])
  func printsCSVInputError(_ language: Language, _ error: CSVInputError, _ expected: String) {
    #expect(error.formatted(in: language) == expected)
    #expect(error.sourceLocation == nil)
    #expect(error.severity == .error)
  }

  @Test("every CSV input error has its own code")
  func csvInputCodesAreDistinct() {
    let errors: [CSVInputError] = [
      .cannotOpen(path: "p", reason: "r"), .readFailed(path: "p", reason: "r"), .empty(path: "p"),
      .notText(path: "p", kind: .binary), .utf16(path: "p"), .recordTooLong(path: "p", line: 1, limit: 1 << 20),
      .unterminatedQuote(path: "p", line: 1), .tooManyFields(path: "p", line: 1, limit: 16_384),
    ]
    #expect(Set(errors.map(\.code)).count == errors.count)
  }

  @Test(
    "a failed write says the file and the system's reason in the user's language",
    arguments: [
      (Language.fr, "pixready: erreur : impossible d'écrire « r.csv » : permission refusée."),
      (.en, "pixready: error: cannot write 'r.csv': Permission denied."),
    ])
  func printsWriteFailure(_ language: Language, _ expected: String) {
    let failure = AtomicFileWriter.Failure(path: "r.csv", reason: "Permission denied")
    #expect(failure.formatted(in: language) == expected)
    #expect(failure.code == "cannot-write")
  }

  @Test("a rejected row says what the reports say, at the row's line")
  func printsRejectedRow() {
    let error = RowError(code: .unknownValue, column: "INE", value: "peut-être", fact: "ine", accepted: ["oui", "non"])
    let rejected = RejectedRow(error, at: PixReadyCore.SourceLocation(file: "classe.csv", line: 7))
    #expect(rejected.code == "unknown-value")
    #expect(rejected.message(in: .fr) == BatchMessages(language: .fr).rowError(error))
    #expect(
      rejected.formatted(in: .en)
        == "classe.csv:7: error: \(BatchMessages(language: .en).rowError(error)) [unknown-value]")
  }

  @Test("a SIECLE finding prints compiler-style at its line")
  func printsSiecleFinding() {
    let finding = SiecleFinding(.documentTypeDeclaration, at: PixReadyCore.SourceLocation(file: "e.xml", line: 2))
    #expect(finding.formatted(in: .en).hasPrefix("e.xml:2: error: "))
    #expect(finding.formatted(in: .en).hasSuffix(" [\(finding.code)]"))
    #expect(finding.sourceLocation == finding.location)
  }

  @Test("a SIECLE cross-check finding is a warning whose sentence names its row")
  func printsRosterFinding() {
    let roster = StudentIdentity(values: [.ine: "999999999ZZ", .nom: "INCONNU", .prenom: "Paul"])
    let finding = RosterFinding(.unknownToSiecle, row: 1, line: 2, roster: roster)
    #expect(finding.code == "unknown-to-siecle")
    #expect(finding.severity == .warning)
    #expect(finding.sourceLocation == nil)
    #expect(finding.formatted(in: .fr) == "pixready: avertissement : " + finding.message(in: .fr))
    #expect(finding.message(in: .fr).hasPrefix("ligne 2 : SIECLE ne connaît pas « Paul INCONNU »"))
    let object = ProblemJSON.object(finding, language: .en)
    #expect(object["code"] as? String == "unknown-to-siecle")
    #expect(object["severity"] as? String == "warning")
    #expect(object["message"] as? String == finding.message(in: .en))
  }

  @Test("the JSON printer writes the located fields only when known, keys sorted")
  func printsJSON() {
    let located = RejectedRow(
      RowError(code: .cellCount, column: "", value: "1", fact: nil, accepted: []),
      at: PixReadyCore.SourceLocation(file: "c.csv", line: 3))
    let run = AtomicFileWriter.Failure(path: "r.csv", reason: "Permission denied")
    let text = ProblemJSON.text([located, run], language: .en)
    let objects = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]]
    #expect(objects?.count == 2)
    #expect(objects?[0]["file"] as? String == "c.csv")
    #expect(objects?[0]["line"] as? Int == 3)
    #expect(objects?[0]["column"] == nil)
    #expect(objects?[1]["file"] == nil)
    #expect(objects?[1]["code"] as? String == "cannot-write")
    #expect(objects?[1]["severity"] as? String == "error")
    #expect(objects?[1]["message"] as? String == "cannot write 'r.csv': Permission denied.")
    #expect(text.contains("\"code\" : \"cell-count\",\n"))
  }
}
