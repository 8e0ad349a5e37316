import PixReadyCore
import PixReadyIO

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
  /// Ctrl-C and SIGTERM: the temporary files to remove, the message of `ask`.
  var interruption: Interruption

  /// Whether standard input was closed when the process started (`<&-`).
  var standardInputClosed = false

  /// The temporary files of reports being written, removed when the process is interrupted.
  var temporaries: TemporaryFiles { interruption.temporaries }

  /// Whether standard input is a terminal.
  var stdinIsTerminal: Bool { FileDescriptor.standardInput.isTerminal }

  /// Opens a class file for reading; `-` is standard input, refused when it was closed.
  func openInput(_ path: String) throws(CSVInputError) -> ByteInput {
    if path == "-", standardInputClosed { throw .cannotOpen(path: path, reason: SystemError.badDescriptor.reason) }
    return try ByteInput.open(path: path)
  }

  /// Whether colour may be used on a stream: a terminal, and `NO_COLOR` not set.
  func colorAllowed(on stream: StandardStream) -> Bool {
    stream.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  /// The CLI sentences in the current language.
  var messages: CLIMessages { CLIMessages(language: language) }

  /// Prints `problem` on stderr with the one printer: `pixready: erreur : message` for a problem of the
  /// whole run (`pixready: error: message` in English), compiler-style when it has a location.
  func fail(_ problem: some Problem) {
    err.write(ProblemPrinter(language: language).line(problem) + "\n")
  }
}
