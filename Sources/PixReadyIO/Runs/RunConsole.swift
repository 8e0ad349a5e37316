import PixReadyCore

/// Where a run talks to the person: sentences on standard error, with the command's prefix on
/// failures. Tests give one that records.
public struct RunConsole {
  /// Writes a sentence (or the progress line) for people, as given (line breaks included).
  public var say: (String) -> Void
  /// Reports a problem that stops the run: the command prints it (`pixready: erreur : …`).
  public var fail: (any Problem) -> Void
  /// Whether to show a progress line (standard error is a terminal).
  public var showsProgress: Bool

  /// Creates a console.
  public init(say: @escaping (String) -> Void, fail: @escaping (any Problem) -> Void, showsProgress: Bool = false) {
    self.say = say
    self.fail = fail
    self.showsProgress = showsProgress
  }
}
