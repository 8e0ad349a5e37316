import PixReadyCore

/// The tree compiled for `pixready page`: every state a session can reach, each mapped to the
/// question to ask next or to the diagnosis, with the diagnoses deduplicated.
///
/// It is built by the ``Evaluator`` alone: from no answer, then with each answer to the question
/// the walk asks (« je ne sais pas » included), so the page's script only looks states up and never
/// decides anything itself. A state is the set of answers given on one path; the answers a session
/// already knows (the school's, for the next student) are followed without asking.
public struct PageTable: Sendable {
  /// The most states compiled; a larger tree is refused rather than written as a huge page.
  public static let maximumStates = 60_000

  /// One reachable state of the walk.
  public struct State: Sendable, Hashable {
    /// The index of its diagnosis in ``PageTable/results``.
    public var result: Int
    /// The questions the walk went through, in order (indexes into ``PageTable/questions``).
    public var trace: [Int]
    /// For a state that asks a fact: the next state for each answer code (see
    /// ``PageTable/domains``), then for « je ne sais pas »; `nil` where that answer leaves the
    /// walk where it is, so the student stays pending on the question.
    public var next: [Int?]
  }

  /// A diagnosis without its trace: what the page shows for a state.
  public struct Result: Sendable, Hashable {
    /// The verdict, when the walk reached an outcome.
    public var verdict: Verdict?
    /// The question (index into ``PageTable/questions``) the walk needs next, when it stopped.
    public var asks: Int?
    /// The outcome node reached, if any.
    public var outcome: String?
    /// The outcome's headline, if any.
    public var headline: LocalizedText?
    /// The step ids, in order.
    public var steps: [String]
    /// The notes shown so far, in order.
    public var notes: [LocalizedText]
  }

  /// A node that asks a fact: a question node, or a branch node that needs a fact not asked yet.
  public struct Question: Sendable, Hashable {
    /// The node id.
    public var node: String
    /// The fact's position in ``PageTable/facts``.
    public var fact: Int
  }

  /// The tree would need more than ``PageTable/maximumStates`` states.
  public struct TooLarge: Error, Sendable, Equatable {
    /// The limit.
    public var limit: Int
  }

  /// The tree's facts, in its order.
  public let facts: [Fact]
  /// Each fact's answers by code: its values in order, or for a set fact every subset, the code
  /// being the sum of `1 << i` over the positions `i` of the values chosen.
  public let domains: [[Answer]]
  /// The nodes that ask a fact, in the order first met.
  public let questions: [Question]
  /// The deduplicated diagnoses.
  public let results: [Result]
  /// The states; ``root`` is the one with no answer.
  public let states: [State]
  /// The state with no answer at all, where every student starts.
  public let root: Int

  /// Compiles `tree`.
  ///
  /// « Je ne sais pas » is the answer ``PixReadyCore/Answer/unknown``: where the question plans
  /// for it (`whenUnknown`) the walk goes on; elsewhere it stays at the question, pending.
  ///
  /// - Parameter limit: the most states compiled (``maximumStates`` unless a test says otherwise).
  /// - Throws: ``TooLarge`` when the tree has more reachable states than `limit`.
  public init(tree: ValidatedTree, limit: Int = PageTable.maximumStates) throws(TooLarge) {
    var builder = PageTableBuilder(tree: tree, limit: limit)
    let root = try builder.state(for: [:])
    facts = builder.facts
    domains = builder.domains
    questions = builder.questions
    results = builder.results
    states = builder.states
    self.root = root
  }

  /// The diagnosis the page shows for `state`.
  public func result(of state: Int) -> Result { results[states[state].result] }
}

/// The walk over every path, hash-consing states and results.
private struct PageTableBuilder {
  let facts: [Fact]
  let domains: [[Answer]]
  private let evaluator: Evaluator
  private let positions: [String: Int]
  private let limit: Int
  private(set) var questions: [PageTable.Question] = []
  private var questionIndex: [PageTable.Question: Int] = [:]
  private(set) var results: [PageTable.Result] = []
  private var resultIndex: [PageTable.Result: Int] = [:]
  private(set) var states: [PageTable.State] = []
  private var stateIndex: [PageTable.State: Int] = [:]

  init(tree: ValidatedTree, limit: Int) {
    self.limit = limit
    facts = tree.tree.facts
    domains = facts.map(Self.domain)
    evaluator = Evaluator(tree: tree)
    positions = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  static func domain(of fact: Fact) -> [Answer] {
    switch fact.kind {
    case .boolean, .choice:
      return fact.values.map { .value($0.id) }
    case .set:
      let ids = fact.values.map(\.id)
      guard ids.count <= 16 else { return [] }
      return (0..<(1 << ids.count)).map { mask in
        .values(Set(ids.indices.filter { mask & (1 << $0) != 0 }.map { ids[$0] }))
      }
    }
  }

  mutating func state(for answers: Answers) throws(PageTable.TooLarge) -> Int {
    let diagnosis = evaluator.evaluate(answers)
    var next: [Int?] = []
    var asks: Int?
    if case .pending(let missing) = diagnosis.outcome, let position = positions[missing.fact] {
      asks = question(missing.node, position)
      for answer in domains[position] {
        next.append(try state(for: answers.merging([missing.fact: answer]) { $1 }))
      }
      next.append(try unknownState(answers, missing: missing))
    }
    let result = PageTable.Result(
      verdict: diagnosis.conclusion?.verdict, asks: asks, outcome: diagnosis.conclusion?.node,
      headline: diagnosis.conclusion?.headline,
      steps: diagnosis.steps.map(\.id), notes: diagnosis.notes)
    let trace = diagnosis.trace.map { question($0.node, positions[$0.fact] ?? 0) }
    let state = PageTable.State(result: index(of: result), trace: trace, next: next)
    if let existing = stateIndex[state] { return existing }
    guard states.count < limit else { throw PageTable.TooLarge(limit: limit) }
    states.append(state)
    stateIndex[state] = states.count - 1
    return states.count - 1
  }

  /// The state after « je ne sais pas », or `nil` when the walk stays at the same question.
  private mutating func unknownState(
    _ answers: Answers, missing: Diagnosis.Missing
  ) throws(PageTable.TooLarge) -> Int? {
    let with = answers.merging([missing.fact: .unknown]) { $1 }
    if evaluator.evaluate(with).outcome == .pending(missing) { return nil }
    return try state(for: with)
  }

  private mutating func question(_ node: String, _ fact: Int) -> Int {
    let question = PageTable.Question(node: node, fact: fact)
    if let existing = questionIndex[question] { return existing }
    questions.append(question)
    questionIndex[question] = questions.count - 1
    return questions.count - 1
  }

  private mutating func index(of result: PageTable.Result) -> Int {
    if let existing = resultIndex[result] { return existing }
    results.append(result)
    resultIndex[result] = results.count - 1
    return results.count - 1
  }
}
