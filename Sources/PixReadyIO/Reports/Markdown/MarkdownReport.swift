import PixReadyCore

/// `--format md`: the report for people as Markdown, readable as plain text and in a ticketing tool.
///
/// Same sections as ``HTMLReport``, without the chart: header, warnings (when any), summary by
/// class, school actions, worklists by actor, questions to ask, every student, rejected rows.
public struct MarkdownReport: Sendable {
  /// How many threads write the long lists of rows at once; the bytes are the same for any number.
  public var threads: Int

  /// Creates the renderer.
  public init(threads: Int = 1) {
    self.threads = max(threads, 1)
  }

  /// The whole report, French typeset (``FrenchTypography``).
  public func render(_ document: ReportDocument) -> String {
    var out = ""
    write(document, to: &out)
    return out
  }

  /// Writes the whole report to `output`, French typeset, section by section: the rows are never
  /// all held as text.
  public func write<Output: ByteOutputStream>(_ document: ReportDocument, to output: inout Output) {
    ReportWriter.write(to: &output, typesetIn: document.context.language, threads: threads) { out in
      let outline = ReportOutline(document, threads: threads)
      out.append(header(outline))
      if !document.summary.warnings.isEmpty { out.append(warnings(outline)) }
      out.append(summary(outline))
      out.append(school(outline))
      worklists(outline, to: &out)
      questions(outline, to: &out)
      students(outline, to: &out)
      rejected(outline, to: &out)
      out.append(footer(outline))
    }
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
