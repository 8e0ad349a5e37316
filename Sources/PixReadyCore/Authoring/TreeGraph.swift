/// The tree as a flowchart: boxes and arrows, to be written as Graphviz DOT or Mermaid.
///
/// Questions, branches and outcomes are boxes named by their node id. An answer or a case that
/// shows notes or adds steps goes through a note box, as on the paper flowchart (« C'est parfait ! »
/// between two questions); a set question's values hang their notes off the question with dashed
/// arrows, then one arrow leaves for `next`. Outcomes list their own steps with who acts.
public struct TreeGraph: Sendable, Equatable {
  /// What a box stands for.
  public enum Shape: String, Sendable, Equatable, CaseIterable {
    /// A question node.
    case question
    /// A branch node.
    case branch
    /// An outcome node.
    case outcome
    /// Notes and steps met on the way.
    case note
  }

  /// One box.
  public struct Box: Sendable, Equatable {
    /// A unique id: the node id, or `note …` (with a space, which node ids never contain).
    public var id: String
    /// What the box stands for.
    public var shape: Shape
    /// The first line: the node id (none for notes).
    public var title: String?
    /// The text lines, unwrapped.
    public var lines: [String]
    /// For an outcome: the verdict its own steps give (`ready` when it adds none), for colour.
    public var verdict: Verdict?
  }

  /// One arrow.
  public struct Arrow: Sendable, Equatable {
    /// The box the arrow leaves.
    public var from: String
    /// The box the arrow reaches.
    public var to: String
    /// The answer or condition written on the arrow.
    public var label: String?
    /// Dashed: a set value's notes, or a node's own notes.
    public var dashed: Bool
  }

  /// The tree's title.
  public var title: String
  /// The tree's identity.
  public var identity: TreeIdentity
  /// The boxes, in the order of the tree's nodes.
  public var boxes: [Box] = []
  /// The arrows.
  public var arrows: [Arrow] = []

  /// Draws `tree` with the texts of `language`.
  public init(tree: ValidatedTree, language: Language) {
    title = tree.tree.title.text(in: language)
    identity = tree.identity
    var builder = Builder(tree: tree, language: language)
    for node in tree.tree.nodes {
      builder.add(node)
    }
    boxes = builder.boxes
    arrows = builder.arrows
  }

  /// A box line cut to `width`; the continuation lines of a numbered step are indented.
  static func wrapped(_ line: String, width: Int) -> [String] {
    let lines = wrap(line, width: width)
    guard let first = lines.first, let space = first.firstIndex(of: " "), first[..<space].last == "." else {
      return lines.isEmpty ? [""] : lines
    }
    let indent = String(repeating: " ", count: first.distance(from: first.startIndex, to: space) + 1)
    return [first] + lines.dropFirst().map { indent + $0 }
  }

