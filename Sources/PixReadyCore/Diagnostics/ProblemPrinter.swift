/// Prints problems compiler-style, in one language: the one place that writes a problem's line.
///
/// A located problem prints as `file:line:col: erreur : message [code]` (`file:line:col: error: message
/// [code]` in English); a problem of the whole run prints after the program's name, as command-line
/// tools do: `pixready: erreur : message`.
public struct ProblemPrinter: Sendable {
  /// The language of the sentences.
  public var language: Language
  /// The name printed before a problem without location.
  public var program: String

  /// Creates a printer.
  public init(language: Language, program: String = "pixready") {
    self.language = language
    self.program = program
  }

  /// The severity word (`erreur`, `avertissement`; `error`, `warning`).
  public func label(for severity: Severity) -> String {
    switch (severity, language) {
    case (.error, .fr): "erreur"
    case (.warning, .fr): "avertissement"
    case (.error, .en): "error"
    case (.warning, .en): "warning"
    }
  }

  /// The line of `problem`, without a line break.
  public func line(_ problem: some Problem) -> String {
    guard let location = problem.sourceLocation else {
      return "\(program): \(labelWithColon(problem.severity)) \(problem.message(in: language))"
    }
    return line(location.description, problem.severity, problem.message(in: language), code: problem.code)
  }

  /// A compiler-style line from its parts: `where: erreur : message [code]` in French (the space
  /// before the colon of the sentence, not of the location), `where: error: message [code]` in English.
  public func line(_ location: String, _ severity: Severity, _ message: String, code: String) -> String {
    "\(location): \(labelWithColon(severity)) \(message) [\(code)]"
  }

  private func labelWithColon(_ severity: Severity) -> String {
    label(for: severity) + (language == .fr ? " :" : ":")
  }
}
