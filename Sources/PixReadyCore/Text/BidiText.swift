/// Neutralises the Unicode bidirectional controls that reorder text on screen: embeddings and
/// overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
///
/// A name holding one (« Trojan Source ») could make a report or a terminal show something other
/// than what the file says, and spill over into the text after it. Each is replaced by U+FFFD
/// (« � »), so that the name stays visibly odd rather than silently changed.
public enum BidiText {
  /// The character put in place of a control.
  public static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether `scalar` is a bidirectional embedding, override or isolate control.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// `text` with every bidirectional control replaced by ``replacement``.
  public static func neutralised(_ text: String) -> String {
    // Every control is encoded from the byte 0xE2: most texts are returned as they are.
    guard text.utf8.contains(0xE2), text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? replacement : scalar) }
    return String(scalars)
  }
}
