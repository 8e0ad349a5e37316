import PixReadyCore
import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// `diff --on` names results in words and a pending student by question number, never by fact id.
struct DiffMessagesTests {
  private func shipped() throws -> ValidatedTree {
    try IOTestSupport.shippedTree()
  }

  @Test func aPendingStudentIsNamedByQuestionNumberAndAResultInWords() throws {
    let tree = try shipped()
    let student = StudentIdentity(values: [.nom: "Martin", .prenom: "Noé"])
    let pending = RowDiagnosis(row: 1, line: 2, student: student, status: .pending(fact: "knowsCredentials"))
    let ready = RowDiagnosis(row: 1, line: 2, student: student, status: .verdict(.ready))
    let french = DiffMessages(language: .fr, old: tree, new: tree)
    #expect(french.status(pending, in: tree) == "en attente, question 5")
    #expect(french.status(ready, in: tree) == "prêt")
    let english = DiffMessages(language: .en, old: tree, new: tree)
    #expect(english.status(pending, in: tree) == "pending, question 5")
    #expect(!french.status(pending, in: tree).contains("knowsCredentials"))
  }
}
