/// A warning about the input as a whole, shown in every report format after the rows
/// (for example a student of SIECLE missing from the class file).
public struct ReportWarning: Sendable, Equatable {
  /// A stable code (`missing-from-roster`).
  public var code: String
  /// The data row concerned, if any.
  public var row: Int?
  /// The physical line concerned, if any.
  public var line: Int?
  /// The student concerned (identity columns only).
  public var student: StudentIdentity
  /// The sentence, already in the report's language.
  public var message: String

  /// Creates a warning.
  public init(code: String, row: Int? = nil, line: Int? = nil, student: StudentIdentity = .init(), message: String) {
    self.code = code
    self.row = row
    self.line = line
    self.student = student
    self.message = message
  }
}
