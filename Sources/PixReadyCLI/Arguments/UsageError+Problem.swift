import PixReadyCore

/// A usage error is a problem of the whole run, said by ``CLIMessages/usageError(_:)``.
extension UsageError: Problem {
  /// The stable code (`unknown-option`).
  var code: String {
    switch self {
    case .unknownCommand: "unknown-command"
    case .unknownOption: "unknown-option"
    case .missingValue: "missing-value"
    case .unexpectedValue: "unexpected-value"
    case .repeatedOption: "repeated-option"
    case .missingArgument: "missing-argument"
    case .unexpectedArgument: "unexpected-argument"
    case .invalidValue: "invalid-value"
    case .unsupportedOutput: "unsupported-output"
    case .noPDF: "no-pdf"
    case .unknownLanguage: "unknown-language"
    case .invalidFact: "invalid-fact"
    }
  }

  /// The sentence in `language`.
  func message(in language: Language) -> String {
    CLIMessages(language: language).usageError(self)
  }
}
