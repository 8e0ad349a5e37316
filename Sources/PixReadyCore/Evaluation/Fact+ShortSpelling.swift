extension Fact {
  /// The short spelling people type for a value (`ENT`, `identifiant`, `mail`, `aucun`, `oui`), for
  /// lists of accepted values; `""` names the empty set of a set fact.
  ///
  /// It is the shortest of the label and the accepted spellings (three letters or more) that the
  /// label contains as whole words, so it reads as the label does: `ENT` for « Avec l'ENT et le
  /// Médiacentre », `aucun` for « Aucun compte Pix », but `aucune` for the empty set labelled
  /// « Aucune » (`aucun` is only the start of that word). A label's capital is dropped (`oui`, not
  /// `Oui`) unless the word is in capitals (`ENT`, `R11`).
  public func shortSpelling(of valueID: String, in language: Language = .fr) -> String {
    let value = valueID.isEmpty ? emptySet : self.value(valueID)
    guard let value else { return valueID }
    let label = value.label.text(in: language)
    let labelKey = Spelling.key(label)
    var best = label
    for spelling in value.accept where spelling.count >= 3 && spelling.count < best.count {
      if Self.isWholeWords(Spelling.key(spelling), in: labelKey) { best = spelling }
    }
    return Self.uncapitalized(best)
  }

  /// Whether `key` occurs in `text` as whole words: starting at the start of `text` or right after a
  /// space, `'` or `-`, and ending at the end of `text` or right before one of them.
  private static func isWholeWords(_ key: String, in text: String) -> Bool {
    guard !key.isEmpty else { return false }
    let separators: Set<Character> = [" ", "'", "-"]
    var previous: Character?
    for index in text.indices {
      defer { previous = text[index] }
      guard previous.map(separators.contains) ?? true, text[index...].hasPrefix(key) else { continue }
      let end = text.index(index, offsetBy: key.count)
      if end == text.endIndex || separators.contains(text[end]) { return true }
    }
    return false
  }

  /// `Oui` → `oui`; `ENT` and `R11` stay as they are.
  private static func uncapitalized(_ word: String) -> String {
    guard let first = word.first, first.isUppercase else { return word }
    let second = word.dropFirst().first
    if let second, second.isUppercase || second.isNumber { return word }
    return first.lowercased() + word.dropFirst()
  }
}