  /// Words cut into lines of at most `width` characters (a longer word stands alone).
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(whereSeparator: \.isWhitespace) {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}

extension TreeGraph {
  /// Builds boxes and arrows node by node.
  fileprivate struct Builder {
    let tree: ValidatedTree
    let language: Language
    let messages: AuthoringMessages
    let conditions: ConditionText
    var boxes: [Box] = []
    var arrows: [Arrow] = []

    init(tree: ValidatedTree, language: Language) {
      self.tree = tree
      self.language = language
      messages = AuthoringMessages(language: language)
      conditions = ConditionText(tree: tree, language: language)
    }

    mutating func add(_ node: Node) {
      switch node.kind {
      case .question(let question):
        let text = tree.questionText(of: question.fact, node: node.id, in: language)
        boxes.append(Box(id: node.id, shape: .question, title: node.id, lines: [text]))
      case .branch:
        boxes.append(Box(id: node.id, shape: .branch, title: node.id, lines: []))
      case .outcome(let outcome):
        addOutcome(node.id, outcome)
      }
      if !node.notes.isEmpty {
        let note = "note \(node.id)"
        boxes.append(Box(id: note, shape: .note, lines: node.notes.map { $0.text(in: language) }))
        arrows.append(Arrow(from: node.id, to: note, dashed: true))
      }
      switch node.kind {
      case .question(let question): addAnswers(node.id, question)
      case .branch(let branch): addCases(node.id, branch)
      case .outcome: break
      }
    }

    private mutating func addOutcome(_ id: String, _ outcome: Outcome) {
      let steps = outcome.steps.compactMap(tree.step)
      var lines = outcome.title.map { [$0.text(in: language)] } ?? []
      if !steps.isEmpty {
        lines.append(messages.stepsHeading)
        lines += steps.enumerated().map { "\($0.offset + 1). " + stepText($0.element) }
      }
      boxes.append(
        Box(id: id, shape: .outcome, title: id, lines: lines, verdict: Evaluator.verdict(for: steps)))
    }

    private mutating func addAnswers(_ id: String, _ question: Question) {
      guard let fact = tree.fact(question.fact) else { return }
      if fact.kind == .set {
        for answer in question.answers {
          hang(answer.edge, from: id, label: fact.label(of: .values([answer.value]), in: language), key: answer.value)
        }
        if let empty = question.whenEmpty {
          hang(empty, from: id, label: fact.label(of: .values([]), in: language), key: "empty")
        }
        if let unknown = question.whenUnknown {
          hang(unknown, from: id, label: fact.label(of: .unknown, in: language), key: "unknown")
        }
        if let next = question.next { arrows.append(Arrow(from: id, to: next, label: messages.then, dashed: false)) }
        return
      }
      defer {
        if let unknown = question.whenUnknown {
          connect(unknown, from: id, label: fact.label(of: .unknown, in: language), key: "unknown")
        }
      }
      // Answers going straight to the same node share one arrow, drawn where the first one stands.
      var order: [String] = []
      var plain: [String: [String]] = [:]
      var through: [String: Question.Answer] = [:]
      for answer in question.answers {
        guard let next = answer.edge.next else { continue }
        if answer.edge.notes.isEmpty && answer.edge.steps.isEmpty {
          if plain[next] == nil { order.append("=" + next) }
          plain[next, default: []].append(fact.label(of: .value(answer.value), in: language))
        } else {
          order.append("+" + answer.value)
          through[answer.value] = answer
        }
      }
      for key in order {
        let name = String(key.dropFirst())
        if let labels = plain[name], key.hasPrefix("=") {
          arrows.append(Arrow(from: id, to: name, label: labels.joined(separator: " / "), dashed: false))
        } else if let answer = through[name], let next = answer.edge.next {
          let label = fact.label(of: .value(answer.value), in: language)
          self.through(answer.edge, from: id, next: next, label: label, key: answer.value)
        }
      }
    }

    private mutating func addCases(_ id: String, _ branch: Branch) {
      for (index, branchCase) in branch.cases.enumerated() {
        connect(branchCase.edge, from: id, label: conditions.text(branchCase.condition), key: "case\(index)")
      }
      if let otherwise = branch.otherwise {
        connect(otherwise, from: id, label: messages.otherwise, key: "otherwise")
      }
    }

    private mutating func connect(_ edge: Edge, from id: String, label: String, key: String) {
      guard let next = edge.next else { return }
      if edge.notes.isEmpty && edge.steps.isEmpty {
        arrows.append(Arrow(from: id, to: next, label: label, dashed: false))
      } else {
        through(edge, from: id, next: next, label: label, key: key)
      }
    }

    /// An edge with notes or steps: question → note box → next.
    private mutating func through(_ edge: Edge, from id: String, next: String, label: String, key: String) {
      let note = "note \(id) \(key)"
      boxes.append(Box(id: note, shape: .note, lines: noteLines(edge)))
      arrows.append(Arrow(from: id, to: note, label: label, dashed: false))
      arrows.append(Arrow(from: note, to: next, dashed: false))
    }

    /// A set value's notes and steps, hanging off its question.
    private mutating func hang(_ edge: Edge, from id: String, label: String, key: String) {
      guard !edge.notes.isEmpty || !edge.steps.isEmpty else { return }
      let note = "note \(id) \(key)"
      boxes.append(Box(id: note, shape: .note, lines: noteLines(edge)))
      arrows.append(Arrow(from: id, to: note, label: label, dashed: true))
    }

    private func noteLines(_ edge: Edge) -> [String] {
      edge.notes.map { $0.text(in: language) }
        + edge.steps.compactMap(tree.step).map { messages.stepAdded + stepText($0) }
    }

    private func stepText(_ step: Step) -> String {
      let actors = step.actors.map { tree.actor($0)?.label.text(in: language) ?? $0 }
      return messages.stepWithActors(step.title.text(in: language), actors)
    }
  }
}
