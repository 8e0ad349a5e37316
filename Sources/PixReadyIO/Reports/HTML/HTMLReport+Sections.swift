import PixReadyCore

extension HTMLReport {
  func warnings(_ outline: ReportOutline) -> String {
    let summary = outline.document.summary
    var out = open(.warnings, outline) + "<div class=\"notice warning\">\n"
    if let sentence = summary.warningSummary { out += HTMLText.element("p", sentence) + "\n" }
    out += "<ul>\n"
    for warning in summary.warnings { out += HTMLText.element("li", warning.message) + "\n" }
    return out + "</ul>\n</div>\n</section>\n"
  }

  func summary(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let categories = RowCategory.allCases
    var out = open(.summary, outline)
    let bars =
      [SVGBarChart.Bar(label: messages.overall, counts: outline.counts(), total: "")]
      + outline.classes.enumerated().map { index, classe in
        SVGBarChart.Bar(label: outline.classLabel(classe), counts: outline.counts(inClassAt: index), total: "")
      }
    let chart = SVGBarChart(
      title: messages.chartTitle(rows: outline.document.summary.rows, classes: outline.classes.count),
      legend: categories.map { ($0, messages.category($0)) },
      bars: bars.map { bar in
        var bar = bar
        bar.total = messages.barTotal(bar.counts.values.reduce(0, +))
        return bar
      })
    out += scrollBox(chart.render() + "\n", label: chart.title)
    var table = "<table class=\"counts\">\n<thead><tr>" + HTMLText.element("th", messages.classHeader)
    for category in categories {
      table += "<th class=\"number\"><span class=\"badge \(category.rawValue)\">"
      table += HTMLText.escape(messages.category(category)) + "</span></th>"
    }
    table +=
      HTMLText.element("th", messages.totalHeader, attributes: [("class", "number")]) + "</tr></thead>\n<tbody>\n"
    for (index, classe) in outline.classes.enumerated() {
      table += countRow(outline.classLabel(classe), outline.counts(inClassAt: index), total: false)
    }
    table += countRow(messages.overall, outline.counts(), total: true)
    return out + scrollBox(table + "</tbody>\n</table>\n", label: messages.title(.summary)) + "</section>\n"
  }

  private func countRow(_ label: String, _ counts: [RowCategory: Int], total: Bool) -> String {
    var out = total ? "<tr class=\"total\">" : "<tr>"
    out += HTMLText.element("td", label)
    for category in RowCategory.allCases {
      out += "<td class=\"number\">\(counts[category] ?? 0)</td>"
    }
    return out + "<td class=\"number\">\(counts.values.reduce(0, +))</td></tr>\n"
  }

  func school(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    let steps = outline.document.summary.schoolSteps
    var out = open(.school, outline)
    guard !steps.isEmpty else { return out + HTMLText.element("p", messages.noSchoolActions) + "\n</section>\n" }
    out += HTMLText.element("p", messages.schoolIntro) + "\n<ol class=\"school\">\n"
    for step in steps {
      out += "<li>" + HTMLText.element("strong", step.title.text(in: language)) + " "
      out += HTMLText.element(
        "span", "(" + messages.who(outline.actorLabels(step)) + ")", attributes: [("class", "who")])
      out += HTMLText.element("p", step.detail.text(in: language), attributes: [("class", "step-detail")]) + "</li>\n"
    }
    return out + "</ol>\n</section>\n"
  }

  func worklists(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    let language = outline.document.context.language
    out.append(open(.worklists, outline) + HTMLText.element("p", messages.worklistsIntro) + "\n")
    if outline.worklists.allSatisfy(\.items.isEmpty) { out.append(HTMLText.element("p", messages.noWorklist) + "\n") }
    let table = StudentTable(outline)
    // The text before each table goes with its list; what follows the last list is written after them.
    var lists: [ReportOutline.ListedSelection] = []
    var text = ""
    for list in outline.worklists {
      text += "<div class=\"actor\" id=\"actor-\(HTMLText.escape(list.actor.id))\">\n"
      text +=
        HTMLText.element(
          "h3", messages.actorHeading(list.actor.label.text(in: language), students: list.studentCount)) + "\n"
      if !list.schoolSteps.isEmpty {
        text += HTMLText.element("p", messages.schoolReminder) + "\n<ul>\n"
        for step in list.schoolSteps { text += HTMLText.element("li", step.title.text(in: language)) + "\n" }
        text += "</ul>\n"
      }
      for item in list.items {
        guard let step = item.step else { continue }
        text += HTMLText.element("h4", messages.stepHeading(step.title.text(in: language), students: item.count))
        text += "\n" + HTMLText.element("p", step.detail.text(in: language), attributes: [("class", "step-detail")])
        text += "\n" + table.head(checkbox: true)
        lists.append(ReportOutline.ListedSelection(before: text, selection: item))
        text = StudentTable.end
      }
      text += "</div>\n"
    }
    table.write(lists, checkbox: true, to: &out)
    out.append(text)
    if !outline.idleActors.isEmpty {
      let names = outline.idleActors.map { $0.label.text(in: language) }.joined(separator: ", ")
      out.append(HTMLText.element("p", messages.idle(names), attributes: [("class", "muted")]) + "\n")
    }
    out.append("</section>\n")
  }

