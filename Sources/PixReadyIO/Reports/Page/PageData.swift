import PixReadyCore

/// The data the page's script reads: the compiled ``PageTable`` and the tree's texts in one
/// language, as one compact JSON object.
///
/// `states` are `[result, trace, next]` (`-1` in `next`: « je ne sais pas » leaves the student
/// pending); `results` are `[verdict or null, question asked or -1, outcome, headline text or -1,
/// steps, notes]`; texts of notes and headlines are shared through `texts`. `ui` holds the
/// sentences, `say` the sentences of `ask` with `{n}` and `{name}` where numbers and names go (and
/// the report date's words with `{y}`, `{month}`, `{d}`, `{h}`, `{mi}`, `{zone}`). Facts carry their
/// optional `short` text and steps whether they `escalate`, for the bilan as `ask` words it.
struct PageData {
  let table: PageTable
  let tree: ValidatedTree
  let language: Language

  /// The JSON text, safe inside a `<script>` element (no `<` left unescaped).
  func json() -> String {
    var texts = TextPool()
    let results = table.results.map { result(in: $0, texts: &texts) }
    let states = table.states.map { state in
      "[\(state.result),\(ints(state.trace)),\(ints(state.next.map { $0 ?? -1 }))]"
    }
    let identity = tree.identity
    let members: [(String, String)] = [
      ("lang", JSONText.string(language.rawValue)),
      (
        "tree",
        JSONText.object([
          ("id", JSONText.string(identity.id)), ("version", JSONText.string(identity.version)),
          ("hash", JSONText.string(identity.contentHash)),
          ("identity", JSONText.string(ReportMessages(language: language).tree(identity))),
          ("title", JSONText.string(tree.tree.title.text(in: language))),
        ])
      ),
      ("facts", "[" + table.facts.map(fact).joined(separator: ",") + "]"),
      ("questions", "[" + table.questions.map(question).joined(separator: ",") + "]"),
      ("steps", "[" + tree.tree.steps.map(step).joined(separator: ",") + "]"),
      ("results", "[" + results.joined(separator: ",") + "]"),
      ("states", "[" + states.joined(separator: ",") + "]"),
      ("root", String(table.root)),
      ("texts", JSONText.strings(texts.items)),
      (
        "ui",
        JSONText.object(
          PageMessages(language: language).table().map { ($0, JSONText.string($1)) })
      ),
      (
        "say",
        JSONText.object(
          PageSentences(language: language, subject: tree.tree.subject, maximumSteps: maximumSteps).members)
      ),
    ]
    // Every text for people in it is typeset once here, as `ask` and the reports typeset theirs.
    return language.typeset(JSONText.object(members)).replacingOccurrences(of: "<", with: "\\u003c")
  }

  private var maximumSteps: Int { table.results.map(\.steps.count).max() ?? 0 }

  private func fact(_ fact: Fact) -> String {
    let none: String? =
      fact.kind == .set ? (fact.emptySet?.label ?? PromptMessages.noneLabel).text(in: language) : nil
    return JSONText.object([
      ("id", JSONText.string(fact.id)), ("school", fact.scope == .school ? "true" : "false"),
      ("kind", JSONText.string(fact.kind.rawValue)),
      ("question", JSONText.string(tree.questionText(of: fact.id, in: language))),
      ("values", JSONText.strings(fact.values.map { $0.label.text(in: language) })),
      ("ids", JSONText.strings(fact.values.map(\.id))),
      ("none", JSONText.optional(none)), ("short", JSONText.optional(fact.short?.text(in: language))),
    ])
  }

  private func question(_ question: PageTable.Question) -> String {
    // The node's own wording and help when it has them, as `ask` shows them.
    let fact = table.facts[question.fact]
    let node = tree.question(at: question.node)
    return JSONText.object([
      ("node", JSONText.string(question.node)), ("fact", String(question.fact)),
      ("text", JSONText.string(tree.questionText(of: fact.id, node: question.node, in: language))),
      // Unnumbered, for the « Pourquoi ? » line of a fact without `short` (cut to fit, as `ask` does).
      (
        "wording",
        JSONText.string(tree.questionWording(of: fact.id, node: question.node)?.text(in: language) ?? fact.id)
      ),
      ("help", JSONText.optional((node?.help ?? fact.help)?.text(in: language))),
    ])
  }

  private func step(_ step: Step) -> String {
    let texts = TreeTexts(tree: tree, language: language)
    return JSONText.object([
      ("id", JSONText.string(step.id)), ("title", JSONText.string(step.title.text(in: language))),
      ("detail", JSONText.string(step.detail.text(in: language))), ("who", JSONText.strings(texts.actors(step))),
      ("escalates", step.escalates ? "true" : "false"),
    ])
  }

  private func result(in result: PageTable.Result, texts: inout TextPool) -> String {
    let steps = result.steps.compactMap { id in tree.tree.steps.firstIndex { $0.id == id } }
    let headline = result.headline.map { texts.index($0.text(in: language)) } ?? -1
    let notes = result.notes.map { texts.index($0.text(in: language)) }
    return "[\(JSONText.optional(result.verdict?.rawValue)),\(result.asks ?? -1),"
      + "\(JSONText.string(result.outcome ?? "")),\(headline),\(ints(steps)),\(ints(notes))]"
  }

  private func ints(_ values: [Int]) -> String {
    "[" + values.map(String.init).joined(separator: ",") + "]"
  }
}

/// Texts shared by index, each stored once.
private struct TextPool {
  private(set) var items: [String] = []
  private var indexes: [String: Int] = [:]

  mutating func index(_ text: String) -> Int {
    if let existing = indexes[text] { return existing }
    items.append(text)
    indexes[text] = items.count - 1
    return items.count - 1
  }
}
