import PixReadyCore

extension HTMLReport {
  /// Every student by class, in foldable groups, with a filter by result made of radio buttons and
  /// CSS only: the page stays readable and printable without script.
  func students(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    let language = outline.document.context.language
    var head = open(.students, outline) + HTMLText.element("p", messages.studentsIntro) + "\n<ul class=\"legend\">\n"
    for fact in outline.tree.tree.facts {
      head += "<li><strong>\(outline.questionNumber(fact.id))</strong> — "
      head += HTMLText.escape(outline.tree.questionText(of: fact.id, in: language)) + "</li>\n"
    }
    head += "</ul>\n<div class=\"filterable\">\n"
    head += HTMLText.element("span", messages.filterLabel, attributes: [("class", "filter-label")]) + "\n"
    let all = outline.counts()
    let filters: [(id: String, label: String, count: Int)] =
      [("all", messages.filterAll, outline.students.count)]
      + [RowCategory.ready, .action, .support, .pending].map { ($0.rawValue, messages.badge($0), all[$0] ?? 0) }
    for filter in filters {
      let checked = filter.id == "all" ? " checked=\"checked\"" : ""
      head += "<input type=\"radio\" name=\"show\" id=\"show-\(filter.id)\"\(checked)/>"
      head += "<label for=\"show-\(filter.id)\">\(HTMLText.escape(filter.label)) (\(filter.count))</label>\n"
    }
    head += HTMLText.element("p", messages.filterHint, attributes: [("class", "hint muted")]) + "\n"
    out.append(head + "<div class=\"classes\">\n")
    let rows = StudentRows(outline)
    // Each class: a box that folds, its table's head, its rows, the ends of the table and box.
    let openings = ByteTable(
      utf8: outline.classes.enumerated().map { index, classe in
        var open = "<details class=\"classe\" id=\"classe-\(index + 1)\" open=\"open\">\n"
        open += "<summary>" + HTMLText.escape(outline.classLabel(classe)) + " "
        let count = outline.students(inClassAt: index).count
        open += HTMLText.element("span", "(\(count))", attributes: [("class", "muted")]) + "</summary>\n"
        return open + scrollBoxOpening(label: outline.classLabel(classe)) + rows.head
      })
    let closings = ByteTable(utf8: outline.classes.map { _ in "</tbody>\n</table>\n</div>\n</details>\n" })
    outline.appendStudentsByClass(openings: openings, closings: closings, to: &out) { record, out in
      rows.write(record, to: &out)
    }
    out.append("</div>\n</div>\n</section>\n")
  }

  /// The table of every student of a class; what depends only on the outcome (result, steps,
  /// why) is written once per outcome.
  private struct StudentRows {
    let outline: ReportOutline
    let names: NameWriter
    let head: String
    /// `<tr class="student ready" id="l` by outcome.
    let starts: ByteTable
    /// From the result to the end of the row, by outcome.
    let tails: ByteTable

    init(_ outline: ReportOutline) {
      self.outline = outline
      names = HTMLReport.names(outline)
      let messages = outline.messages
      let language = outline.document.context.language
      var head = "<table class=\"students\">\n<thead><tr>"
      head += HTMLText.element("th", messages.lineHeader, attributes: [("class", "number")])
      for header in [messages.studentHeader, messages.resultHeader, messages.stepsHeader, messages.whyHeader] {
        head += HTMLText.element("th", header)
      }
      self.head = head + "</tr></thead>\n<tbody>\n"
      starts = ByteTable(utf8: outline.categories.map { "<tr class=\"student \($0.rawValue)\" id=\"l" })
      tails = ByteTable(
        utf8: outline.document.outcomes.map { outcome in
          let category = RowCategory(outcome.status)
          var out = "<td><span class=\"badge \(category.rawValue)\">" + HTMLText.escape(messages.badge(category))
          out += "</span></td><td class=\"steps\">"
          var items = outline.steps(of: outcome).map { step in
            HTMLText.escape(step.title.text(in: language)) + " "
              + HTMLText.element("span", "(" + outline.actorLabels(step) + ")", attributes: [("class", "who")])
          }
          if case .pending(let fact) = outcome.status {
            items.append(HTMLText.escape(messages.pendingQuestion(outline.questionNumber(fact))))
          }
          out += items.isEmpty ? "—" : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
          out += "</td>" + HTMLText.element("td", outline.why(outcome), attributes: [("class", "why")]) + "</tr>\n"
          return out
        })
    }

    /// Writes one student's row.
    func write(_ record: ReportRecord, to out: inout ReportWriter) {
      out.append(starts[Int(record.outcome)])
      out.appendDecimal(Int(record.line))
      out.append("\"><td class=\"number\">")
      out.appendDecimal(Int(record.line))
      out.append("</td><td class=\"name\">")
      names.write(record, to: &out)
      out.append("</td>")
      out.append(tails[Int(record.outcome)])
      out.lineEnded()
    }
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
    // Rows with one outcome have one error: its cell is written once.
    var errors = [String?](repeating: nil, count: outline.document.outcomes.count)
    for record in outline.rejected {
      guard case .error(let error) = outline.outcome(of: record).status else { continue }
      let cell = errors[Int(record.outcome)] ?? HTMLText.element("td", batch.rowError(error))
      errors[Int(record.outcome)] = cell
      table += "<tr class=\"error\" id=\"l\(record.line)\"><td class=\"number\">\(record.line)</td>"
      table += HTMLText.element("td", outline.classLabel(outline.classe(record)), attributes: [("class", "classe")])
      table += HTMLText.element("td", outline.name(record), attributes: [("class", "name")])
      table += cell + "</tr>\n"
    }
    return out + scrollBox(table + "</tbody>\n</table>\n", label: messages.title(.rejected)) + "</section>\n"
  }
}
