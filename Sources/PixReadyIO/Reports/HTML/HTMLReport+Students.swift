import PixReadyCore

extension HTMLReport {
  /// Every student by class, in foldable groups, with a filter by result made of radio buttons and
  /// CSS only: the page stays readable and printable without script.
  func students(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = open(.students, outline) + HTMLText.element("p", messages.studentsIntro) + "\n<ul class=\"legend\">\n"
    for fact in outline.tree.tree.facts {
      out += "<li><strong>\(outline.questionNumber(fact.id))</strong> — "
      out += HTMLText.escape(outline.tree.questionText(of: fact.id, in: language)) + "</li>\n"
    }
    out += "</ul>\n<div class=\"filterable\">\n"
    out += HTMLText.element("span", messages.filterLabel, attributes: [("class", "filter-label")]) + "\n"
    let all = outline.counts()
    let filters: [(id: String, label: String, count: Int)] =
      [("all", messages.filterAll, outline.students.count)]
      + [RowCategory.ready, .action, .support, .pending].map { ($0.rawValue, messages.badge($0), all[$0] ?? 0) }
    for filter in filters {
      let checked = filter.id == "all" ? " checked=\"checked\"" : ""
      out += "<input type=\"radio\" name=\"show\" id=\"show-\(filter.id)\"\(checked)/>"
      out += "<label for=\"show-\(filter.id)\">\(HTMLText.escape(filter.label)) (\(filter.count))</label>\n"
    }
    out += HTMLText.element("p", messages.filterHint, attributes: [("class", "hint muted")]) + "\n"
    out += "<div class=\"classes\">\n"
    for (index, classe) in outline.classes.enumerated() {
      let rows = outline.students(in: classe)
      guard !rows.isEmpty else { continue }
      out += "<details class=\"classe\" id=\"classe-\(index + 1)\" open=\"open\">\n"
      out += "<summary>" + HTMLText.escape(outline.classLabel(classe)) + " "
      out += HTMLText.element("span", "(\(rows.count))", attributes: [("class", "muted")]) + "</summary>\n"
      out += scrollBox(studentRows(rows, outline), label: outline.classLabel(classe)) + "</details>\n"
    }
    return out + "</div>\n</div>\n</section>\n"
  }

  private func studentRows(_ rows: [ReportRow], _ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = "<table class=\"students\">\n<thead><tr>"
    out += HTMLText.element("th", messages.lineHeader, attributes: [("class", "number")])
    for header in [messages.studentHeader, messages.resultHeader, messages.stepsHeader, messages.whyHeader] {
      out += HTMLText.element("th", header)
    }
    out += "</tr></thead>\n<tbody>\n"
    for row in rows {
      let category = RowCategory(row.status)
      out += "<tr class=\"student \(category.rawValue)\" id=\"l\(row.line)\">"
      out += "<td class=\"number\">\(row.line)</td>"
      out += HTMLText.element("td", outline.name(row), attributes: [("class", "name")])
      out += "<td><span class=\"badge \(category.rawValue)\">" + HTMLText.escape(messages.badge(category))
      out += "</span></td><td class=\"steps\">"
      var items = outline.steps(of: row).map { step in
        HTMLText.escape(step.title.text(in: language)) + " "
          + HTMLText.element("span", "(" + outline.actorLabels(step) + ")", attributes: [("class", "who")])
      }
      if case .pending(let fact) = row.status {
        items.append(HTMLText.escape(messages.pendingQuestion(outline.questionNumber(fact))))
      }
      out += items.isEmpty ? "—" : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
      out += "</td>" + HTMLText.element("td", outline.why(row), attributes: [("class", "why")]) + "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  func rejected(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    var out = open(.rejected, outline)
    guard !outline.rejected.isEmpty else { return out + HTMLText.element("p", messages.noRejected) + "\n</section>\n" }
    out += HTMLText.element("p", messages.rejectedIntro) + "\n"
    var table = "<table class=\"rejected\">\n<thead><tr>"
    table += HTMLText.element("th", messages.lineHeader, attributes: [("class", "number")])
    for header in [messages.classHeader, messages.studentHeader, messages.errorHeader] {
      table += HTMLText.element("th", header)
    }
    table += "</tr></thead>\n<tbody>\n"
    let batch = BatchMessages(language: outline.document.context.language)
    for row in outline.rejected {
      guard case .error(let error) = row.status else { continue }
      table += "<tr class=\"error\" id=\"l\(row.line)\"><td class=\"number\">\(row.line)</td>"
      table += HTMLText.element(
        "td", outline.classLabel(row.student[.classe].trimmedSpaces), attributes: [("class", "classe")])
      table += HTMLText.element("td", outline.name(row), attributes: [("class", "name")])
      table += HTMLText.element("td", batch.rowError(error)) + "</tr>\n"
    }
    return out + scrollBox(table + "</tbody>\n</table>\n", label: messages.title(.rejected)) + "</section>\n"
  }
}
