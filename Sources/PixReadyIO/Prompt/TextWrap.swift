/// Word wrapping for the prompt's long texts (help, notes, step details), so that they read well
/// in an 80-column terminal (79, so that a full line never makes the terminal wrap).
enum TextWrap {
  /// The width wrapped to, indentation included.
  static let width = 79

  /// `text` wrapped at word boundaries, every line starting with `indent` (the first with
  /// `firstIndent` when given), each line ending with a line break.
  static func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
    var result = ""
    var lead = firstIndent ?? indent
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lead
      lead = indent
      var lineHasWord = false
      for word in words(paragraph) {
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
