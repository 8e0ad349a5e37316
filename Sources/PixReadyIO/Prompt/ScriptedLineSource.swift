/// Lines given in advance: what a person would type, for tests and scripts.
public struct ScriptedLineSource: LineSource {
  private var lines: [String]
  private var index = 0

  /// Creates a source that yields `lines` in order, then the end of input.
  public init(_ lines: [String]) {
    self.lines = lines
  }

  /// The next scripted line, or `nil` when all were read.
  public mutating func nextLine() -> String? {
    guard index < lines.count else { return nil }
    index += 1
    return lines[index - 1]
  }
}
