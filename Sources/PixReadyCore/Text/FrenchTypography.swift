/// French typography for text shown to people: the spaces before high punctuation and inside
/// guillemets become the non-breaking spaces a French reader expects, so that « ? » or « : »
/// never starts a line.
///
/// - a space before « : » becomes a non-breaking space (U+00A0);
/// - a space before « ; », « ? », « ! » and a space just inside « guillemets » become a narrow
///   non-breaking space (U+202F).
///
/// Only an ordinary space between a visible character and the mark changes: indentation, marks
/// written without a space (`fichier:12:3:`, `https://`) and text already typeset stay as they
/// are, so applying it twice changes nothing. Authors and messages keep writing ordinary spaces;
/// the tool typesets French text where it leaves for a person (see the README's notes on texts).
public enum FrenchTypography {
  /// A non-breaking space, before « : ».
  public static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
  /// A narrow non-breaking space, before « ; ? ! » and inside « guillemets ».
  public static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"

  /// `text` with French spacing around high punctuation and guillemets.
  public static func typeset(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x3F || $0 == 0x21 || $0 == 0xC2 })
    else { return text }  // no « : ; ? ! » and no guillemet (« » start with the byte C2 in UTF-8)
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    result.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
      guard scalar == " " else {
        result.append(scalar)
        continue
      }
      let before = index > 0 ? scalars[index - 1] : nil
      let after = index + 1 < scalars.count ? scalars[index + 1] : nil
      result.append(replacement(between: before, and: after) ?? scalar)
    }
    return String(result)
  }

  /// The space to write between `before` and `after` in place of an ordinary one, if not ordinary.
  private static func replacement(between before: Unicode.Scalar?, and after: Unicode.Scalar?) -> Unicode.Scalar? {
    if before == "«", let after, !isSpace(after) { return narrowNoBreakSpace }
    guard let before, !isSpace(before), let after else { return nil }
    switch after {
    case ":": return noBreakSpace
    case ";", "?", "!", "»": return narrowNoBreakSpace
    default: return nil
    }
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == noBreakSpace
      || scalar == narrowNoBreakSpace
  }
}

extension Language {
  /// `text` as it should reach a person in this language: French typography in French
  /// (``FrenchTypography``), unchanged in English.
  public func typeset(_ text: String) -> String {
    switch self {
    case .fr: FrenchTypography.typeset(text)
    case .en: text
    }
  }
}