  func questions(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    let language = outline.document.context.language
    out.append(open(.questions, outline))
    guard !outline.questions.isEmpty else {
      return out.append(HTMLText.element("p", messages.noQuestion) + "\n</section>\n")
    }
    out.append(HTMLText.element("p", messages.questionsIntro) + "\n")
    let table = StudentTable(outline)
    var lists: [ReportOutline.ListedSelection] = []
    var text = ""
    for question in outline.questions {
      text += HTMLText.element("h3", outline.tree.questionText(of: question.fact.id, in: language)) + "\n"
      if let help = question.fact.help {
        text += HTMLText.element("p", help.text(in: language), attributes: [("class", "step-detail")]) + "\n"
      }
      text += HTMLText.element("p", messages.column(question.fact.columns.first ?? question.fact.id)) + "\n"
      lists.append(ReportOutline.ListedSelection(before: text + table.head(checkbox: true), selection: question.rows))
      text = StudentTable.end
    }
    table.write(lists, checkbox: true, to: &out)
    out.append(text + "</section>\n")
  }

  /// A short table of students: to tick (printed lists), class, name linked to their row, line.
  struct StudentTable {
    let outline: ReportOutline
    let names: NameWriter
    /// The head of the table, with and without the column to tick.
    let heads: (checkbox: String, plain: String)
    /// `<td class="classe">2NDE1</td><td class="name"><a href="#l` by class.
    let classes: ByteTable

    init(_ outline: ReportOutline) {
      self.outline = outline
      names = HTMLReport.names(outline)
      let messages = outline.messages
      var head = HTMLText.element("th", messages.classHeader) + HTMLText.element("th", messages.studentHeader)
      head +=
        HTMLText.element("th", messages.lineHeader, attributes: [("class", "number")]) + "</tr></thead>\n<tbody>\n"
      heads = (
        "<table class=\"worklist\">\n<thead><tr><th class=\"check\">\u{2713}</th>" + head,
        "<table class=\"worklist\">\n<thead><tr>" + head
      )
      classes = ByteTable(
        utf8: outline.document.classes.texts.map { classe in
          HTMLText.element("td", outline.classLabel(classe), attributes: [("class", "classe")])
            + "<td class=\"name\"><a href=\"#l"
        })
    }

    /// The head of a table, with or without the column to tick.
    func head(checkbox: Bool) -> String { checkbox ? heads.checkbox : heads.plain }

    /// The end of a table.
    static let end = "</tbody>\n</table>\n"

    /// Writes each list's text (ending with ``head(checkbox:)``), then its students, one row
    /// each; the table's ``end`` is the caller's to write after it.
    func write(_ lists: [ReportOutline.ListedSelection], checkbox: Bool, to out: inout ReportWriter) {
      outline.appendLists(lists, to: &out) { record, out in
        if checkbox {
          out.append("<tr><td class=\"check\">\u{2610}</td>" as StaticString)
        } else {
          out.append("<tr>" as StaticString)
        }
        out.append(classes[Int(record.classe)])
        out.appendDecimal(Int(record.line))
        out.append("\">")
        names.write(record, to: &out)
        out.append("</a></td><td class=\"number\">")
        out.appendDecimal(Int(record.line))
        out.append("</td></tr>\n")
        out.lineEnded()
      }
    }
  }

  /// Names as HTML shows them, escaped (and typeset) when they hold markup or punctuation.
  static func names(_ outline: ReportOutline) -> NameWriter {
    NameWriter(outline, isPlain: HTMLText.isPlain, escape: { HTMLText.escape($0) })
  }
}
