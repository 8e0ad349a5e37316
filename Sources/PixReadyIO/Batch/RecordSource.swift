/// One record of a tabular input: its fields and the physical line where it starts.
public struct SourceRecord: Sendable, Equatable {
  /// The fields, as decoded text.
  public var fields: [String]
  /// The first physical line, from 1.
  public var line: Int

  /// Creates a record.
  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}

/// Yields the records of a class file one at a time, so memory stays flat.
public protocol RecordSource {
  /// The next record, or `nil` at the end.
  mutating func nextRecord() throws -> SourceRecord?
}
