import PixReadyCore
import Testing

/// Questions are numbered by the tool, not by the tree's texts (issue 19 §4): the number is the
/// fact's place among the facts questions ask, and one formatter writes « Question N : … ».
struct QuestionTextTests {
  @Test func numbersTheFactsOfCertificationReadinessInDeclarationOrder() throws {
    let tree = try TreeFixtures.shipped()
    let numbers = tree.tree.facts.map { tree.questionNumber(of: $0.id) }
    #expect(numbers == [1, 2, 3, 4, 5, 6])
    #expect(tree.tree.facts.map(\.id)[3] == "usualMethod")
  }

  @Test func nodesAskingTheSameFactShareItsNumberAndKeepTheirOwnWording() throws {
    let tree = try TreeFixtures.shipped()
    #expect(
      tree.questionText(of: "knowsCredentials", node: "q5-ent", in: .fr).plain
        == "Question 5 : L'élève connaît-il son identifiant et son mot de passe ENT ?")
    #expect(
      tree.questionText(of: "knowsCredentials", node: "q5-mail-linked", in: .fr).plain
        == "Question 5 : L'élève connaît-il son identifiant et son mot de passe ?")
    #expect(
      tree.questionText(of: "knowsCredentials", node: "q5-ent", in: .en)
        == "Question 5: Does the student know their ENT username and password?")
    #expect(
      tree.questionText(of: "usualMethod", in: .en)
        == "Question 4: How does this student log in to their usual Pix account (the one with the most Pix)?")
  }

  @Test func aFactNoQuestionAsksIsNotCountedNorNumbered() throws {
    let json = """
      {
        "format": "pixready-tree/1", "id": "t", "version": "1.0.0", "title": "T", "start": "qa",
        "actors": [{ "id": "x", "label": "X" }],
        "facts": [
          { "id": "never", "scope": "student", "type": "boolean", "question": { "fr": "Jamais ?", "en": "Never?" } },
          { "id": "a", "scope": "student", "type": "boolean", "question": { "fr": "A ?", "en": "A?" } },
          { "id": "b", "scope": "student", "type": "boolean", "question": { "fr": "B ?", "en": "B?" } }
        ],
        "steps": [{ "id": "s", "actors": "x", "title": "S", "detail": "D" }],
        "nodes": [
          { "id": "qa", "kind": "question", "fact": "a", "answers": { "yes": "qb", "no": "qb" } },
          { "id": "qb", "kind": "question", "fact": "b", "answers": { "yes": "end", "no": { "next": "end", "steps": ["s"] } } },
          { "id": "end", "kind": "outcome" }
        ]
      }
      """
    let check = TreeCheck(bytes: Array(json.utf8), sourceName: "t.json")
    let tree = try #require(check.tree, "\(check.diagnostics.map { $0.formatted(in: .en) })")
    #expect(tree.questionNumber(of: "never") == nil)
    #expect(tree.questionNumber(of: "a") == 1)
    #expect(tree.questionNumber(of: "b") == 2)
    #expect(tree.questionText(of: "b", in: .fr) == "Question 2\u{00A0}: B\u{202F}?", "typeset for people")
    #expect(tree.questionText(of: "never", in: .fr) == "Jamais\u{202F}?")
    #expect(tree.questionText(of: "unknown-fact", in: .fr) == "unknown-fact")
  }
}
