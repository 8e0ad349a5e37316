/// Texts met many times (names, classes), each kept once; a row points at its text by index.
struct TextTable {
  /// The distinct texts, in the order first met.
  private(set) var texts: [String] = []
  /// Each text without leading and trailing whitespace, worked out once.
  private(set) var trimmedTexts: [String] = []
  private var indices: [String: Int32] = [:]
  private var last: (text: String, index: Int32)?

  /// The index of `text`, added when new.
  mutating func intern(_ text: String) -> Int32 {
    // Class files are often sorted by class, then name: the previous text comes back often.
    if let last, last.text == text { return last.index }
    let index: Int32
    if let known = indices[text] {
      index = known
    } else {
      index = Int32(texts.count)
      indices[text] = index
      texts.append(text)
      trimmedTexts.append(text.trimmedSpaces)
    }
    last = (text, index)
    return index
  }

  /// The text at `index`.
  subscript(index: Int32) -> String { texts[Int(index)] }

  /// The text at `index` without leading and trailing whitespace.
  func trimmed(_ index: Int32) -> String { trimmedTexts[Int(index)] }
}
