/// One record of a tabular input: its fields and the physical line where it starts.
public struct SourceRecord: Sendable, Equatable {
  /// The fields, as decoded text.
  public var fields: [String]
  /// The first physical line, from 1.
  public var line: Int
  /// What went wrong while reading the record, if anything.
  public var problem: Problem?
  /// Where the fields sit in a workbook; `nil` for CSV.
  public var cells: CellLocator?

  /// A record that could not be read cleanly: it becomes an error row, never a dropped one.
  public enum Problem: Sendable, Equatable {
    /// The fields at these indices are not valid text in the file's encoding.
    case undecodableFields([Int])
  }

  /// Creates a record.
  public init(fields: [String], line: Int, problem: Problem? = nil, cells: CellLocator? = nil) {
    self.fields = fields
    self.line = line
    self.problem = problem
    self.cells = cells
  }
}

/// Yields the records of a class file one at a time, so memory stays flat.
public protocol RecordSource {
  /// The next record, or `nil` at the end.
  mutating func nextRecord() throws -> SourceRecord?
}
