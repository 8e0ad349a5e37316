/// A JSON value that remembers where it was written.
///
/// The loader reads trees into this form first, so that every error can name the line and
/// column of the value it is about.
public struct JSONValue: Sendable, Equatable {
  /// The kinds of JSON value.
  public enum Kind: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as written.
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in the order written.
    case object([Member])
  }

  /// One member of a JSON object.
  public struct Member: Sendable, Equatable {
    /// The key.
    public var key: String
    /// Where the key was written.
    public var keyPosition: TextPosition
    /// The value.
    public var value: JSONValue
  }

  /// What the value is.
  public var kind: Kind
  /// Where the value starts.
  public var position: TextPosition

  /// A short French/English-neutral name of the kind, used in messages (`object`, `string`…).
  public var kindName: String {
    switch kind {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}

/// A 1-based line and column in a text.
public struct TextPosition: Sendable, Equatable, Hashable, Comparable {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, counted in characters.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders positions by line, then column.
  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
