import PixReadyCore

/// What every fast worker shares, fixed before the first block: which column feeds what, how a
/// cell's code moves the table entry, and the formatter to learn row bytes from.
struct FastPlan: Sendable {
  /// What the fast path does with one column of the input.
  enum ColumnAction: Sendable, Equatable {
    /// Not read (never copied anywhere).
    case skip
    /// The identity field at this index of `StudentIdentity.Field.allCases`.
    case identity(Int)
    /// The fact slot at this index of ``slots``.
    case fact(Int)
  }

  /// A fact read from a column.
  struct Slot: Sendable {
    /// The fact id.
    var fact: String
    /// The fact's position in the tree (and the table).
    var position: Int
    /// The column that holds it.
    var column: Int
  }

  /// The report format.
  let shape: RowShape
  /// The slow path's formatter, for the bytes that depend on the entry and for rejected rows.
  let formatter: any ReportFormatter
  /// The slow path's diagnoser; each worker keeps a copy for the rows it cannot take.
  let diagnoser: BatchDiagnoser
  /// The compiled tree.
  let table: EvaluationTable
  /// The input's encoding and delimiter.
  let dialect: CSVDialect
  /// One action per column, up to the last column read.
  let actions: [ColumnAction]
  /// The facts read from columns, in the tree's order.
  let slots: [Slot]
  /// The table entry when every fact column is empty (or absent): answers given for the whole
  /// class and « je ne sais pas » everywhere else. A cell adds its ``delta(slot:reading:)`` to it.
  let baseEntry: Int
  /// Identity cells' check and copy.
  let copier: IdentityCopier
  /// The index of `classe` in the identity fields.
  let classField = StudentIdentity.Field.allCases.firstIndex(of: .classe) ?? 0
  /// The school facts' ids.
  let schoolFacts: Set<String>

  /// A plan for `run` over a file read in `dialect`, or `nil` when the fast path does not apply
  /// (another report format, a tree too large for a table, a column read twice).
  init?(run: BatchRun, dialect: CSVDialect) {
    let diagnoser = run.diagnoser
    guard let shape = RowShape(formatter: run.formatter), let table = diagnoser.table else { return nil }
    let columns = diagnoser.columns
    var slots: [Slot] = []
    var actionByColumn: [Int: ColumnAction] = [:]
    for (position, fact) in diagnoser.tree.tree.facts.enumerated() where diagnoser.commonAnswers[fact.id] == nil {
      guard let column = columns.facts[fact.id] else { continue }
      guard actionByColumn[column] == nil else { return nil }
      actionByColumn[column] = .fact(slots.count)
      slots.append(Slot(fact: fact.id, position: position, column: column))
    }
    for (index, field) in StudentIdentity.Field.allCases.enumerated() {
      guard let column = columns.identity[field] else { continue }
      guard actionByColumn[column] == nil else { return nil }
      actionByColumn[column] = .identity(index)
    }
    let width = (actionByColumn.keys.max() ?? -1) + 1
    actions = (0..<width).map { actionByColumn[$0] ?? .skip }
    var base = 0
    for (position, fact) in diagnoser.tree.tree.facts.enumerated() {
      let common = diagnoser.commonAnswers[fact.id].flatMap { table.code(of: $0, position: position) }
      base += (common ?? table.unknownCode(position)) * table.strides[position]
    }
    self.shape = shape
    self.formatter = run.formatter
    self.diagnoser = diagnoser
    self.table = table
    self.dialect = dialect
    self.slots = slots
    baseEntry = base
    copier = IdentityCopier(encoding: dialect.encoding, outputDelimiter: shape.outputDelimiter)
    schoolFacts = Set(diagnoser.tree.tree.facts.filter { $0.scope == .school }.map(\.id))
  }

  /// What a cell's reading adds to ``baseEntry``, or `nil` when the row must take the slow path
  /// (a value not understood).
  func delta(slot: Int, reading: AnswerReader.Reading) -> Int? {
    let position = slots[slot].position
    let unknown = table.unknownCode(position)
    switch reading {
    case .answer(let answer):
      return ((table.code(of: answer, position: position) ?? unknown) - unknown) * table.strides[position]
    case .missing:
      return 0
    case .invalid:
      return nil
    }
  }
}
