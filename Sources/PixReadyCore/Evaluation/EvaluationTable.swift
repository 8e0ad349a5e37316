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
    var compiler = Compiler(
      evaluator: Evaluator(tree: tree), walker: Walker(index: tree.index), facts: facts, domains: domains,
      plans: plans, radices: radices, strides: strides, size: size)
    compiler.compile(from: nil)
    // Every combination of codes completes the codes of some walk that ended, so every entry is
    // filled; were one not, callers would walk the tree instead.
    let table = compiler.table.compactMap { $0 }
    guard table.count == size else { return nil }
    diagnoses = table
  }

  /// Fills the table by walking the tree once per path rather than once per entry: a walk reads
  /// facts until it reaches an outcome or a fact it is not given (``Walker``), so its diagnosis
  /// holds for every code of the facts it never read. Starting with no fact given, each walk that
  /// stops for a fact not given yet goes on from there with each of that fact's codes in turn
  /// (``Walker/resume(_:with:)``); a walk that does not stop so fills every entry that agrees with
  /// the codes given.
  private struct Compiler {
    let evaluator: Evaluator
    let walker: Walker
    let facts: [Fact]
    let domains: [[Answer]]
    let plans: [Bool]
    let radices: [Int]
    let strides: [Int]
    /// The diagnosis of each entry, once filled.
    var table: [Diagnosis?]
    /// The code given for each fact so far; `nil` for a fact not given yet.
    var codes: [Int?]
    var answers: Answers = [:]
    let positions: [String: Int]

    init(
      evaluator: Evaluator, walker: Walker, facts: [Fact], domains: [[Answer]], plans: [Bool], radices: [Int],
      strides: [Int], size: Int
    ) {
      self.evaluator = evaluator
      self.walker = walker
      self.facts = facts
      self.domains = domains
      self.plans = plans
      self.radices = radices
      self.strides = strides
      table = [Diagnosis?](repeating: nil, count: size)
      codes = [Int?](repeating: nil, count: facts.count)
      positions = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Walks on from `stop` (from the start when `nil`) with the codes given, and fills what that
    /// walk decides.
    mutating func compile(from stop: Walker.Stop?) {
      // Answers from the facts' domains: valid by construction.
      let (walk, next) = stop.map { walker.resume($0, with: answers) } ?? walker.walkWithStop(answers)
      guard case .needs(let fact, _) = walk.end, let next, let position = positions[fact], codes[position] == nil
      else { return fill(with: evaluator.diagnosis(of: walk)) }
      for code in 0..<radices[position] {
        codes[position] = code
        if code < domains[position].count {
          answers[fact] = domains[position][code]
        } else if plans[position], code == domains[position].count {
          answers[fact] = .unknown
        } else {
          answers[fact] = nil
        }
        compile(from: next)
      }
      codes[position] = nil
      answers[fact] = nil
    }

    /// Sets `diagnosis` for every entry with the codes given, whatever the codes of the others.
    private mutating func fill(with diagnosis: Diagnosis) {
      var base = 0
      var free: [Int] = []
      for position in codes.indices {
        if let code = codes[position] { base += code * strides[position] } else { free.append(position) }
      }
      var freeCodes = [Int](repeating: 0, count: free.count)
      while true {
        var entry = base
        for (index, position) in free.enumerated() { entry += freeCodes[index] * strides[position] }
        table[entry] = diagnosis
        var index = free.count - 1
        while index >= 0 {
          freeCodes[index] += 1
          if freeCodes[index] < radices[free[index]] { break }
          freeCodes[index] = 0
          index -= 1
        }
        if index < 0 { return }
      }
    }
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
