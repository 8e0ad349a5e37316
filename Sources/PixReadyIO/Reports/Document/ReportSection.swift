/// The sections of a Markdown or HTML report, in order after the header.
enum ReportSection: String, Sendable, CaseIterable {
  /// Warnings about the input as a whole (SIECLE cross-check), only when there are any.
  case warnings = "avertissements"
  /// Counts by result, with the chart in HTML.
  case summary = "resume"
  /// Steps done once for the school.
  case school = "etablissement"
  /// One list per actor of the tree.
  case worklists = "listes"
  /// Pending students and the question each still needs.
  case questions = "questions"
  /// Every student, by class.
  case students = "eleves"
  /// Rejected rows and why.
  case rejected = "rejets"
}
