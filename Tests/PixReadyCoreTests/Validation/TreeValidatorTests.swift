import PixReadyCore
import Testing

/// Broken trees, each named after what goes wrong: every problem is found, with its place.
struct TreeValidatorTests {
  /// The `code@line:column` of every error, sorted, for whole-value comparison.
  private func errors(_ check: TreeCheck) -> [String] {
    check.diagnostics.filter { $0.severity == .error }.map {
      "\($0.code)@\($0.location.line ?? 0):\($0.location.column ?? 0)"
    }
  }

  @Test func acceptsTheMiniTreeAndProvesEveryCombination() throws {
    let check = try TreeFixtures.check("valid-mini.json")
    #expect(check.diagnostics == [])
    #expect(check.combinationsProven == CombinationCount(2 * 4))
    #expect(check.tree != nil)
  }

  @Test func rejectsAnAnswerPointingToAnUnknownNodeWithASuggestion() throws {
    let check = try TreeFixtures.check("invalid-unknown-node.json")
    #expect(errors(check) == ["unknown-reference@107:16"])
    #expect(
      check.diagnostics.first?.formatted(in: .fr)
        == "invalid-unknown-node.json:107:16: erreur : nœud « q-methds » inconnu. Vouliez-vous dire « q-methods » ? "
        + "Tant que ce lien est cassé, les nœuds « q-methods », « b-methods » et « support » ne sont atteints par "
        + "aucun chemin. [unknown-reference]")
    // Issue 17, point 20: the nodes it cuts off are in the same finding, not in a warning of their own.
    #expect(check.diagnostics.map(\.code) == ["unknown-reference"])
    #expect(check.tree == nil)
  }

  @Test func reportsACycleWithItsPath() throws {
    let check = try TreeFixtures.check("invalid-cycle.json")
    let cycle = check.diagnostics.first { $0.code == "cycle" }
    #expect(cycle?.problem == .cycle(path: ["q-account", "q-methods", "b-methods", "q-account"]))
  }

  @Test func reportsABranchThatIsNotExhaustiveWithACounterExample() throws {
    let check = try TreeFixtures.check("invalid-not-exhaustive.json")
    let finding = try #require(check.diagnostics.first { $0.code == "not-exhaustive" })
    #expect(
      finding.problem
        == .notExhaustive(
          node: "b-methods",
          counterExample: [
            FactChoice(fact: "hasAccount", answer: "yes"), FactChoice(fact: "methods", answer: "{}"),
          ],
          combinations: 2))
    #expect(finding.location.jsonPath == "$.nodes[2]")
  }

  @Test func reportsAQuestionThatDoesNotCoverEveryValue() throws {
    let check = try TreeFixtures.check("invalid-uncovered-value.json")
    #expect(
      check.diagnostics.filter { $0.severity == .error }.map(\.problem) == [
        .uncoveredValue(node: "q-account", fact: "hasAccount", value: "no")
      ])
  }

  @Test func reportsEveryDuplicateIdNotJustTheFirst() throws {
    let check = try TreeFixtures.check("invalid-duplicate-ids.json")
    let duplicates = check.diagnostics.filter { $0.code == "duplicate-id" }.map(\.problem)
    #expect(
      duplicates == [
        .duplicateIdentifier(kind: .step, id: "create", firstLine: 71),
        .duplicateIdentifier(kind: .node, id: "done", firstLine: 170),
      ])
  }

  @Test func rejectsAnUnknownMemberAndSuggestsTheRightOne() throws {
    let check = try TreeFixtures.check("invalid-unknown-member.json")
    #expect(check.diagnostics.map(\.problem) == [.unknownMember(key: "nxt", suggestion: "next")])
    #expect(check.diagnostics.first?.location.jsonPath == "$.nodes[1].nxt")
  }

  @Test func rejectsAnOperatorThatDoesNotFitTheFactType() throws {
    let check = try TreeFixtures.check("invalid-operator-mismatch.json")
    #expect(errors(check).first == "operator-mismatch@145:17")
  }

  @Test func rejectsASpellingAcceptedByTwoValues() throws {
    let check = try TreeFixtures.check("invalid-ambiguous-spelling.json")
    #expect(
      check.diagnostics.map(\.problem) == [
        .ambiguousSpelling(fact: "methods", spelling: "gar", values: ["gar", "mail"])
      ])
  }

  @Test func rejectsAnotherFormatVersion() throws {
    let check = try TreeFixtures.check("invalid-unsupported-format.json")
    #expect(errors(check) == ["unsupported-format@2:13"])
  }

  @Test func warnsAboutUnreachableNodesUnusedStepsAndMissingTranslations() throws {
    let check = try TreeFixtures.check("warning-unreachable-unused-untranslated.json")
    #expect(check.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(check.diagnostics.map(\.code).sorted() == ["missing-translation", "unreachable-node", "unused-step"])
    #expect(check.tree != nil)
  }

  /// A trailing comma is named as such, at the comma (issue 17, point 20).
  @Test func locatesAJSONSyntaxError() throws {
    let check = try TreeFixtures.check("invalid-json-trailing-comma.json")
    #expect(check.diagnostics.map(\.problem) == [.syntax(expected: .quotedKey, found: .trailingComma("}"))])
    #expect(errors(check) == ["json-syntax@3:15"])
  }

  @Test func rejectsAFileThatIsNotUTF8() throws {
    let check = try TreeFixtures.check("invalid-not-utf8.json")
    #expect(check.diagnostics.map(\.problem) == [.notUTF8])
  }

  @Test func shippedTreeIsCleanAndProvesAllCombinations() throws {
    let check = TreeCheck(bytes: try TreeFixtures.shippedBytes("certification-readiness"), sourceName: "t")
    #expect(check.diagnostics == [])
    #expect(check.combinationsProven == 2304)
  }
}
