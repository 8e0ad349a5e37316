/// Suggestions by edit distance, for « Vouliez-vous dire … ? ».
public enum EditDistance {
  /// The Levenshtein distance between two strings, compared case-insensitively.
  public static func distance(_ a: String, _ b: String) -> Int {
    let left = Array(a.lowercased())
    let right = Array(b.lowercased())
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// The candidate closest to `word`, if it is close enough to be a likely typo, or the one it starts.
  public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let prefix = word.lowercased()
    if prefix.count >= 4, let started = candidates.first(where: { $0.lowercased().hasPrefix(prefix) && $0 != word }) {
      return started
    }
    let limit = max(2, word.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let d = distance(word, candidate)
      if d <= limit, d < (best?.distance ?? Int.max) {
        best = (candidate, d)
      }
    }
    return best?.candidate
  }
}
