/// A piece of text a prompt session wants shown.
///
/// The session does not print: the shell routes each piece by its ``Channel`` (the conversation
/// to standard error, results to standard output) and may colour it by its ``Tone`` on a terminal.
public struct PromptOutput: Sendable, Equatable {
  /// Where a piece belongs.
  public enum Channel: Sendable, Equatable {
    /// Questions, choices, notes, help, problems: the dialogue with the person.
    case conversation
    /// A student's verdict, steps and « Pourquoi ? », and the session's summary.
    case result
  }

  /// What a piece is, for colouring.
  public enum Tone: Sendable, Equatable, CaseIterable {
    /// Ordinary text.
    case plain
    /// A title or section heading.
    case heading
    /// A question of the flowchart.
    case question
    /// A note of the flowchart (« C'est parfait ! »).
    case note
    /// An answer that was not understood, or a warning.
    case problem
    /// A verdict with nothing to do.
    case good
    /// A verdict with something to do, or pending.
    case action
    /// A verdict that needs Pix support.
    case alert
    /// The input marker, written without a line break.
    case prompt
    /// The line read, written back when the input is not a terminal (which would echo it).
    case echo
  }

  /// Where the piece goes.
  public var channel: Channel
  /// What it is.
  public var tone: Tone
  /// The text, line breaks included (the prompt marker has none).
  public var text: String

  /// Creates a piece.
  public init(_ text: String, tone: Tone = .plain, channel: Channel = .conversation) {
    self.channel = channel
    self.tone = tone
    self.text = text
  }
}

extension Array where Element == PromptOutput {
  /// The text of the pieces on `channel` (every channel when `nil`), joined as printed.
  public func text(on channel: PromptOutput.Channel? = nil) -> String {
    filter { channel == nil || $0.channel == channel }.map(\.text).joined()
  }
}
