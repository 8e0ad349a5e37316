import PixReadyCore
import PixReadyIO

/// A problem a command finds about the run as a whole, before or after its work: a value, put
/// into words in the language it is printed in (``CLIMessages``, ``PromptMessages``).
enum CLIProblem: Problem {
  /// The tree has errors (printed before).
  case treeUnusable(name: String, errors: Int)
  /// Standard output could not be written (a full disk, a closed pipe).
  case cannotWriteStandardOutput(reason: String)
  /// `table` would print more rows than its limit.
  case tableTooLarge(rows: Int, limit: Int)
  /// `page` would hold more questionnaire states than its limit.
  case pageTooLarge(tree: String, limit: Int)
  /// `ask --save` would replace a file that is not a Markdown record.
  case saveWouldOverwrite(path: String)
  /// `ask --answers` names a file that cannot be read.
  case unreadableAnswers(path: String, exists: Bool)
  /// `ask --answers` names a file whose answers are not understood.
  case invalidAnswers(path: String, AnswersFile.Problem)

  /// The stable code.
  var code: String {
    switch self {
    case .treeUnusable: "tree-unusable"
    case .cannotWriteStandardOutput: "cannot-write-output"
    case .tableTooLarge: "table-too-large"
    case .pageTooLarge: "page-too-large"
    case .saveWouldOverwrite: "save-would-overwrite"
    case .unreadableAnswers: "unreadable-answers"
    case .invalidAnswers: "invalid-answers"
    }
  }

  /// The sentence in `language`.
  func message(in language: Language) -> String {
    let messages = CLIMessages(language: language)
    switch self {
    case .treeUnusable(let name, let errors): return messages.treeUnusable(name, errors: errors)
    case .cannotWriteStandardOutput(let reason): return messages.cannotWriteStandardOutput(reason: reason)
    case .tableTooLarge(let rows, let limit): return messages.tableTooLarge(rows: rows, limit: limit)
    case .pageTooLarge(let tree, let limit): return messages.pageTooLarge(tree, limit: limit)
    case .saveWouldOverwrite(let path): return messages.saveWouldOverwrite(path)
    case .unreadableAnswers(let path, let exists):
      return PromptMessages(language: language).unreadable(path, exists: exists)
    case .invalidAnswers(let path, let problem): return PromptMessages(language: language).answersFile(path, problem)
    }
  }
}
