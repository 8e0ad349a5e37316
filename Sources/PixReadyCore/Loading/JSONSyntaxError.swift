/// A JSON syntax error: where it is, what was expected there and what was found.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  /// What the parser expected.
  public enum Expected: Sendable, Equatable {
    /// Nothing more after the top-level value.
    case endOfDocument
    /// Less nesting (the document is nested too deeply).
    case lessNesting
    /// Any JSON value.
    case value
    /// This exact text.
    case literal(String)
    /// An object key in double quotes.
    case quotedKey
    /// A comma or the given closing bracket.
    case commaOrClose(String)
    /// The closing double quote of a string.
    case closingQuote
    /// An escape sequence after a backslash.
    case escape
    /// Four hexadecimal digits after `\u`.
    case hexDigits
    /// The second half of a surrogate pair.
    case lowSurrogate
    /// A valid Unicode scalar.
    case validScalar
  }

  /// What the parser found instead.
  public enum Found: Sendable, Equatable {
    /// The end of the file.
    case endOfFile
    /// A line break inside a string.
    case lineBreak
    /// Nesting too deep.
    case tooDeep
    /// This text.
    case text(String)
    /// A comma right before this closing bracket (`[1, 2,]`); the error is at the comma.
    case trailingComma(String)
  }

  /// Where the error is.
  public var position: TextPosition
  /// What was expected there.
  public var expected: Expected
  /// What was found.
  public var found: Found
}
