/// Escapes text for Markdown (CommonMark and GitHub tables) while keeping it readable as plain text.
public enum MarkdownText {
  /// Inline text: the characters that would start emphasis, code, links, HTML, an entity or a table
  /// cell are escaped; line breaks become spaces; bidirectional controls are neutralised
  /// (``BidiText``). `_` inside a word (`methode_orga`) cannot start emphasis
  /// and stays as is, so that plain text stays readable.
  public static func inline(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      case "\\", "`", "*", "[", "]", "<", "|", "&": out += "\\" + String(character)
      case "_":
        let before = index > 0 && characters[index - 1].isLetterOrDigit
        let after = index + 1 < characters.count && characters[index + 1].isLetterOrDigit
        out += before && after ? "_" : "\\_"
      case "\n", "\r", "\r\n": out += " "
      default:
        if character.unicodeScalars.contains(where: BidiText.isControl) {
          out += BidiText.neutralised(String(character))
        } else {
          out.append(character)
        }
      }
    }
    return out
  }

  /// A paragraph: inline text that cannot start a heading, quote, list or rule.
  static func paragraph(_ text: String) -> String {
    let escaped = inline(text)
    guard let first = escaped.first else { return escaped }
    if "#>+-=".contains(first)
      || (first.isNumber && escaped.dropFirst().prefix { $0.isNumber }.count < 9
        && escaped.drop { $0.isNumber }.first.map { ".)".contains($0) } == true)
    {
      return "\\" + escaped
    }
    return escaped
  }

  /// A table row from its cells, already escaped; an empty cell shows a dash.
  static func row(_ cells: [String]) -> String {
    "| " + cells.map { $0.isEmpty ? "—" : $0 }.joined(separator: " | ") + " |\n"
  }

  /// The delimiter row of a table: `---` for text, `---:` for numbers.
  static func delimiter(numeric: [Bool]) -> String {
    "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
  }
}

extension Character {
  /// A letter or a digit.
  fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
