import PixReadyCore

/// A rejected row as a problem: its ``RowError`` and, when the caller knows it, the row's place in
/// the class file.
public struct RejectedRow: Problem, Equatable {
  /// Why the row was rejected.
  public var error: RowError
  /// The class file and the row's line.
  public var sourceLocation: SourceLocation?

  /// Creates the problem of a rejected row.
  public init(_ error: RowError, at location: SourceLocation? = nil) {
    self.error = error
    self.sourceLocation = location
  }

  /// The first cell's stable code (`unknown-value`).
  public var code: String { error.code.rawValue }

  /// The sentence in `language`, as every report writes it (see ``BatchMessages/rowError(_:)``).
  public func message(in language: Language) -> String {
    BatchMessages(language: language).rowError(error)
  }
}
