import PixReadyCore

/// Reads a line typed at the prompt: a command, a number, a label or any accepted spelling,
/// compared case- and accent-insensitively.
///
/// Commands come first, so a tree value spelled like a command (`r`, `q`) cannot be typed as text;
/// its number still works. At a name, any text is a name (« B », « Q », « nsp »): only the full
/// words of the commands act there, and « ? ».
struct PromptReplyReader {
  private static let nameHelpWords: Set<String> = ["?", "aide", "help"]
  private static let nameBackWords: Set<String> = ["retour", "back"]
  private static let nameQuitWords: Set<String> = ["quitter", "quit"]

  private static let helpWords: Set<String> = ["?", "aide", "help", "h"]
  private static let backWords: Set<String> = ["r", "retour", "back", "b"]
  private static let quitWords: Set<String> = ["q", "quitter", "quit", "exit", "sortir"]
  private static let unknownWords = AnswerReader.unknownSpellings.subtracting(["?"]).union([
    "je sais pas", "sais pas", "ne sais pas", "don't know", "dont know", "idk",
  ])
  private static let noneWords: Set<String> = ["-", "aucune", "aucun", "none", "rien", "vide"]
  private static let separators: Set<Character> = [",", ";", "+", "/"]

  let tree: ValidatedTree
  let language: Language

  /// What `line` means while the session asks `prompt`.
  func read(_ line: String, for prompt: PromptKind) -> PromptReply {
    let key = Spelling.key(line)
    if prompt == .name { return readName(line, key: key) }
    if Self.helpWords.contains(key) { return .help }
    if Self.backWords.contains(key) { return .back }
    if Self.quitWords.contains(key) { return .quit }
    switch prompt {
    case .name:
      return readName(line, key: key)
    case .nextStudent:
      if Self.unknownWords.contains(key) { return .invalid(.unknownNotHere) }
      return readNextStudent(key)
    case .fact(let id):
      guard let fact = tree.fact(id) else { return .invalid(.notUnderstood(line, suggestion: nil)) }
      if key.isEmpty { return .invalid(.empty) }
      if Self.unknownWords.contains(key) { return .entry(.answer(fact: id, .unknown)) }
      let reading = fact.kind == .set ? readSet(line, fact: fact) : readOne(line, key: key, fact: fact)
      switch reading {
      case .success(let answer): return .entry(.answer(fact: id, answer))
      case .failure(let problem): return .invalid(problem)
      }
    }
  }

  private func readName(_ line: String, key: String) -> PromptReply {
    if Self.nameHelpWords.contains(key) { return .help }
    if Self.nameBackWords.contains(key) { return .back }
    if Self.nameQuitWords.contains(key) { return .quit }
    return .entry(.name(line.trimmedSpaces))
  }

  private func readNextStudent(_ key: String) -> PromptReply {
    if key.isEmpty { return .invalid(.empty) }
    if ["1", "o", "oui", "y", "yes", "suivant", "next"].contains(key) { return .entry(.nextStudent(true)) }
    if ["2", "n", "non", "no", "fin", "end", "0"].contains(key) { return .entry(.nextStudent(false)) }
    if let number = Int(key) { return .invalid(.noSuchNumber(number, count: 2)) }
    let suggestion = EditDistance.suggestion(for: key, among: ["oui", "non", "yes", "no"])
    return .invalid(.notUnderstood(key, suggestion: suggestion))
  }

  private func readOne(_ line: String, key: String, fact: Fact) -> Result<Answer, ReplyProblem> {
    let choices = PromptChoice.choices(of: fact)
    let numbers = Self.numbers(in: key)
    if let numbers, numbers.count > 1 { return .failure(.onlyOne) }
    if let number = numbers?.first {
      if (1...choices.count).contains(number), case .value(let id) = choices[number - 1].meaning {
        return .success(.value(id))
      }
      if case .answer(let answer) = AnswerReader(tree: tree).read(line, for: fact.id) { return .success(answer) }
      return .failure(.noSuchNumber(number, count: choices.count))
    }
    switch AnswerReader(tree: tree).read(line, for: fact.id) {
    case .answer(let answer): return .success(answer)
    case .missing: return .failure(.empty)
    case .invalid:
      return .failure(.notUnderstood(line.trimmedSpaces, suggestion: suggest(key, fact)))
    }
  }

  private func readSet(_ line: String, fact: Fact) -> Result<Answer, ReplyProblem> {
    let reader = AnswerReader(tree: tree)
    if case .answer(let answer) = reader.read(line, for: fact.id) { return .success(answer) }
    let choices = PromptChoice.choices(of: fact)
    var values: Set<String> = []
    var saidNone = false
    var unknown: [String] = []
    for part in line.split(whereSeparator: { Self.separators.contains($0) }) {
      let key = Spelling.key(part)
      if key.isEmpty { continue }
      if let numbers = Self.numbers(in: key) {
        for number in numbers {
          guard (1...choices.count).contains(number) else {
            return .failure(.noSuchNumber(number, count: choices.count))
          }
          switch choices[number - 1].meaning {
          case .value(let id): values.insert(id)
          case .noValue: saidNone = true
          }
        }
      } else if Self.noneWords.contains(key) {
        saidNone = true
      } else if case .answer(.values(let read)) = reader.read(String(part), for: fact.id) {
        if read.isEmpty { saidNone = true }
        values.formUnion(read)
      } else {
        unknown.append(part.trimmedSpaces)
      }
    }
    if !unknown.isEmpty {
      let text = unknown.joined(separator: ", ")
      return .failure(.notUnderstood(text, suggestion: suggest(Spelling.key(unknown[0]), fact)))
    }
    if saidNone, !values.isEmpty { return .failure(.noneWithOthers) }
    if !saidNone, values.isEmpty { return .failure(.empty) }
    return .success(.values(values))
  }

  /// The numbers in `key` when it holds only digits, spaces and separators (`1`, `1 3`, `1,3`), else `nil`.
  private static func numbers(in key: String) -> [Int]? {
    let words = key.split(whereSeparator: { $0 == " " || separators.contains($0) })
    guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
      return nil
    }
    return words.map { Int($0) ?? Int.max }
  }

  /// The label of the value whose label or spelling is closest to `key`, if close enough.
  private func suggest(_ key: String, _ fact: Fact) -> String? {
    guard let id = AnswerReader(tree: tree).nearestValue(to: key, for: fact.id) else { return nil }
    let chosen = PromptChoice.choices(of: fact).first { choice in
      switch choice.meaning {
      case .value(let value): value == id
      case .noValue: id.isEmpty
      }
    }
    return chosen?.label.text(in: language)
  }
}
