/// The tree compiled to a flat lookup table: every combination of answers, each fact answered,
/// answered « je ne sais pas » or not asked yet, mapped to its diagnosis.
///
/// Facts have finite domains, so the walk can be done once per combination ahead of time; deciding
/// one student then costs a mixed-radix index and an array read. Built only when the table stays
/// small (``maximumEntries``); otherwise callers walk the tree with ``Evaluator``.
public struct EvaluationTable: Sendable {
  /// The largest table built (entries), about 1 MB of references.
  public static let maximumEntries = 1 << 17

  /// The facts, in the tree's order, with their answers by position.
  public let facts: [Fact]
  /// Each fact's answers; the index of an answer is its code. After them come
  /// ``unknownCode(_:)`` and ``missingCode(_:)``, one code for both when no question plans
  /// « je ne sais pas » for the fact (it then behaves exactly as not asked).
  public let domains: [[Answer]]
  /// Whether some question plans « je ne sais pas » for each fact.
  public let plansUnknown: [Bool]
  /// What one step in each fact's code moves the entry index by: the mixed-radix place values.
  ///
  /// The entry of a combination is `Σ codes[p] × strides[p]`, so a caller that knows a cell's code
  /// can keep `code × stride` and decide a row with a few additions and one array read.
  public let strides: [Int]
  private let radices: [Int]
  private let diagnoses: [Diagnosis]

  /// Compiles `tree`, or returns `nil` when the table would exceed ``maximumEntries``.
  public init?(tree: ValidatedTree) {
    let facts = tree.tree.facts
    let domains = facts.map { tree.index.domain(of: $0) }
    let plans = facts.map { tree.index.plansUnknown.contains($0.id) }
    let radices = facts.indices.map { domains[$0].count + (plans[$0] ? 2 : 1) }
    var size = 1
    for radix in radices {
      let (product, overflow) = size.multipliedReportingOverflow(by: radix)
      guard !overflow, product <= Self.maximumEntries else { return nil }
      size = product
    }
    self.facts = facts
    self.domains = domains
    plansUnknown = plans
    self.radices = radices
    var stride = 1
    var strides = [Int](repeating: 1, count: facts.count)
    for position in facts.indices.reversed() {
      strides[position] = stride
      stride *= radices[position]
    }
    self.strides = strides
    let evaluator = Evaluator(tree: tree)
    var table: [Diagnosis] = []
    table.reserveCapacity(size)
    var codes = [Int](repeating: 0, count: facts.count)
    for _ in 0..<size {
      var answers: Answers = [:]
      for (position, code) in codes.enumerated() {
        let domain = domains[position]
        if code < domain.count {
          answers[facts[position].id] = domain[code]
        } else if plans[position], code == domain.count {
          answers[facts[position].id] = .unknown
        }
      }
      // Answers from the facts' domains: valid by construction.
      table.append(evaluator.evaluate(ValidAnswers(trusted: answers)))
      for position in codes.indices.reversed() {
        codes[position] += 1
        if codes[position] < radices[position] { break }
        codes[position] = 0
      }
    }
    diagnoses = table
  }

  /// The code meaning « not asked yet » for the fact at `position`.
  public func missingCode(_ position: Int) -> Int { radices[position] - 1 }

  /// The code meaning « je ne sais pas » for the fact at `position`: ``missingCode(_:)`` itself
  /// when no question plans that answer.
  public func unknownCode(_ position: Int) -> Int { domains[position].count }

  /// The code of `answer` for the fact at `position`, or `nil` when it is not in the domain.
  public func code(of answer: Answer, position: Int) -> Int? {
    answer == .unknown ? unknownCode(position) : domains[position].firstIndex(of: answer)
  }

  /// The diagnosis for one code per fact, in the tree's fact order.
  public func diagnosis(codes: [Int]) -> Diagnosis {
    diagnoses[entry(codes: codes)]
  }

  /// The number of entries: one per combination of codes, « missing » included.
  public var count: Int { diagnoses.count }

  /// The entry index of one code per fact, in the tree's fact order.
  public func entry(codes: [Int]) -> Int {
    var index = 0
    for (position, code) in codes.enumerated() {
      index += code * strides[position]
    }
    return index
  }

  /// The diagnosis of an entry (`0..<count`).
  public func diagnosis(entry: Int) -> Diagnosis {
    diagnoses[entry]
  }
}
