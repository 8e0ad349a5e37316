import PixReadyIO

/// Writes a prompt session's pieces: the conversation on standard error, results on standard
/// output (or on standard error too with `--format json`, which keeps standard output for JSON).
///
/// Colour only on a terminal and without `NO_COLOR`; standard output is flushed before each
/// conversation piece so that a result always shows before the next question.
struct PromptConsole {
  private let conversation: StandardStream
  private let results: StandardStream
  private let conversationColour: Bool
  private let resultColour: Bool

  /// Creates the console of `context`; `resultsOnStandardError` for `--format json`.
  init(context: CommandContext, resultsOnStandardError: Bool) {
    conversation = context.err
    results = resultsOnStandardError ? context.err : context.out
    conversationColour = context.colorAllowed(on: context.err)
    resultColour = context.colorAllowed(on: results)
  }

  /// Whether the conversation is coloured (Ctrl-C then resets the colour).
  var usesColour: Bool { conversationColour }

  /// Writes `outputs` in order.
  func write(_ outputs: [PromptOutput]) {
    for output in outputs {
      switch output.channel {
      case .conversation:
        results.flush()
        conversation.write(text: Self.styled(output, colour: conversationColour))
      case .result:
        results.write(text: Self.styled(output, colour: resultColour))
      }
    }
    results.flush()
  }

  private static func styled(_ output: PromptOutput, colour: Bool) -> String {
    guard colour, let code = code(output.tone) else { return output.text }
    var body = Substring(output.text)
    var leading = ""
    while body.first == "\n" {
      leading += "\n"
      body = body.dropFirst()
    }
    var trailing = ""
    while body.last == "\n" {
      trailing += "\n"
      body = body.dropLast()
    }
    return leading + "\u{1B}[\(code)m" + body + "\u{1B}[0m" + trailing
  }

  private static func code(_ tone: PromptOutput.Tone) -> String? {
    switch tone {
    case .plain, .echo: nil
    case .heading, .question, .prompt: "1"
    case .note: "36"
    case .problem, .action: "33"
    case .good: "32"
    case .alert: "31"
    }
  }
}
