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

  /// Whether `byte` is an ASCII character that is not whitespace (White_Space in ASCII is 09–0D and 20).
  private static func isVisibleASCII(_ byte: UInt8) -> Bool {
    byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
  }

  /// `text` without leading and trailing whitespace.
  public static func trimmed(_ text: some StringProtocol) -> String {
    // Most cells start and end with a visible ASCII character: nothing to look up.
    let text = String(text)
    if let first = text.utf8.first, let last = text.utf8.last, isVisibleASCII(first), isVisibleASCII(last) {
      return text
    }
    guard let first = text.firstIndex(where: { !contains($0) }), let last = text.lastIndex(where: { !contains($0) })
    else { return "" }
    return String(text[first...last])
  }
}
