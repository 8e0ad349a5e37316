import PixReadyCore
import PixReadyIO
import Testing

/// `--answers FILE.json`: answers as people write them, and errors that name the key and place.
struct AnswersFileTests {
  private func read(_ json: String) throws -> Answers {
    try AnswersFile.read(Array(json.utf8), tree: IOTestSupport.shippedTree())
  }

  @Test func readsLabelsSpellingsListsAndBooleans() throws {
    let answers = try read(
      #"{"siecleImported": "oui", "garAssigned": false, "orgaMethods": ["Médiacentre", "mail"], "usualMethod": "ENT"}"#
    )
    #expect(
      answers == [
        "siecleImported": .value("yes"), "garAssigned": .value("no"), "orgaMethods": .values(["mediacentre", "mail"]),
        "usualMethod": .value("mediacentre"),
      ])
  }

  @Test func leavesNullAndEmptyUnansweredAndReadsDontKnowAsUnknown() throws {
    let answers = try read(#"{"siecleImported": null, "garAssigned": "", "usualMethod": "nsp", "orgaMethods": []}"#)
    #expect(answers == ["orgaMethods": .values([]), "usualMethod": .unknown])
  }

  @Test func namesTheUnknownKeyWithASuggestion() {
    #expect(
      throws: AnswersFile.Problem(
        kind: .unknownFact(key: "usualMethd", suggestion: "usualMethod"), position: TextPosition(line: 2, column: 3))
    ) {
      try read("{\n  \"usualMethd\": \"ENT\"\n}")
    }
  }

  @Test func namesTheKeyOfAValueItDoesNotUnderstand() {
    #expect(
      throws: AnswersFile.Problem(
        kind: .invalidValue(
          key: "methode_orga", value: "fax", accepted: ["Mediacentre", "Identifiant", "Adresse e-mail", "Aucune"]),
        position: TextPosition(line: 1, column: 33))
    ) {
      try read(#"{"orgaMethods": ["Médiacentre", "fax"]}"#)
    }
  }

  /// Issue 19, point 3: the file may name a question by its column, as in the class file and the help.
  @Test func readsAColumnNameLikeAFactID() throws {
    #expect(
      try read(#"{"siecle_a_jour": "oui", "compte_habituel": "ENT"}"#) == [
        "siecleImported": .value("yes"), "usualMethod": .value("mediacentre"),
      ])
  }

  @Test func refusesAWrongType() {
    #expect(
      throws: AnswersFile.Problem(
        kind: .wrongType(key: "compte_habituel", kind: .choice, found: "boolean"),
        position: TextPosition(line: 1, column: 17))
    ) {
      try read(#"{"usualMethod": true}"#)
    }
  }

  @Test func reportsJSONSyntaxErrorsWithLineAndColumn() {
    #expect(
      throws: AnswersFile.Problem(
        kind: .syntax(expected: .quotedKey, found: .trailingComma("}")), position: TextPosition(line: 1, column: 25))
    ) {
      try read(#"{"siecleImported": "oui", }"#)
    }
  }

  @Test func refusesADocumentThatIsNotAnObject() {
    #expect(throws: AnswersFile.Problem(kind: .notAnObject(found: "array"), position: TextPosition(line: 1, column: 1)))
    {
      try read(#"["oui"]"#)
    }
  }

  @Test func explainsProblemsInFrenchAndEnglish() {
    let problem = AnswersFile.Problem(
      kind: .unknownFact(key: "usualMethd", suggestion: "usualMethod"), position: TextPosition(line: 2, column: 3))
    #expect(
      PromptMessages(language: .fr).answersFile("reponses.json", problem)
        == "--answers reponses.json:2:3: « usualMethd » ne correspond à aucune question de l'arbre. Vouliez-vous dire « usualMethod » ?"
    )
    #expect(
      PromptMessages(language: .en).answersFile("reponses.json", problem)
        == "--answers reponses.json:2:3: 'usualMethd' matches no question of the tree. Did you mean 'usualMethod'?")
  }
}
