import PixReadyCore

/// Why `template` refuses to write: a value, put into words in the language it is printed in
/// (``TemplateMessages``).
public enum TemplateProblem: Problem, Equatable {
  /// `--fact` names a student fact: only school facts can be filled for the whole class.
  case studentFact(id: String, column: String)
  /// A workbook would be written to a terminal.
  case workbookNeedsOutput
  /// `--classe` or `--include-left` (the option named) needs `--siecle`.
  case needsSiecle(option: String)
  /// The template would overwrite the SIECLE export.
  case outputIsInput(path: String)
  /// The SIECLE export cannot be read (its findings are printed before).
  case siecleUnusable(path: String)
  /// `--classe` names a division the export does not have.
  case unknownDivision(name: String, divisions: [String], suggestion: String?)

  /// The stable code.
  public var code: String {
    switch self {
    case .studentFact: "student-fact"
    case .workbookNeedsOutput: "workbook-needs-output"
    case .needsSiecle: "needs-siecle"
    case .outputIsInput: "output-is-input"
    case .siecleUnusable: "siecle-unusable"
    case .unknownDivision: "unknown-division"
    }
  }

  /// The sentence in `language`.
  public func message(in language: Language) -> String {
    let messages = TemplateMessages(language: language)
    switch self {
    case .studentFact(let id, let column): return messages.studentFact(id, column: column)
    case .workbookNeedsOutput: return messages.workbookNeedsOutput()
    case .needsSiecle(let option): return messages.needsSiecle(option)
    case .outputIsInput(let path): return messages.sameAsInput(path)
    case .siecleUnusable(let path): return messages.unusable(path)
    case .unknownDivision(let name, let divisions, let suggestion):
      return messages.unknownDivision(name, divisions: divisions, suggestion: suggestion)
    }
  }
}
