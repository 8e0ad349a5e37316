import PixReadyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a command runs with: language, standard streams, environment.
struct CommandContext {
  /// The language of messages.
  var language: Language
  /// Standard output.
  var out = StandardStream.output()
  /// Standard error.
  var err = StandardStream.error()
  /// The process environment.
  var environment: [String: String]

  /// Whether standard input is a terminal.
  var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

  /// Whether colour may be used on a stream: a terminal, and `NO_COLOR` not set.
  func colorAllowed(on stream: StandardStream) -> Bool {
    stream.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  /// The CLI sentences in the current language.
  var messages: CLIMessages { CLIMessages(language: language) }

  /// Prints `pixready: erreur: message` on stderr.
  func fail(_ message: String) {
    err.write("pixready: \(messages.errorLabel()): \(message)\n")
  }
}
