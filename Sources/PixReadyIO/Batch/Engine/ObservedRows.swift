import PixReadyCore

/// A finished block's rows as an observer receives them, in input order.
///
/// For observers that read only identity cells and outcomes (the report document; the SIECLE
/// cross-check, for rows its ``RosterScreen`` lets through), a row decided from its bytes with a
/// table entry comes as a ``Compact`` record: its line, its entry, its identity cells as UTF-8
/// bytes and, when the run works out pseudonym codes for its observer, the row's code; no `String`
/// and no ``RowDiagnosis`` is made for it. Every other row comes whole, in ``full`` (with a code, a
/// row already a pseudonym or with nothing to hide too).
struct ObservedRows {
  /// What the observers take compact: which of ``ObservedRows/fields``, and which rows.
  struct Request: Sendable {
    /// The cells a compact row holds: bit k for ``ObservedRows/fields``[k]. The others are empty.
    let cells: UInt8
    /// When set, only rows it finds surely unknown to SIECLE come compact.
    let screen: RosterScreen?

    /// The report document's request: names, class and INE of every row decided from its bytes.
    static let document = Request(cells: [Cell.nom, Cell.prenom, Cell.classe, Cell.ine], screen: nil)

    /// The request of a report document that shows rows by their pseudonyms' codes: the class of
    /// every row decided from its bytes (its names and INE are not shown).
    static let codedDocument = Request(cells: [Cell.classe], screen: nil)

    /// The SIECLE cross-check's request (and the document's, when there is one): every identity
    /// cell of the rows `screen` finds surely unknown to SIECLE.
    init(screen: RosterScreen) {
      self.init(cells: Array(ObservedRows.fields.indices), screen: screen)
    }

    private init(cells: [Int], screen: RosterScreen?) {
      self.cells = cells.reduce(0) { $0 | 1 << $1 }
      self.screen = screen
    }
  }

  /// One row decided from its bytes: 36 bytes, no reference.
  struct Compact {
    /// The row's pseudonym code under the run's observer pseudonymizer (``ObservedRows/fingerprint``);
    /// 0 when there is none.
    var code: UInt32 = 0
    /// The row's first physical line.
    var line: Int32
    /// Its table entry; ``ObservedRows/nextFull`` for a row given whole instead (the next of
    /// ``ObservedRows/full``).
    var entry: Int32
    /// Where its first cell starts in ``ObservedRows/bytes``.
    var start: UInt32
    /// Where each cell ends, in the order of ``ObservedRows/fields``; each starts where the one
    /// before ends.
    var ends: (UInt32, UInt32, UInt32, UInt32, UInt32)

    /// Where cell `cell` (an index of ``ObservedRows/fields``, `0..<5`) ends.
    ///
    /// Read at the cell's place in the tuple, not chosen by a `switch`: in a loop over the cells the
    /// switch became a jump through a table, mispredicted (a tenth of `RosterCrossCheck.add`'s samples).
    @inline(__always)
    func end(_ cell: Int) -> Int {
      withUnsafeBytes(of: ends) { Int($0.load(fromByteOffset: cell &* 4, as: UInt32.self)) }
    }

    /// The range of cell `cell` in ``ObservedRows/bytes``.
    @inline(__always)
    func range(_ cell: Int) -> Range<Int> { (cell == 0 ? Int(start) : end(cell - 1))..<end(cell) }
  }

  /// The identity fields a compact row holds, in order (those ``Request/cells`` names).
  static let fields: [StudentIdentity.Field] = [.nom, .prenom, .classe, .ine, .dateNaissance]
  /// Each field's index in ``fields``.
  enum Cell {
    static let nom = 0
    static let prenom = 1
    static let classe = 2
    static let ine = 3
    /// How many there are (the fifth is the birthdate).
    static let count = 5
  }
  /// The index of each of ``fields`` in `StudentIdentity.Field.allCases`.
  static let fieldIndices = fields.map { StudentIdentity.Field.allCases.firstIndex(of: $0) ?? 0 }
  /// The index in ``fields`` of each field of `StudentIdentity.Field.allCases`.
  static let cellIndex = StudentIdentity.Field.allCases.map { fields.firstIndex(of: $0) ?? 0 }
  /// The ``Compact/entry`` of a row given whole.
  static let nextFull: Int32 = -1

  /// The rows in order, when some are compact; empty when every row is in ``full``.
  let compact: [Compact]
  /// The rows given whole, in order.
  let full: [RowDiagnosis]
  /// The data row (from 1) of the first of ``compact``.
  let firstRow: Int
  /// The identity cells of the compact rows, one after the other; valid while the observer is
  /// called.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The plan of the run, which tells a table entry's diagnosis.
  let plan: BlockPlan
  /// ``Pseudonymizer/fingerprint`` of the pseudonymizer whose codes compact rows carry; `nil` when
  /// they carry none.
  var fingerprint: UInt32? { plan.observerPseudonymizer?.fingerprint }

  /// Rows of a run of `plan`, all given whole.
  init(full: [RowDiagnosis], plan: BlockPlan) {
    compact = []
    self.full = full
    firstRow = full.first?.row ?? 1
    bytes = UnsafeBufferPointer(start: nil, count: 0)
    self.plan = plan
  }

  /// Rows some of which are compact, the first of them data row `firstRow`.
  init(
    compact: [Compact], full: [RowDiagnosis], firstRow: Int, bytes: UnsafeBufferPointer<UInt8>, plan: BlockPlan
  ) {
    self.compact = compact
    self.full = full
    self.firstRow = firstRow
    self.bytes = bytes
    self.plan = plan
  }

  /// The bytes of cell `cell` (an index of ``fields``) of `row`.
  func cell(_ row: Compact, _ cell: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[row.range(cell)])
  }

  /// The identity of a compact row: each field whose column the file has, as the row's
  /// ``RowDiagnosis/student`` would hold it.
  func student(_ row: Compact) -> StudentIdentity {
    var student = StudentIdentity()
    for (cell, field) in Self.fields.enumerated() where plan.identityColumns & (1 << Self.fieldIndices[cell]) != 0 {
      student[field] = String(decoding: self.cell(row, cell), as: UTF8.self)
    }
    return student
  }

  /// The diagnosis of table entry `entry`, with an empty identity and no row or line.
  func template(entry: Int32) -> RowDiagnosis {
    RowOutcomes.template(entry: Int(entry), plan: plan)
  }
}
