/// The decision table of a tree: every combination of answers, or every path, with its diagnosis.
///
/// A combination gives every fact a value. A path gives a value only to the facts the walk asks,
/// so one path stands for all the combinations of the facts it never needs. By default the table
/// lists whichever is shorter; both cover every combination exactly once.
public struct DecisionTable: Sendable {
  /// What one row stands for.
  public enum RowKind: String, Sendable, Equatable, CaseIterable {
    /// Every fact answered: one row per combination.
    case combinations
    /// Only the facts asked on the way: one row per path.
    case paths
  }

  /// One line of the table.
  public struct Row: Sendable, Equatable {
    /// The answers of the row: every fact for a combination, the facts asked for a path.
    public var answers: Answers
    /// How many combinations of answers the row stands for (1 for a combination).
    public var combinations: CombinationCount
    /// The verdict, outcome and steps.
    public var diagnosis: Diagnosis
  }

  /// The table would have more rows than ``maximumRows``.
  public struct TooLarge: Error, Sendable, Equatable {
    /// The rows needed (at least).
    public var rows: Int
    /// The limit.
    public var limit: Int
  }

  /// The most rows a table lists.
  public static let maximumRows = 100_000

  /// The tree.
  public let tree: ValidatedTree
  /// What the rows are.
  public let rowKind: RowKind
  /// The rows, in walk order (the first fact's values vary slowest).
  public let rows: [Row]
  /// How many combinations of answers the tree has (« je ne sais pas » counted where a question plans it).
  public let combinationCount: CombinationCount

  /// Lists `tree`'s rows as `rows`, or as whichever of paths and combinations is shorter.
  ///
  /// - Throws: ``TooLarge`` when the table would exceed ``maximumRows``.
  public init(tree: ValidatedTree, rows kind: RowKind? = nil) throws(TooLarge) {
    self.tree = tree
    let facts = tree.tree.facts
    let domains = facts.map { tree.index.proofDomain(of: $0) }
    var total = CombinationCount(1)
    for domain in domains { total = total.multiplied(by: max(1, domain.count)) }
    combinationCount = total
    let count = total.intValue ?? Int.max
    let evaluator = Evaluator(tree: tree)
    switch kind {
    case .combinations?:
      rows = try Self.combinations(facts, domains, count, evaluator)
      rowKind = .combinations
    case .paths?:
      rows = try Self.paths(facts, domains, evaluator)
      rowKind = .paths
    case nil:
      let paths = try Self.paths(facts, domains, evaluator)
      if CombinationCount(paths.count) < total {
        rows = paths
        rowKind = .paths
      } else {
        rows = try Self.combinations(facts, domains, count, evaluator)
        rowKind = .combinations
      }
    }
  }

  private static func combinations(_ facts: [Fact], _ domains: [[Answer]], _ count: Int, _ evaluator: Evaluator)
    throws(TooLarge) -> [Row]
  {
    guard count <= maximumRows else { throw TooLarge(rows: count, limit: maximumRows) }
    var rows: [Row] = []
    rows.reserveCapacity(count)
    var codes = [Int](repeating: 0, count: facts.count)
    for _ in 0..<count {
      var answers: Answers = [:]
      for (position, code) in codes.enumerated() where code < domains[position].count {
        answers[facts[position].id] = domains[position][code]
      }
      rows.append(Row(answers: answers, combinations: 1, diagnosis: evaluator.evaluate(ValidAnswers(trusted: answers))))
      if codes.isEmpty { break }
      for position in codes.indices.reversed() {
        codes[position] += 1
        if codes[position] < domains[position].count { break }
        codes[position] = 0
      }
    }
    return rows
  }

  private static func paths(_ facts: [Fact], _ domains: [[Answer]], _ evaluator: Evaluator) throws(TooLarge) -> [Row] {
    let sizes = Dictionary(uniqueKeysWithValues: zip(facts.map(\.id), domains.map { max(1, $0.count) }))
    let byID = Dictionary(uniqueKeysWithValues: zip(facts.map(\.id), domains))
    var total = CombinationCount(1)
    for size in sizes.values { total = total.multiplied(by: size) }
    var rows: [Row] = []
    func walk(_ answers: Answers, weight: CombinationCount) throws(TooLarge) {
      let diagnosis = evaluator.evaluate(ValidAnswers(trusted: answers))
      // A fact already answered and still missing was answered « je ne sais pas » where nothing
      // plans for it: the row stays pending.
      if case .pending(let missing) = diagnosis.outcome, answers[missing.fact] == nil {
        let values = byID[missing.fact] ?? []
        for value in values {
          var next = answers
          next[missing.fact] = value
          try walk(next, weight: weight.divided(by: max(1, values.count)))
        }
        return
      }
      rows.append(Row(answers: answers, combinations: weight, diagnosis: diagnosis))
      if rows.count > maximumRows { throw TooLarge(rows: rows.count, limit: maximumRows) }
    }
    try walk([:], weight: total)
    return rows
  }
}
