/// Escapes text for Markdown (CommonMark and GitHub tables) while keeping it readable as plain text:
/// the one Markdown escaper, with a function per context.
///
/// - ``inline(_:)``: text from outside (names, answers, messages) inside a line or a table cell.
/// - ``paragraph(_:)``: the same at the start of a line.
/// - ``tableCell(_:)``: text written by the tree's authors, whose own Markdown is kept, in a table cell.
///
/// The questionnaire page's `page.js` holds the browser's copy of ``inline(_:)`` and
/// ``paragraph(_:)``; `Tests/Scripts/page-conformance.js` checks that both write the same bytes.
public enum MarkdownText {
  /// Inline text: the characters that would start emphasis, code, links, HTML, an entity or a table
  /// cell are escaped; line breaks become spaces; bidirectional controls are neutralised
  /// (``BidiText``). `_` inside a word (`methode_orga`) cannot start emphasis
  /// and stays as is, so that plain text stays readable.
  public static func inline(_ text: String) -> String {
    if isInline(text) { return text }
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

  /// Whether ``inline(_:)`` leaves `text` as it is.
  ///
  /// Most names and answers hold nothing to escape: no special ASCII character, and not the byte
  /// E2 that starts every bidirectional control (``BidiText/isControl(_:)``).
  public static func isInline(_ text: String) -> Bool {
    !text.utf8.contains(where: { $0 < 0x80 ? needsEscape[Int($0)] : $0 == 0xE2 })
  }

  /// The ASCII bytes ``inline(_:)`` may change.
  private static let needsEscape: [Bool] = (0..<128).map { "\\`*[]<|&_\n\r".utf8.contains(UInt8($0)) }

  /// A paragraph: inline text that cannot start a heading, quote, list or rule.
  public static func paragraph(_ text: String) -> String {
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
  public static func row(_ cells: [String]) -> String {
    "| " + cells.map { $0.isEmpty ? "—" : $0 }.joined(separator: " | ") + " |\n"
  }

  /// The delimiter row of a table: `---` for text, `---:` for numbers.
  public static func delimiter(numeric: [Bool]) -> String {
    "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
  }

  /// A table cell of text written by the tree's authors (questions, labels, step titles): their
  /// Markdown is kept, only pipes are escaped and line breaks become `<br>`.
  public static func tableCell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\r\n", with: "<br>").replacing("\n", with: "<br>")
  }
}

extension Character {
  /// A letter or a digit.
  fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
