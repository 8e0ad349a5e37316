// `pixready ask --answers FILE.json`: the answers a person wrote, read against the shipped tree.
// Every file is either refused with a sentence in both languages or gives answers the evaluator
// walks to an outcome or a question (its precondition traps on anything else).
import FuzzDriver
import PixReadyCore
import PixReadyIO

let tree = FuzzDriver.shippedTree()
let evaluator = Evaluator(tree: tree)

FuzzDriver.run { input in
  let answers: Answers
  do throws(AnswersFile.Problem) {
    answers = try AnswersFile.read(input, tree: tree)
  } catch {
    for language in [Language.fr, .en] {
      let sentence = PromptMessages(language: language).answersFile("réponses.json", error)
      FuzzDriver.require(!sentence.isEmpty, "empty message")
    }
    return
  }
  for id in answers.keys {
    FuzzDriver.require(tree.tree.facts.contains { $0.id == id }, "an answer to \(id), which is no fact")
  }
  let diagnosis = evaluator.evaluate(answers)
  if case .complete = diagnosis.outcome {
    FuzzDriver.require(!diagnosis.path.isEmpty, "an outcome reached by no path")
  }
}
