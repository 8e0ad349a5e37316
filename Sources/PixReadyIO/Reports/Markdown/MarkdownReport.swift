import PixReadyCore

/// `--format md`: the report for people as Markdown, readable as plain text and in a ticketing tool.
///
/// Same sections as ``HTMLReport``, without the chart: header, warnings (when any), summary by
/// class, school actions, worklists by actor, questions to ask, every student, rejected rows.
public struct MarkdownReport: Sendable {
  /// Creates the renderer.
  public init() {}

  /// The whole report, French typeset (``FrenchTypography``).
  public func render(_ document: ReportDocument) -> String {
    let outline = ReportOutline(document)
    var out = header(outline)
    if !document.summary.warnings.isEmpty { out += warnings(outline) }
    out += summary(outline)
    out += school(outline)
    out += worklists(outline)
    out += questions(outline)
    out += students(outline)
    out += rejected(outline)
    out += footer(outline)
    return document.context.language.typeset(out)
  }

  private func header(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let context = outline.document.context
    let tree = context.tree
    var out = "# " + MarkdownText.inline(messages.documentTitle(tree.tree.title.text(in: context.language))) + "\n\n"
    let summary = outline.document.summary
    let lines = [
      (messages.treeLabel, messages.tree(tree.identity)),
      (messages.sourceLabel, context.sourceName),
      (messages.dateLabel, messages.date(context.generatedAt)),
      (messages.studentsLabel, messages.studentCount(rows: summary.rows, rejected: summary.errors)),
    ]
    for (label, value) in lines {
      out += "- **\(label)**\(messages.colon)\(MarkdownText.inline(value))\n"
    }
    if context.anonymized { out += "\n> **\(MarkdownText.inline(messages.anonymizedNotice))**\n" }
    return out + "\n"
  }

  /// A section heading.
  func heading(_ section: ReportSection, _ outline: ReportOutline) -> String {
    "## " + outline.messages.title(section) + "\n\n"
  }

  private func footer(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    return "---\n\n"
      + messages.reconciliation(
        rows: outline.document.summary.rows, students: outline.students.count, rejected: outline.rejected.count)
      + "\n\n" + messages.madeLocally + "\n"
  }
}
