/// Why a row was rejected: every cell that went wrong, each with where, the value and what is accepted.
///
/// A row keeps one record however many of its cells are wrong, so that one run lists every fix.
/// ``code``, ``column``, ``value``, ``fact``, ``accepted`` and ``suggestion`` are those of the first
/// cell (in the tree's order of facts), as reports written before the list had them.
public struct RowError: Sendable, Equatable {
  /// The stable codes.
  public enum Code: String, Sendable, CaseIterable {
    /// A cell holds a value the tree does not accept for its fact.
    case unknownValue = "unknown-value"
    /// The row's bytes could not be decoded.
    case invalidText = "invalid-text"
    /// The row has one cell where the header has several (another delimiter), or more filled cells
    /// than the header (a stray delimiter shifts them): nothing of it is copied.
    case cellCount = "cell-count"
  }

  /// One cell that went wrong.
  public struct Cell: Sendable, Equatable {
    /// The stable code.
    public var code: Code
    /// The column header, as written in the file.
    public var column: String
    /// The value found.
    public var value: String
    /// The fact the column holds.
    public var fact: String?
    /// The accepted spellings of the fact's values, the short ones people type.
    public var accepted: [String]
    /// The accepted spelling closest to the value, when one is close enough to be a likely typo.
    public var suggestion: String?
    /// The cell in a workbook (`Élèves!F12`); `nil` for CSV, whose line is the row's.
    public var reference: String?

    /// Creates a cell problem.
    public init(
      code: Code, column: String, value: String, fact: String?, accepted: [String], suggestion: String? = nil,
      reference: String? = nil
    ) {
      self.reference = reference
      self.code = code
      self.column = column
      self.value = value
      self.fact = fact
      self.accepted = accepted
      self.suggestion = suggestion
    }
  }

  /// The first cell that went wrong, in the tree's order of facts.
  public var first: Cell
  /// The other cells that went wrong, in the tree's order of facts.
  public var more: [Cell]
  /// For ``Code/cellCount``: the cells the header has (``value`` holds the cells found).
  public var expectedCells: Int?

  /// Every cell that went wrong, in the tree's order of facts (never empty).
  public var cells: [Cell] { [first] + more }

  /// Creates the error of a row from its first bad cell and the others.
  public init(first: Cell, more: [Cell] = []) {
    self.first = first
    self.more = more
  }

  /// Creates the error of a row with one bad cell.
  public init(
    code: Code, column: String, value: String, fact: String?, accepted: [String], suggestion: String? = nil,
    cell: String? = nil, expectedCells: Int? = nil
  ) {
    self.init(
      first: Cell(
        code: code, column: column, value: value, fact: fact, accepted: accepted, suggestion: suggestion,
        reference: cell))
    self.expectedCells = expectedCells
  }

  /// The first cell's code.
  public var code: Code { first.code }
  /// The first cell's column header.
  public var column: String { first.column }
  /// The first cell's value.
  public var value: String { first.value }
  /// The first cell's fact.
  public var fact: String? { first.fact }
  /// The first cell's accepted spellings.
  public var accepted: [String] { first.accepted }
  /// The first cell's suggestion.
  public var suggestion: String? { first.suggestion }
  /// The first cell's place in a workbook (`Élèves!F12`).
  public var cell: String? { first.reference }

  /// The same error with every value hidden (an anonymised report: a cell may hold anything).
  public var hidingValues: RowError {
    var hidden = self
    hidden.first.value = ""
    for index in hidden.more.indices { hidden.more[index].value = "" }
    return hidden
  }
}
