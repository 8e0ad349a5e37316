import PixReadyCore

/// `--format html`: the report for people as one self-contained page, to read, print on A4 or
/// attach to a ticket.
///
/// Inline CSS and SVG only: no script, font, image or link to anything outside the page, so it
/// opens offline. The markup is also well-formed XML. Sections: header, warnings (when any),
/// summary with a bar chart overall and per class, school actions, worklists by actor, questions
/// to ask, every student by class (filterable by result without script), rejected rows.
public struct HTMLReport: Sendable {
  /// How many threads write the long lists of rows at once; the bytes are the same for any number.
  public var threads: Int

  /// Creates the renderer.
  public init(threads: Int = 1) {
    self.threads = max(threads, 1)
  }

  /// The whole page.
  public func render(_ document: ReportDocument) -> String {
    var out = ""
    write(document, to: &out)
    return out
  }

  /// Writes the whole page to `output`, section by section: the rows are never all held as text.
  public func write<Output: ByteOutputStream>(_ document: ReportDocument, to output: inout Output) {
    ReportWriter.write(to: &output, typesetIn: nil, threads: threads) { out in
      let outline = ReportOutline(document, threads: threads)
      let context = document.context
      let title = outline.messages.documentTitle(context.tree.tree.title.text(in: context.language))
      var head = "<!DOCTYPE html>\n<html lang=\"\(context.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      head += "<meta name=\"generator\" content=\"pixready\"/>\n"
      head += HTMLText.element("title", title + " — " + context.sourceName) + "\n"
      head += "<style>\n" + HTMLStyle.css() + HTMLStyle.runningHeaders(runningHeader(outline), outline: outline)
      head += "</style>\n</head>\n<body>\n"
      out.append(head + header(outline) + "<main>\n")
      if !document.summary.warnings.isEmpty { out.append(warnings(outline)) }
      out.append(summary(outline))
      out.append(school(outline))
      worklists(outline, to: &out)
      questions(outline, to: &out)
      students(outline, to: &out)
      out.append(rejected(outline))
      out.append("</main>\n" + footer(outline) + "</body>\n</html>\n")
    }
  }

  private func header(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let context = outline.document.context
    let summary = outline.document.summary
    var out = "<header>\n" + HTMLText.element("p", "pixready", attributes: [("class", "kicker")]) + "\n"
    out += HTMLText.element("h1", context.tree.tree.title.text(in: context.language)) + "\n<dl class=\"meta\">\n"
    let lines = [
      (messages.treeLabel, messages.tree(context.tree.identity)),
      (messages.sourceLabel, context.sourceName),
      (messages.dateLabel, messages.date(context.generatedAt)),
      (messages.studentsLabel, messages.studentCount(rows: summary.rows, rejected: summary.errors)),
    ]
    for (label, value) in lines {
      out += HTMLText.element("dt", label) + HTMLText.element("dd", value) + "\n"
    }
    out += "</dl>\n"
    if context.anonymized {
      out += HTMLText.element("p", messages.anonymizedNotice, attributes: [("class", "notice anonymized")]) + "\n"
    }
    out += "<nav class=\"toc\" aria-label=\"\(HTMLText.escape(messages.contents))\"><ol>\n"
    for section in ReportSection.allCases where section != .warnings || !summary.warnings.isEmpty {
      out += "<li><a href=\"#\(section.rawValue)\">\(HTMLText.escape(messages.title(section)))</a></li>\n"
    }
    return out + "</ol></nav>\n</header>\n"
  }

  /// What identifies a loose printed worklist page: tree, file name, date.
  private func runningHeader(_ outline: ReportOutline) -> String {
    let context = outline.document.context
    return [
      outline.messages.treeShort(context.tree.identity), context.sourceName,
      outline.messages.date(context.generatedAt),
    ].joined(separator: " · ")
  }

  /// A wide element (table, chart) in a box of its own that scrolls sideways on a narrow screen,
  /// so that the page itself never does; focusable, so that it scrolls from the keyboard too.
  func scrollBox(_ content: String, label: String) -> String {
    scrollBoxOpening(label: label) + content + "</div>\n"
  }

  /// The opening of ``scrollBox(_:label:)``, for content written after it; `</div>` closes it.
  func scrollBoxOpening(label: String) -> String {
    "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLText.escape(label))\">\n"
  }

  /// `<section id="…"><h2>…</h2>` for a section.
  func open(_ section: ReportSection, _ outline: ReportOutline) -> String {
    "<section id=\"\(section.rawValue)\">\n" + HTMLText.element("h2", outline.messages.title(section)) + "\n"
  }

  private func footer(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let reconciliation = messages.reconciliation(
      rows: outline.document.summary.rows, students: outline.students.count, rejected: outline.rejected.count)
    return "<footer>\n" + HTMLText.element("p", reconciliation) + "\n" + HTMLText.element("p", messages.madeLocally)
      + "\n</footer>\n"
  }
}
