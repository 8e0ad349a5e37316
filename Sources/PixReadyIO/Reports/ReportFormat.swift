/// The formats of `pixready check`'s report.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// One line per student, `;` by default (Excel in French).
  case csv
  /// One JSON document.
  case json
  /// One JSON object per line.
  case jsonl
  /// A Markdown document for people.
  case md
  /// An HTML page for people (prints well too).
  case html

  /// Whether the report is a document for people, written after every row is read.
  public var isDocument: Bool { self == .md || self == .html }

  /// The format a report path asks for by its extension (`.htm` is HTML), `nil` when none matches.
  public init?(path: String) {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".htm") {
      self = .html
      return
    }
    guard let format = Self.allCases.first(where: { lowered.hasSuffix("." + $0.rawValue) }) else { return nil }
    self = format
  }
}
