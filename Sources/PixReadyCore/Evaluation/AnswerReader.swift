/// Reads what a person or a spreadsheet wrote into an ``Answer``.
///
/// Comparison is case-, accent- and spacing-insensitive: a value is recognised by its id, its
/// French or English label, or any spelling the tree accepts. A set answer lists values separated
/// by `,` `;` `+` `/` or line breaks (Pix Orga prints one method per line).
public struct AnswerReader: Sendable {
  /// What a text means for one fact.
  public enum Reading: Sendable, Equatable {
    /// A recognised answer; an explicit « je ne sais pas » (`nsp`, `?`, `inconnu`…) is ``Answer/unknown``.
    case answer(Answer)
    /// Nothing written. A batch reads it as ``Answer/unknown`` (an empty cell); a prompt asks again.
    case missing
    /// Text that names no value; `parts` are the pieces that were not recognised.
    case invalid(parts: [String])
  }

  /// Spellings that mean « not known yet » for any fact.
  public static let unknownSpellings: Set<String> = ["?", "nsp", "je ne sais pas", "ne sait pas", "inconnu", "unknown"]

  /// `"\r\n"` is one `Character`: a cell saved with Windows line breaks splits as one with `"\n"`.
  private static let setSeparators: Set<Character> = [",", ";", "+", "/", "\n", "\r", "\r\n"]

  private let tree: ValidatedTree

  /// Creates a reader for the facts of `tree`.
  public init(tree: ValidatedTree) {
    self.tree = tree
  }

  /// The answers of `answers` that their facts can take; an unknown fact id, a value the fact does
  /// not declare or a set answer to a one-value fact is left out (counts as not given).
  public func answers(_ answers: Answers) -> ValidAnswers {
    ValidAnswers(
      trusted: answers.filter { fact, answer in
        tree.index.facts[fact].map { tree.index.accepts(answer, for: $0) } ?? false
      })
  }

  /// Reads `text` as an answer to the fact `factID`.
  public func read(_ text: String, for factID: String) -> Reading {
    guard let fact = tree.fact(factID), let spellings = tree.spellings[factID] else { return .invalid(parts: [text]) }
    let key = Spelling.key(text)
    if key.isEmpty { return .missing }
    if Self.unknownSpellings.contains(key) { return .answer(.unknown) }
    switch fact.kind {
    case .boolean, .choice:
      guard let id = Self.lookup(key, in: spellings), !id.isEmpty else { return .invalid(parts: [text]) }
      return .answer(.value(id))
    case .set:
      return readSet(text, spellings: spellings)
    }
  }

  private func readSet(_ text: String, spellings: [String: String]) -> Reading {
    if let whole = Self.lookup(Spelling.key(text), in: spellings) {
      return .answer(.values(whole.isEmpty ? [] : [whole]))
    }
    let parts = text.split(whereSeparator: { Self.setSeparators.contains($0) })
      .map(Whitespace.trimmed).filter { !$0.isEmpty }
    var values: Set<String> = []
    var unknown: [String] = []
    for part in parts {
      if let id = Self.lookup(Spelling.key(part), in: spellings), !id.isEmpty {
        values.insert(id)
      } else if let joined = Self.joinedByAnd(part, spellings: spellings) {
        values.formUnion(joined)
      } else {
        unknown.append(part)
      }
    }
    if parts.isEmpty { return .missing }
    if unknown.isEmpty { return .answer(.values(values)) }
    return spaceSeparated(text, spellings: spellings) ?? .invalid(parts: unknown)
  }

  /// `Mediacentre Identifiant`: values separated by spaces only, accepted when every word is a value
  /// (a label with a space, « Adresse e-mail », is read whole first).
  private func spaceSeparated(_ text: String, spellings: [String: String]) -> Reading? {
    let words = text.split(whereSeparator: { Whitespace.contains($0) || Self.setSeparators.contains($0) })
    guard words.count > 1 else { return nil }
    var values: Set<String> = []
    for word in words {
      guard let id = Self.lookup(Spelling.key(word), in: spellings), !id.isEmpty else { return nil }
      values.insert(id)
    }
    return .answer(.values(values))
  }

  /// `Médiacentre et Identifiant`: values joined by « et », « and » or « & », read as a set when
  /// every piece is a value.
  private static func joinedByAnd(_ part: String, spellings: [String: String]) -> Set<String>? {
    let words = Spelling.key(part).split(separator: " ")
    var pieces: [[Substring]] = [[]]
    for word in words {
      if Self.andWords.contains(word) { pieces.append([]) } else { pieces[pieces.count - 1].append(word) }
    }
    guard pieces.count > 1 else { return nil }
    var values: Set<String> = []
    for piece in pieces {
      guard let id = lookup(piece.joined(separator: " "), in: spellings), !id.isEmpty else { return nil }
      values.insert(id)
    }
    return values
  }

  private static let andWords: Set<Substring> = ["et", "and", "&"]

  /// The value whose id, label or accepted spelling is closest to `text`, when one is close enough
  /// to be a likely typo: its id, or `""` for the empty set. The one « Vouliez-vous dire » of answers.
  public func nearestValue(to text: String, for factID: String) -> String? {
    guard let fact = tree.fact(factID) else { return nil }
    var idBySpelling: [String: String] = [:]
    for (spelling, id) in Self.spellingList(of: fact) where idBySpelling[Spelling.key(spelling)] == nil {
      idBySpelling[Spelling.key(spelling)] = id
    }
    let key = Spelling.key(text)
    // A spelling of three letters (`GAR`, `non`) is two edits from any other: only one edit counts as a typo there.
    let candidates = idBySpelling.keys.sorted().filter { $0.count > 3 || EditDistance.distance(key, $0) <= 1 }
    return EditDistance.suggestion(for: key, among: candidates).flatMap { idBySpelling[$0] }
  }

  /// The texts accepted for a fact, by comparison key; `""` stands for the empty set.
  static func spellings(of fact: Fact) -> [String: String] {
    var table: [String: String] = [:]
    for (spelling, id) in spellingList(of: fact) {
      let key = Spelling.key(spelling)
      if table[key] == nil { table[key] = id }
      let compact = compactKey(key)
      if table[compact] == nil { table[compact] = id }
    }
    return table
  }

  /// Every accepted spelling of a fact with the value id it means, in declaration order.
  static func spellingList(of fact: Fact) -> [(spelling: String, id: String)] {
    var list: [(String, String)] = []
    for value in fact.values {
      list += ([value.id, value.label.fr] + (value.label.en.map { [$0] } ?? []) + value.accept).map { ($0, value.id) }
    }
    if let empty = fact.emptySet {
      list += ([empty.label.fr] + (empty.label.en.map { [$0] } ?? []) + empty.accept).map { ($0, "") }
    }
    return list
  }

  private static func lookup(_ key: String, in table: [String: String]) -> String? {
    table[key] ?? table[compactKey(key)]
  }

  /// The key without spaces, hyphens, underscores, dots and apostrophes (`e-mail` = `email`).
  static func compactKey(_ key: String) -> String {
    let compact = key.filter { !" -_.'".contains($0) }
    return compact.isEmpty ? key : compact
  }
}
