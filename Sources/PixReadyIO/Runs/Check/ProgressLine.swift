/// A progress line on standard error, only when it is a terminal, every 100 000 rows.
final class ProgressLine: Sendable {
  private let enabled: Bool
  private let messages: CheckMessages
  private static let every = 100_000

  init(enabled: Bool, messages: CheckMessages) {
    self.enabled = enabled
    self.messages = messages
  }

  /// Shows the count when it is a multiple of the step.
  func update(_ rows: Int, say: (String) -> Void) {
    guard enabled, rows % Self.every == 0 else { return }
    say(messages.progress(rows: rows))
  }

  /// Clears the line when progress was shown.
  func finish(say: (String) -> Void) {
    guard enabled else { return }
    say("\r\u{1B}[K")
  }
}
