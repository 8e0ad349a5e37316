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
      + outline.classes.map { classe in
        SVGBarChart.Bar(label: outline.classLabel(classe), counts: outline.counts(in: classe), total: "")
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
    for classe in outline.classes {
      table += countRow(outline.classLabel(classe), outline.counts(in: classe), total: false)
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

  func worklists(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = open(.worklists, outline) + HTMLText.element("p", messages.worklistsIntro) + "\n"
    if outline.worklists.allSatisfy(\.items.isEmpty) { out += HTMLText.element("p", messages.noWorklist) + "\n" }
    for list in outline.worklists {
      out += "<div class=\"actor\" id=\"actor-\(HTMLText.escape(list.actor.id))\">\n"
      out +=
        HTMLText.element(
          "h3", messages.actorHeading(list.actor.label.text(in: language), students: list.studentCount)) + "\n"
      if !list.schoolSteps.isEmpty {
        out += HTMLText.element("p", messages.schoolReminder) + "\n<ul>\n"
        for step in list.schoolSteps { out += HTMLText.element("li", step.title.text(in: language)) + "\n" }
        out += "</ul>\n"
      }
      for item in list.items {
        out += HTMLText.element(
          "h4", messages.stepHeading(item.step.title.text(in: language), students: item.rows.count))
        out += "\n" + HTMLText.element("p", item.step.detail.text(in: language), attributes: [("class", "step-detail")])
        out += "\n" + studentTable(item.rows, outline, checkbox: true)
      }
      out += "</div>\n"
    }
    if !outline.idleActors.isEmpty {
      let names = outline.idleActors.map { $0.label.text(in: language) }.joined(separator: ", ")
      out += HTMLText.element("p", messages.idle(names), attributes: [("class", "muted")]) + "\n"
    }
    return out + "</section>\n"
  }

  func questions(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = open(.questions, outline)
    guard !outline.questions.isEmpty else { return out + HTMLText.element("p", messages.noQuestion) + "\n</section>\n" }
    out += HTMLText.element("p", messages.questionsIntro) + "\n"
    for question in outline.questions {
      out += HTMLText.element("h3", outline.tree.questionText(of: question.fact.id, in: language)) + "\n"
      if let help = question.fact.help {
        out += HTMLText.element("p", help.text(in: language), attributes: [("class", "step-detail")]) + "\n"
      }
      out += HTMLText.element("p", messages.column(question.fact.columns.first ?? question.fact.id)) + "\n"
      out += studentTable(question.rows, outline, checkbox: true)
    }
    return out + "</section>\n"
  }

  /// A short table of students: to tick (printed lists), class, name linked to their row, line.
  func studentTable(_ rows: [ReportRow], _ outline: ReportOutline, checkbox: Bool) -> String {
    let messages = outline.messages
    var out = "<table class=\"worklist\">\n<thead><tr>"
    if checkbox { out += "<th class=\"check\">\u{2713}</th>" }
    out += HTMLText.element("th", messages.classHeader) + HTMLText.element("th", messages.studentHeader)
    out += HTMLText.element("th", messages.lineHeader, attributes: [("class", "number")]) + "</tr></thead>\n<tbody>\n"
    for row in rows {
      out += "<tr>" + (checkbox ? "<td class=\"check\">\u{2610}</td>" : "")
      out += HTMLText.element(
        "td", outline.classLabel(row.student[.classe].trimmedSpaces), attributes: [("class", "classe")])
      out += "<td class=\"name\"><a href=\"#l\(row.line)\">" + HTMLText.escape(outline.name(row)) + "</a></td>"
      out += "<td class=\"number\">\(row.line)</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }
}
