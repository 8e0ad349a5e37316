import PixReadyCore
import PixReadyTestSupport
import Testing

/// `DecisionTable`: paths or combinations, each combination counted once, Markdown.
struct DecisionTableTests {
  @Test func listsTheMiniTreeByPathsAsItsGoldenMarkdown() throws {
    let table = try DecisionTable(tree: try TreeFixtures.validFixture("valid-mini.json"))
    #expect(table.rowKind == .paths)
    try Golden.expect(table.markdown(language: .fr), equals: .expected("mini-table-paths.md"))
  }

  @Test func listsEveryCombinationWhenAsked() throws {
    let table = try DecisionTable(tree: try TreeFixtures.validFixture("valid-mini.json"), rows: .combinations)
    #expect(table.rows.count == 8)
    try Golden.expect(table.markdown(language: .en), equals: .expected("mini-table-combinations.en.md"))
  }

  @Test func choosesCombinationsWhenPathsAreNotShorter() throws {
    let table = try DecisionTable(tree: try TreeFixtures.validFixture("valid-tricky-labels.json"))
    #expect(table.rowKind == .combinations)
    #expect(table.rows.count == 2)
  }

  @Test(arguments: [
    ("certification-readiness", 1800, 2304), ("pix-orga-access", 51, 5120), ("join-error-codes", 34, 960),
  ])
  func pathsCoverEveryCombinationExactlyOnce(_ name: String, _ paths: Int, _ combinations: Int) throws {
    let tree = try TreeFixtures.shipped(name)
    let table = try DecisionTable(tree: tree, rows: .paths)
    #expect(table.rows.count == paths)
    #expect(table.combinationCount == CombinationCount(combinations))
    #expect(table.rows.reduce(CombinationCount.zero) { $0 + $1.combinations } == CombinationCount(combinations))
    #expect(tree.combinationsProven == CombinationCount(combinations))
    #expect(table.rows.allSatisfy { $0.diagnosis.isComplete })
  }

  @Test func eachCombinationRowIsWhatTheEvaluatorSays() throws {
    let tree = try TreeFixtures.shipped()
    let table = try DecisionTable(tree: tree, rows: .combinations)
    #expect(table.rows.count == 2304)
    let evaluator = Evaluator(tree: tree)
    for row in table.rows {
      #expect(row.answers.count == tree.tree.facts.count)
      #expect(row.diagnosis == evaluator.evaluate(row.answers))
    }
    #expect(Set(table.rows.map(\.answers)).count == 2304)
  }

  @Test func pathRowsGiveOnlyTheFactsAsked() throws {
    let table = try DecisionTable(tree: try TreeFixtures.shipped("join-error-codes"))
    let first = try #require(table.rows.first)
    #expect(first.answers == ["code": .value("R11"), "knowsCredentials": .value("yes")])
    #expect(first.combinations == 32)
    #expect(first.diagnosis.conclusion?.node == "other-school-email-known")
  }
}
