import PixReadyCore

/// Diagnoses the rows of a class file: reads the cells into answers and evaluates them.
///
/// Pure and cheap to copy: the batch run calls it once per row, possibly from several threads.
public struct BatchDiagnoser: Sendable {
  /// The tree.
  public let tree: ValidatedTree
  /// The column map of the file.
  public let columns: ColumnMap
  /// Answers given for every row (`--fact`); they win over the file's column for that fact.
  public let commonAnswers: Answers
  private let evaluator: Evaluator
  private let reader: AnswerReader
  private let factOrder: [(id: String, column: Int)]

  /// Creates a diagnoser for a file whose header gave `columns`.
  public init(tree: ValidatedTree, columns: ColumnMap, commonAnswers: Answers = [:]) {
    self.tree = tree
    self.columns = columns
    self.commonAnswers = commonAnswers
    evaluator = Evaluator(tree: tree)
    reader = AnswerReader(tree: tree)
    factOrder = tree.tree.facts.compactMap { fact in
      commonAnswers[fact.id] == nil ? columns.facts[fact.id].map { (fact.id, $0) } : nil
    }
  }

  /// Diagnoses one row.
  public func diagnose(fields: [String], row: Int, line: Int) -> RowDiagnosis {
    var student = StudentIdentity()
    for (field, index) in columns.identity where index < fields.count {
      student.values[field] = fields[index].trimmedSpaces
    }
    var answers = commonAnswers
    for (fact, index) in factOrder {
      let text = index < fields.count ? fields[index] : ""
      switch reader.read(text, for: fact) {
      case .answer(let answer):
        answers[fact] = answer
      case .missing:
        continue
      case .invalid:
        let error = RowError(
          code: .unknownValue, column: columns.headers[index], value: text, fact: fact,
          accepted: acceptedLabels(fact))
        return RowDiagnosis(row: row, line: line, student: student, status: .error(error))
      }
    }
    let diagnosis = evaluator.evaluate(answers)
    let status: RowDiagnosis.Status
    if let verdict = diagnosis.verdict {
      status = .verdict(verdict)
    } else {
      status = .pending(fact: diagnosis.missingFact?.fact ?? "")
    }
    return RowDiagnosis(
      row: row, line: line, student: student, status: status, steps: diagnosis.steps, trace: diagnosis.trace)
  }

  /// The French labels of a fact's values (and of the empty set), as shown in error messages.
  public func acceptedLabels(_ factID: String) -> [String] {
    guard let fact = tree.fact(factID) else { return [] }
    return fact.values.map(\.label.fr) + (fact.emptySet.map { [$0.label.fr] } ?? [])
  }

  /// The steps due to school answers alone: the walk with only school facts, up to the first student question.
  public func schoolSteps(_ answers: Answers) -> [Step] {
    let schoolFacts = Set(tree.tree.facts.filter { $0.scope == .school }.map(\.id))
    return evaluator.evaluate(answers.filter { schoolFacts.contains($0.key) }).steps
  }
}
