import PixReadyCore

/// Turns row results into the text of a report format, row by row, so output streams.
///
/// Formatters are pure: the shell writes what they return. `row` may be called from several
/// threads on copies; state that depends on order lives in the shell.
public protocol ReportFormatter: Sendable {
  /// Text written before the first row.
  func header() -> String
  /// The text of one row; `index` counts rows written from 0.
  func row(_ diagnosis: RowDiagnosis, index: Int) -> String
  /// Text written after the last row.
  func footer(_ summary: BatchSummary) -> String
}

/// What every report says about where it comes from.
public struct ReportContext: Sendable {
  /// The tree used.
  public var tree: ValidatedTree
  /// The language of texts.
  public var language: Language
  /// The input file name as given (`classe.csv`, `-` for stdin).
  public var sourceName: String
  /// When the report was made, ISO 8601 (given by the shell: the core has no clock).
  public var generatedAt: String
  /// Whether names, INE and birthdates were replaced by pseudonyms (``Pseudonymizer``); reports say so.
  public var anonymized: Bool

  /// Creates a context.
  public init(
    tree: ValidatedTree, language: Language, sourceName: String, generatedAt: String, anonymized: Bool = false
  ) {
    self.tree = tree
    self.language = language
    self.sourceName = sourceName
    self.generatedAt = generatedAt
    self.anonymized = anonymized
  }
}
