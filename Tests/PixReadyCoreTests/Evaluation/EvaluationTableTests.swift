import PixReadyCore
import Testing

/// The compiled table decides exactly as the walk does, for complete and partial answers.
struct EvaluationTableTests {
  @Test func agreesWithTheEvaluatorOnEveryPartialCombination() throws {
    let tree = try TreeFixtures.shipped()
    let table = try #require(EvaluationTable(tree: tree))
    let evaluator = Evaluator(tree: tree)
    let radices = table.domains.map { $0.count + 1 }
    #expect(radices == [3, 3, 9, 5, 3])
    var codes = [Int](repeating: 0, count: radices.count)
    var compared = 0
    repeat {
      var answers: Answers = [:]
      for (position, code) in codes.enumerated() where code < table.domains[position].count {
        answers[table.facts[position].id] = table.domains[position][code]
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
    #expect(compared == 3 * 3 * 9 * 5 * 3)
    #expect(table.count == compared)
  }

  @Test func numbersEntriesWithMixedRadixStrides() throws {
    let table = try #require(EvaluationTable(tree: try TreeFixtures.shipped()))
    #expect(table.strides == [405, 135, 15, 3, 1])
    let codes = [2, 0, 8, 1, 2]
    #expect(table.entry(codes: codes) == 2 * 405 + 8 * 15 + 1 * 3 + 2)
    #expect(table.diagnosis(entry: table.entry(codes: codes)) == table.diagnosis(codes: codes))
  }
}
