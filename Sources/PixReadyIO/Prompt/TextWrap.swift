/// Word wrapping for the prompt's texts at the terminal's width, never inside a word.
///
/// Lines stop one column short of the terminal's width, so that a full line never makes the
/// terminal wrap it itself; 80 columns when the width is unknown or the output is not a terminal.
struct TextWrap: Sendable {
  /// The terminal width assumed when it is unknown.
  static let defaultColumns = 80
  /// The narrowest width wrapped to, however narrow the terminal.
  static let minimumColumns = 20

  /// The width wrapped to, indentation included.
  let width: Int

  /// Wraps for a terminal `columns` wide.
  init(columns: Int = TextWrap.defaultColumns) {
    width = max(columns, Self.minimumColumns) - 1
  }

  /// `text` wrapped at word boundaries, every line starting with `indent` (the first with
  /// `firstIndent` when given), each line ending with a line break.
  func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
    var result = ""
    var lead = firstIndent ?? indent
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lead
      lead = indent
      var lineHasWord = false
      for word in Self.words(paragraph) {
        if lineHasWord, line.count + 1 + word.count > width {
          result += line + "\n"
          line = indent
          lineHasWord = false
        }
        line += (lineHasWord ? " " : "") + word
        lineHasWord = true
      }
      result += line + "\n"
    }
    return result
  }

  /// The words of a line, French punctuation kept with its word: « and the word after it, » : ; ? !
  /// and the word before them; `>` (as in « ENT > Médiacentre ») never starts a line either, where
  /// it would look like the prompt.
  private static func words(_ line: Substring) -> [String] {
    var words: [String] = []
    var glueNext = false
    for word in line.split(separator: " ").map(String.init) {
      if let last = words.last, glueNext || ["»", ":", ";", "?", "!", ">"].contains(word) {
        words[words.count - 1] = last + " " + word
      } else {
        words.append(word)
      }
      glueNext = word == "«"
    }
    return words
  }
}
