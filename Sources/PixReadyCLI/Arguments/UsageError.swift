/// A mistake on the command line. Printed on stderr with the usage; exit code 2.
enum UsageError: Error, Sendable, Equatable {
  /// No such subcommand.
  case unknownCommand(String, suggestion: String?)
  /// No such option for this command.
  case unknownOption(String, command: String, suggestion: String?)
  /// An option needs a value and none was given.
  case missingValue(String, command: String)
  /// A flag was given a value (`--help=x`).
  case unexpectedValue(String, command: String)
  /// A single-valued option was given twice.
  case repeatedOption(String, command: String)
  /// A required positional argument is missing.
  case missingArgument(command: String)
  /// Too many positional arguments.
  case unexpectedArgument(String, command: String)
  /// An option's value is not one of the allowed words.
  case invalidValue(option: String, value: String, allowed: [String], command: String)
  /// `-o` names a file whose extension is not a report format (`rapport.xlsx`).
  case unsupportedOutput(path: String, formats: [String], command: String)
  /// A PDF was asked for (`--format pdf`, `-o rapport.pdf`): there is none; the HTML report prints to one.
  case noPDF(command: String)
  /// `--lang` names a language other than `fr` and `en`.
  case unknownLanguage(String)
  /// `--fact` is not `ID=VALUE`, or names an unknown fact or value.
  case invalidFact(String, problem: FactArgumentProblem, command: String)

  /// The command whose usage to show, if any.
  var command: String? {
    switch self {
    case .unknownCommand, .unknownLanguage: nil
    case .unknownOption(_, let command, _), .missingValue(_, let command), .unexpectedValue(_, let command),
      .repeatedOption(_, let command), .missingArgument(let command), .unexpectedArgument(_, let command),
      .invalidValue(_, _, _, let command), .invalidFact(_, _, let command), .unsupportedOutput(_, _, let command),
      .noPDF(let command):
      command
    }
  }
}

/// Why a `--fact ID=VALUE` argument was refused.
enum FactArgumentProblem: Sendable, Equatable {
  /// No `=` sign.
  case notKeyValue
  /// No fact has this id.
  case unknownFact(String, suggestion: String?)
  /// The value is not accepted for the fact; these spellings are.
  case unknownValue(fact: String, accepted: [String])
}
