/// The comparison key of what a person or a spreadsheet typed: case- and accent-insensitive.
///
/// `Médiacentre`, ` MEDIACENTRE ` and `médiacentre` share the key `mediacentre`. Whitespace runs (``Whitespace``)
/// become one space; typographic apostrophes and dashes become ASCII ones.
public enum Spelling {
  /// The comparison key of `text`.
  public static func key(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if Whitespace.contains(scalar) {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      if scalar.isASCII {
        let value = scalar.value
        result.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20) ?? scalar : scalar)
      } else {
        result.append(contentsOf: folded(scalar).unicodeScalars)
      }
    }
    return String(result)
  }

  private static func folded(_ scalar: Unicode.Scalar) -> String {
    if let mapped = foldings[scalar] { return mapped }
    if scalar.properties.generalCategory == .nonspacingMark { return "" }
    return scalar.properties.lowercaseMapping
  }

  private static let foldings: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
      ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("\u{2019}\u{2018}\u{02BC}", "'"),
      ("\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2212}", "-"), ("\u{00A0}\u{202F}", " "),
      // Letters of names from other Latin alphabets, as SIECLE spells them and a roster may not.
      ("šśşŠŚŞ", "s"), ("žźżŽŹŻ", "z"), ("čćČĆ", "c"), ("řŘ", "r"), ("ěęėĚĘĖ", "e"), ("ňńŇŃ", "n"), ("ťŤ", "t"),
      ("ďđĎĐ", "d"), ("łŁ", "l"), ("ąāĄĀ", "a"), ("őōŐŌ", "o"), ("űůūŰŮŪ", "u"), ("ğĞ", "g"), ("ıİīĪ", "i"),
    ]
    for (letters, replacement) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = replacement }
    }
    table["œ"] = "oe"
    table["æ"] = "ae"
    table["Æ"] = "ae"
    table["ß"] = "ss"
    table["Œ"] = "oe"
    table["æ"] = "ae"
    table["Æ"] = "ae"
    table["ß"] = "ss"
    return table
  }()
}
