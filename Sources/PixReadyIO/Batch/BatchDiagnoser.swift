import PixReadyCore

/// Diagnoses the rows of a class file: reads the cells into answers and evaluates them.
///
/// Pure and cheap to copy: the batch run calls it once per row; parallel workers each use their
/// own copy. It decides with the tree's ``EvaluationTable`` when one fits, and remembers what each
/// distinct cell text means, so a row costs a few dictionary reads and an array read.
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
  let table: EvaluationTable?
  private let tablePositions: [(position: Int, column: Int)]
  private let commonCodes: [Int]
  private let baseAnswers: Answers
  private var memo: [[String: Cell]]

  /// What a cell's text means for its fact, remembered per column (an empty cell is « je ne sais pas »).
  private enum Cell {
    case code(Int, Answer)
    case invalid
  }

  /// Creates a diagnoser for a file whose header gave `columns`.
  ///
  /// - Parameter compilesTable: whether to compile the tree's ``EvaluationTable`` (thousands of
  ///   entries, a few milliseconds), which decides a row from its codes and lets the batch engine
  ///   decide rows from their bytes; without it every row is walked through the tree, to the same
  ///   diagnosis. Worth it past a few hundred rows.
  public init(tree: ValidatedTree, columns: ColumnMap, commonAnswers: Answers = [:], compilesTable: Bool = true) {
    self.tree = tree
    self.columns = columns
    self.commonAnswers = commonAnswers
    evaluator = Evaluator(tree: tree)
    reader = AnswerReader(tree: tree)
    factOrder = tree.tree.facts.compactMap { fact in
      commonAnswers[fact.id] == nil ? columns.facts[fact.id].map { (fact.id, $0) } : nil
    }
    let table = compilesTable ? EvaluationTable(tree: tree) : nil
    self.table = table
    let positions = Dictionary(uniqueKeysWithValues: tree.tree.facts.enumerated().map { ($1.id, $0) })
    tablePositions = factOrder.compactMap { fact in positions[fact.id].map { ($0, fact.column) } }
    commonCodes = tree.tree.facts.enumerated().map { position, fact in
      guard let table else { return 0 }
      return commonAnswers[fact.id].flatMap { table.code(of: $0, position: position) } ?? table.unknownCode(position)
    }
    // A batch cannot ask: whatever no cell and no `--fact` answers is « je ne sais pas ».
    baseAnswers = commonAnswers.merging(tree.tree.facts.map { ($0.id, Answer.unknown) }) { given, _ in given }
    memo = Array(repeating: [:], count: factOrder.count)
  }

  /// Diagnoses one row.
  ///
  /// - Parameters:
  ///   - problem: what went wrong while reading the record; the row is then rejected.
  ///   - cells: where the fields sit in a workbook, to name the cell of an error.
  public mutating func diagnose(
    fields: [String], row: Int, line: Int, problem: SourceRecord.Problem? = nil, cells: CellLocator? = nil
  ) -> RowDiagnosis {
    let width = columns.width
    let extraFilled = fields.count > width && fields[width...].contains { !$0.trimmedSpaces.isEmpty }
    if width > 1, fields.count == 1 || extraFilled {
      // Cells that do not line up with the header: copying any would copy an unread column.
      let error = RowError(
        code: .cellCount, column: "", value: String(fields.count), fact: nil, accepted: [], expectedCells: width)
      return RowDiagnosis(row: row, line: line, student: StudentIdentity(), status: .error(error))
    }
    var diagnosis = diagnoseCells(fields: fields, row: row, line: line, problem: problem, cells: cells)
    diagnosis.missingCells = max(0, width - fields.count)
    return diagnosis
  }

  private mutating func diagnoseCells(
    fields: [String], row: Int, line: Int, problem: SourceRecord.Problem?, cells: CellLocator?
  ) -> RowDiagnosis {
    var student = StudentIdentity()
    for (field, index) in columns.identity where index < fields.count {
      student[field] = fields[index].trimmedSpaces
    }
    if let problem, let error = error(for: problem, fields: fields) {
      return RowDiagnosis(row: row, line: line, student: student, status: .error(error))
    }
    var answers = baseAnswers
    var codes = commonCodes
    var bad: [RowError.Cell] = []
    for (slot, (fact, index)) in factOrder.enumerated() {
      let text = index < fields.count ? fields[index] : ""
      switch cell(text, slot: slot, fact: fact) {
      case .code(let code, let answer):
        answers[fact] = answer
        if table != nil { codes[tablePositions[slot].position] = code }
      case .invalid:
        bad.append(
          RowError.Cell(
            code: .unknownValue, column: columns.headers[index], value: text, fact: fact,
            accepted: acceptedLabels(fact), suggestion: suggestion(text, fact: fact),
            reference: cells?.reference(index)))
      }
    }
    if let first = bad.first {
      let error = RowError(first: first, more: Array(bad.dropFirst()))
      return RowDiagnosis(row: row, line: line, student: student, status: .error(error))
    }
    let diagnosis = table?.diagnosis(codes: codes) ?? evaluator.evaluate(answers)
    let status: RowDiagnosis.Status
    switch diagnosis.outcome {
    case .complete(let conclusion): status = .verdict(conclusion.verdict)
    case .pending(let missing): status = .pending(fact: missing.fact)
    }
    return RowDiagnosis(
      row: row, line: line, student: student, status: status, steps: diagnosis.steps, trace: diagnosis.trace,
      pendingNode: diagnosis.missing?.node)
  }

  /// The error of a record read badly; `nil` when only ignored columns are unreadable (never copied, never judged).
  ///
  /// The column of a fact every row is given (`--fact`) is one of those: its cells are not read,
  /// as rows decided from their bytes do not read them (the two once disagreed on such a row).
  private func error(for problem: SourceRecord.Problem, fields: [String]) -> RowError? {
    switch problem {
    case .undecodableFields(let indices):
      let mapped = Set(factOrder.map(\.column)).union(columns.identity.values)
      let cells = indices.filter(mapped.contains).map { index in
        RowError.Cell(
          code: .invalidText, column: index < columns.headers.count ? columns.headers[index] : "#\(index + 1)",
          value: index < fields.count ? fields[index] : "", fact: columns.facts.first { $0.value == index }?.key,
          accepted: [])
      }
      guard let first = cells.first else { return nil }
      return RowError(first: first, more: Array(cells.dropFirst()))
    }
  }

  /// The short spelling of the value closest to a cell not understood (its first piece not
  /// understood, for a set), when one is close enough.
  private func suggestion(_ text: String, fact factID: String) -> String? {
    guard let fact = tree.fact(factID) else { return nil }
    var piece = text
    if case .invalid(let parts) = reader.read(text, for: factID), let first = parts.first { piece = first }
    return reader.nearestValue(to: piece, for: factID).map { fact.shortSpelling(of: $0) }
  }

  private mutating func cell(_ text: String, slot: Int, fact: String) -> Cell {
    if let known = memo[slot][text] { return known }
    let meaning: Cell
    switch reader.read(text, for: fact) {
    case .answer(let answer): meaning = code(answer, slot: slot)
    case .missing: meaning = code(.unknown, slot: slot)
    case .invalid: meaning = .invalid
    }
    if memo[slot].count < 4096, text.utf8.count <= 256 { memo[slot][text] = meaning }
    return meaning
  }

  private func code(_ answer: Answer, slot: Int) -> Cell {
    .code(table.flatMap { $0.code(of: answer, position: tablePositions[slot].position) } ?? 0, answer)
  }

  /// The short spellings of a fact's values (and of the empty set), as shown in error messages:
  /// what people type (`ENT`, `identifiant`, `mail`, `aucun`), not the long labels.
  public func acceptedLabels(_ factID: String) -> [String] {
    guard let fact = tree.fact(factID) else { return [] }
    return fact.values.map { fact.shortSpelling(of: $0.id) }
      + (fact.emptySet.map { _ in [fact.shortSpelling(of: "")] } ?? [])
  }

  /// The steps due to school answers alone: the walk with only school facts, up to the first student question.
  public func schoolSteps(_ answers: Answers) -> [Step] {
    evaluator.schoolSteps(answers)
  }
}
