import PixReadyCore

/// What `pixready lint` checks: trees read by the command (files or shipped copies), in order.
public struct LintPlan: Sendable {
  /// One tree's bytes and how to name it.
  public struct TreeFile: Sendable {
    /// The JSON bytes.
    public var bytes: [UInt8]
    /// The file's path, or the shipped tree's name.
    public var name: String
    /// Whether it is the copy built into the binary, not a file.
    public var builtIn: Bool

    /// Creates a tree file.
    public init(bytes: [UInt8], name: String, builtIn: Bool = false) {
      self.bytes = bytes
      self.name = name
      self.builtIn = builtIn
    }
  }

  /// A name given on the command line.
  public enum Entry: Sendable {
    /// A tree that was found.
    case tree(TreeFile)
    /// A name that is neither a file nor a shipped tree.
    case notFound(TreeNotFound)
  }

  /// How findings are written.
  public enum Format: Sendable {
    /// Compiler-style lines and a summary.
    case text
    /// One JSON array, one object per tree.
    case json
  }

  /// The names given, in order.
  public var entries: [Entry]
  /// How findings are written.
  public var format: Format
  /// Whether warnings count as findings (`--strict`).
  public var strict: Bool
  /// The language of the sentences.
  public var language: Language

  /// Creates a plan.
  public init(entries: [Entry], format: Format = .text, strict: Bool = false, language: Language = .fr) {
    self.entries = entries
    self.format = format
    self.strict = strict
    self.language = language
  }
}
