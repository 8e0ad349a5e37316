import PixReadyCore

/// Why `check` refuses to run, before anything is written: a value, put into words in the
/// language it is printed in (``CheckMessages``).
public enum CheckProblem: Problem {
  /// A column named by the tree's facts appears twice in the header.
  case duplicateColumns(path: String, line: Int, columns: [Int], headers: [String])
  /// An identity column (nom, prénom…) appears twice in the header.
  case duplicateIdentityColumns(path: String, line: Int, columns: [Int], headers: [String])
  /// Columns of student facts are missing (with the school facts' missing columns, to name them all).
  case missingColumns(
    path: String, line: Int, missing: [(fact: String, column: String)], found: [String], delimiter: String?)
  /// Only columns of school facts are missing, and no `--fact` gives their answer.
  case missingSchoolColumns(path: String, missing: [(fact: String, column: String)])
  /// The report would overwrite the class file.
  case outputIsInput(path: String)
  /// The SIECLE export cannot be read (its findings are printed before).
  case siecleUnusable(path: String)

  /// The stable code.
  public var code: String {
    switch self {
    case .duplicateColumns: "duplicate-columns"
    case .duplicateIdentityColumns: "duplicate-identity-columns"
    case .missingColumns: "missing-columns"
    case .missingSchoolColumns: "missing-school-columns"
    case .outputIsInput: "output-is-input"
    case .siecleUnusable: "siecle-unusable"
    }
  }

  /// The sentence in `language`.
  public func message(in language: Language) -> String {
    let messages = CheckMessages(language: language)
    switch self {
    case .duplicateColumns(let path, let line, let columns, let headers):
      return messages.duplicateColumns(path, line: line, columns: columns, headers: headers)
    case .duplicateIdentityColumns(let path, let line, let columns, let headers):
      return messages.duplicateIdentityColumns(path, line: line, columns: columns, headers: headers)
    case .missingColumns(let path, let line, let missing, let found, let delimiter):
      return messages.missingColumns(path, line: line, missing: missing, found: found, delimiter: delimiter)
    case .missingSchoolColumns(let path, let missing):
      return messages.missingSchoolColumns(path, missing: missing)
    case .outputIsInput(let path):
      return messages.outputIsInput(path)
    case .siecleUnusable(let path):
      return messages.siecleUnusable(path)
    }
  }
}
