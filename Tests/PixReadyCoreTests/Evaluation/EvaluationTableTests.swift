import PixReadyCore
import Testing

/// The compiled table decides exactly as the walk does, for complete and partial answers.
struct EvaluationTableTests {
  @Test func agreesWithTheEvaluatorOnEveryPartialCombination() throws {
    let tree = try TreeFixtures.shipped()
    let table = try #require(EvaluationTable(tree: tree))
    let radices = table.facts.indices.map { table.missingCode($0) + 1 }
    // certification-readiness 2.0.0: « je ne sais pas » is planned for questions 1, 2 and 6 only.
    #expect(radices == [4, 4, 9, 5, 3, 5])
    #expect(Self.compared(table, Evaluator(tree: tree)) == 4 * 4 * 9 * 5 * 3 * 5)
  }

  /// The table is filled one walk per path (a walk's diagnosis stands for every code of the facts
  /// it never read): every entry of every tree at hand is what the evaluator says of it.
  /// (pix-orga-access has too many combinations for a table: it is walked row by row.)
  @Test(arguments: [
    "shipped:join-error-codes", "valid-mini.json", "valid-tricky-labels.json", "valid-unknown.json", "diff-v1.json",
    "diff-v2.json",
  ])
  func everyTreeIsCompiledAsTheEvaluatorWalksIt(name: String) throws {
    let tree =
      name.hasPrefix("shipped:")
      ? try TreeFixtures.shipped(String(name.dropFirst("shipped:".count))) : try TreeFixtures.validFixture(name)
    let table = try #require(EvaluationTable(tree: tree))
    #expect(Self.compared(table, Evaluator(tree: tree)) > 1)
  }

  /// Compares every entry of `table` with the evaluator's diagnosis of its codes, in mixed-radix
  /// order; returns how many entries there are.
  private static func compared(_ table: EvaluationTable, _ evaluator: Evaluator) -> Int {
    let radices = table.facts.indices.map { table.missingCode($0) + 1 }
    var codes = [Int](repeating: 0, count: radices.count)
    var compared = 0
    repeat {
      var answers: Answers = [:]
      for (position, code) in codes.enumerated() {
        if code < table.domains[position].count {
          answers[table.facts[position].id] = table.domains[position][code]
        } else if code == table.unknownCode(position), code != table.missingCode(position) {
          answers[table.facts[position].id] = .unknown
        }
      }
      #expect(table.diagnosis(codes: codes) == evaluator.evaluate(answers))
      #expect(table.entry(codes: codes) == compared, "entries are numbered in mixed-radix order")
      compared += 1
      var position = codes.count - 1
      while position >= 0 {
        codes[position] += 1
        if codes[position] < radices[position] { break }
        codes[position] = 0
        position -= 1
      }
      if position < 0 { break }
    } while true
    #expect(table.count == compared)
    return compared
  }

  @Test func numbersEntriesWithMixedRadixStrides() throws {
    let table = try #require(EvaluationTable(tree: try TreeFixtures.shipped()))
    #expect(table.strides == [2700, 675, 75, 15, 5, 1])
    let codes = [2, 0, 8, 1, 2, 3]
    #expect(table.entry(codes: codes) == 2 * 2700 + 8 * 75 + 1 * 15 + 2 * 5 + 3)
    #expect(table.diagnosis(entry: table.entry(codes: codes)) == table.diagnosis(codes: codes))
  }
}
