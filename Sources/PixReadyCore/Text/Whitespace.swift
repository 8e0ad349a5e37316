/// The one idea of whitespace for what people and spreadsheets write: Unicode `White_Space`
/// (spaces, tabs, line breaks, no-break spaces).
///
/// Column keys, answer spellings and every trimmed header or cell use it, so the validator, the
/// column map and the answer reader never disagree about a tab or a no-break space.
public enum Whitespace {
  /// Whether `scalar` is whitespace.
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  /// Whether `character` is whitespace (`"\r\n"` is).
  public static func contains(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(contains) ?? false
  }

  /// `text` without leading and trailing whitespace.
  public static func trimmed(_ text: some StringProtocol) -> String {
    guard let first = text.firstIndex(where: { !contains($0) }), let last = text.lastIndex(where: { !contains($0) })
    else { return "" }
    return String(text[first...last])
  }
}
