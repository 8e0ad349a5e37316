/// Where a diagnostic applies: a file and, when known, a line, a column and a JSON path.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable {
  /// The file name as given by the caller (`Trees/certification-readiness.json`).
  public var file: String
  /// The line, from 1.
  public var line: Int?
  /// The column, from 1.
  public var column: Int?
  /// The JSON path (`$.nodes[3].answers.yes.next`).
  public var jsonPath: String?

  /// Creates a location.
  public init(file: String, line: Int? = nil, column: Int? = nil, jsonPath: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.jsonPath = jsonPath
  }

  /// Creates a location at a text position.
  public init(file: String, position: TextPosition?, jsonPath: String? = nil) {
    self.init(file: file, line: position?.line, column: position?.column, jsonPath: jsonPath)
  }

  /// `file:line:col`, as compilers print it.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }
}
