import PixReadyCore

/// What every worker of a batch run shares, fixed before the first block: the diagnoser and the
/// formatter, and, when rows may be decided from their bytes, which column feeds what and how a
/// cell's code moves the table entry.
struct BlockPlan: Sendable {
  /// What the byte path does with one column of the input.
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

  /// The formatter's row layout, `nil` when it has none (rows then go through the formatter).
  let layout: RowLayout?
  /// The formatter, when it has a layout: the bytes of each outcome.
  let laidOut: (any LaidOutFormatter)?
  /// The formatter, for the bytes that depend on the entry and for decoded rows.
  let formatter: any ReportFormatter
  /// The diagnoser; each worker keeps a copy for the rows it decodes.
  let diagnoser: BatchDiagnoser
  /// The compiled tree, `nil` when the tree is too large for a table.
  let table: EvaluationTable?
  /// The input's encoding and delimiter.
  let dialect: CSVDialect
  /// Whether rows may be decided from their bytes.
  let readsBytes: Bool
  /// Whether every row is kept, in order, for an observer.
  let keepsRows: Bool
  /// Whether rows kept for the observer and decided from their bytes with a table entry are kept
  /// compact (``ObservedRows/Compact``), and which: the observer reads only identity cells,
  /// outcomes and the codes under ``observerPseudonymizer``. `nil` when every row is kept whole.
  let compactRows: ObservedRows.Request?
  /// Whether ``compactRows`` is set (read for every row).
  let keepsCompactRows: Bool
  /// The screen of ``compactRows``, if any.
  let rosterScreen: RosterScreen?
  /// Its ``RosterScreen/bytes``, read in place for every row kept compact.
  let screenBytes: RosterScreen.Bytes?
  /// Whether ``rosterScreen`` is set (read for every row kept compact).
  let screensRows: Bool
  /// The identity fields the file has a column for (bit k for field k of
  /// `StudentIdentity.Field.allCases`): those of every row decided from its bytes.
  let identityColumns: UInt8
  /// The codes of ``observerPseudonymizer`` worked out from identity cells, for compact rows.
  let observerPseudonyms: CellPseudonyms?
  /// One action per column, up to the last column read.
  let actions: [ColumnAction]
  /// The cells of a full row (``ColumnMap/width``): a row with any other count is decoded, which
  /// rejects it or counts it as short.
  let width: Int
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
  /// The pseudonyms written instead of identities, when the report hides them.
  let pseudonyms: CellPseudonyms?
  /// The pseudonymizer whose code rows kept for an observer carry (``RowDiagnosis/observedCode``).
  let observerPseudonymizer: Pseudonymizer?

  /// A plan for a run of `diagnoser` and `formatter` over a file read in `dialect` (`nil` for rows
  /// already decoded), writing pseudonyms when `pseudonymizer` is given. Rows are decided from
  /// their bytes unless `decodesEveryRow`, the format has no byte layout, the tree no table, or a
  /// column is read twice; rows kept for an observer are then built from their bytes too, with
  /// their pseudonym code under `observerPseudonymizer` when given, and kept compact when
  /// `compactRows`.
  init(
    diagnoser: BatchDiagnoser, formatter: any ReportFormatter, dialect: CSVDialect?, keepsRows: Bool,
    decodesEveryRow: Bool, pseudonymizer: Pseudonymizer? = nil, observerPseudonymizer: Pseudonymizer? = nil,
    compactRows: ObservedRows.Request? = nil
  ) {
    let laidOut = formatter as? any LaidOutFormatter
    let layout = laidOut?.rowLayout
    let table = diagnoser.table
    let columns = diagnoser.columns
    var slots: [Slot] = []
    var actionByColumn: [Int: ColumnAction] = [:]
    var readTwice = false
    for (position, fact) in diagnoser.tree.tree.facts.enumerated() where diagnoser.commonAnswers[fact.id] == nil {
      guard let column = columns.facts[fact.id] else { continue }
      if actionByColumn[column] != nil { readTwice = true }
      actionByColumn[column] = .fact(slots.count)
      slots.append(Slot(fact: fact.id, position: position, column: column))
    }
    for (index, field) in StudentIdentity.Field.allCases.enumerated() {
      guard let column = columns.identity[field] else { continue }
      if actionByColumn[column] != nil { readTwice = true }
      actionByColumn[column] = .identity(index)
    }
    let width = (actionByColumn.keys.max() ?? -1) + 1
    actions = (0..<width).map { actionByColumn[$0] ?? .skip }
    self.width = columns.width
    var base = 0
    if let table {
      for (position, fact) in diagnoser.tree.tree.facts.enumerated() {
        let common = diagnoser.commonAnswers[fact.id].flatMap { table.code(of: $0, position: position) }
        base += (common ?? table.unknownCode(position)) * table.strides[position]
      }
    }
    let dialect = dialect ?? CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), byteOrderMark: false)
    self.layout = layout
    self.laidOut = laidOut
    self.formatter = formatter
    self.diagnoser = diagnoser
    self.table = table
    self.dialect = dialect
    self.keepsRows = keepsRows
    readsBytes = layout != nil && table != nil && !readTwice && !decodesEveryRow
    self.compactRows = keepsRows && readsBytes ? compactRows : nil
    keepsCompactRows = self.compactRows != nil
    rosterScreen = self.compactRows?.screen
    screenBytes = rosterScreen?.bytes
    screensRows = rosterScreen != nil
    identityColumns = actions.reduce(0) { mask, action in
      if case .identity(let field) = action { mask | 1 << field } else { mask }
    }
    self.slots = slots
    baseEntry = base
    copier = IdentityCopier(encoding: dialect.encoding, outputDelimiter: layout?.outputDelimiter)
    schoolFacts = Set(diagnoser.tree.tree.facts.filter { $0.scope == .school }.map(\.id))
    pseudonyms = pseudonymizer.map { CellPseudonyms(pseudonymizer: $0, encoding: dialect.encoding) }
    self.observerPseudonymizer = observerPseudonymizer
    observerPseudonyms = observerPseudonymizer.map { CellPseudonyms(pseudonymizer: $0, encoding: dialect.encoding) }
  }

  /// The row as the report shows it: pseudonymised (rejected values hidden too) when the report
  /// hides identities.
  func shown(_ diagnosis: RowDiagnosis) -> RowDiagnosis {
    pseudonyms.map { $0.pseudonymizer.pseudonymize(diagnosis) } ?? diagnosis
  }

  /// How many report bytes an input byte makes, about.
  var expansion: Int { layout?.expansion ?? 3 }

  /// What a cell's reading adds to ``baseEntry``, or `nil` when the row must be decoded (a value
  /// not understood).
  func delta(slot: Int, reading: AnswerReader.Reading) -> Int? {
    guard let table else { return nil }
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
