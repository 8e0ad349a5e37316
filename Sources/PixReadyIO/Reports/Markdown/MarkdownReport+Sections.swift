import PixReadyCore

extension MarkdownReport {
  func warnings(_ outline: ReportOutline) -> String {
    let summary = outline.document.summary
    var out = heading(.warnings, outline)
    if let sentence = summary.warningSummary { out += MarkdownText.paragraph(sentence) + "\n\n" }
    for warning in summary.warnings { out += "- " + MarkdownText.inline(warning.message) + "\n" }
    return out + "\n"
  }

  func summary(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    var out = heading(.summary, outline)
    let categories = RowCategory.allCases
    out += MarkdownText.row([messages.classHeader] + categories.map(messages.category) + [messages.totalHeader])
    out += MarkdownText.delimiter(numeric: [false] + categories.map { _ in true } + [true])
    let line = { (label: String, counts: [RowCategory: Int]) in
      MarkdownText.row(
        [label] + categories.map { String(counts[$0] ?? 0) } + [String(counts.values.reduce(0, +))])
    }
    if outline.classes.count > 1 || outline.classes.first?.isEmpty == false {
      for classe in outline.classes {
        out += line(MarkdownText.inline(outline.classLabel(classe)), outline.counts(in: classe))
      }
    }
    let all = outline.counts()
    out += MarkdownText.row(
      ["**\(messages.overall)**"] + categories.map { "**\(all[$0] ?? 0)**" }
        + ["**\(all.values.reduce(0, +))**"])
    return out + "\n"
  }

  func school(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let steps = outline.document.summary.schoolSteps
    var out = heading(.school, outline)
    guard !steps.isEmpty else { return out + messages.noSchoolActions + "\n\n" }
    out += messages.schoolIntro + "\n\n"
    for (number, step) in steps.enumerated() {
      out +=
        "\(number + 1). **\(MarkdownText.inline(title(step, outline)))** (\(messages.who(outline.actorLabels(step))))\n"
      out += "   " + MarkdownText.inline(step.detail.text(in: outline.document.context.language)) + "\n"
    }
    return out + "\n"
  }

  func worklists(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = heading(.worklists, outline) + messages.worklistsIntro + "\n\n"
    if outline.worklists.allSatisfy(\.items.isEmpty) { out += messages.noWorklist + "\n\n" }
    for list in outline.worklists {
      out +=
        "### "
        + MarkdownText.inline(
          messages.actorHeading(list.actor.label.text(in: language), students: list.studentCount)) + "\n\n"
      if !list.schoolSteps.isEmpty {
        out += messages.schoolReminder + "\n\n"
        for step in list.schoolSteps { out += "- " + MarkdownText.inline(title(step, outline)) + "\n" }
        out += "\n"
      }
      for item in list.items {
        out += "#### " + MarkdownText.inline(messages.stepHeading(title(item.step, outline), students: item.rows.count))
        out += "\n\n" + MarkdownText.paragraph(item.step.detail.text(in: language)) + "\n\n"
        out += studentList(item.rows, outline, checkbox: true) + "\n"
      }
    }
    if !outline.idleActors.isEmpty {
      out += messages.idle(outline.idleActors.map { $0.label.text(in: language) }.joined(separator: ", ")) + "\n\n"
    }
    return out
  }

  func questions(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = heading(.questions, outline)
    guard !outline.questions.isEmpty else { return out + messages.noQuestion + "\n\n" }
    out += messages.questionsIntro + "\n\n"
    for question in outline.questions {
      let text = outline.tree.questionText(of: question.fact.id, in: language)
      out += "### " + MarkdownText.inline(text) + "\n\n"
      if let help = question.fact.help { out += MarkdownText.paragraph(help.text(in: language)) + "\n\n" }
      out += messages.column(question.fact.columns.first ?? question.fact.id) + "\n\n"
      out += studentList(question.rows, outline, checkbox: false) + "\n"
    }
    return out
  }

  func students(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    let language = outline.document.context.language
    var out = heading(.students, outline) + messages.studentsIntro + "\n\n"
    for fact in outline.tree.tree.facts {
      out += "- \(outline.questionNumber(fact.id)) — "
      out += MarkdownText.inline(outline.tree.questionText(of: fact.id, in: language)) + "\n"
    }
    out += "\n"
    for classe in outline.classes {
      let rows = outline.students(in: classe)
      guard !rows.isEmpty else { continue }
      out += "### " + MarkdownText.inline(outline.classLabel(classe)) + "\n\n"
      out += MarkdownText.row([
        messages.lineHeader, messages.studentHeader, messages.resultHeader, messages.stepsHeader, messages.whyHeader,
      ])
      out += MarkdownText.delimiter(numeric: [true, false, false, false, false])
      for row in rows {
        var steps = outline.steps(of: row).map { title($0, outline) + " (" + outline.actorLabels($0) + ")" }
        if case .pending(let fact) = row.status { steps.append(messages.pendingQuestion(outline.questionNumber(fact))) }
        out += MarkdownText.row([
          String(row.line), MarkdownText.inline(outline.name(row)),
          messages.badge(RowCategory(row.status)), MarkdownText.inline(steps.joined(separator: " ; ")),
          MarkdownText.inline(outline.why(row)),
        ])
      }
      out += "\n"
    }
    return out
  }

  func rejected(_ outline: ReportOutline) -> String {
    let messages = outline.messages
    var out = heading(.rejected, outline)
    guard !outline.rejected.isEmpty else { return out + messages.noRejected + "\n\n" }
    out += messages.rejectedIntro + "\n\n"
    out += MarkdownText.row([messages.lineHeader, messages.classHeader, messages.studentHeader, messages.errorHeader])
    out += MarkdownText.delimiter(numeric: [true, false, false, false])
    let batch = BatchMessages(language: outline.document.context.language)
    for row in outline.rejected {
      guard case .error(let error) = row.status else { continue }
      out += MarkdownText.row([
        String(row.line), MarkdownText.inline(outline.classLabel(row.student[.classe].trimmedSpaces)),
        MarkdownText.inline(outline.name(row)), MarkdownText.inline(batch.rowError(error)),
      ])
    }
    return out + "\n"
  }

  /// « - [ ] 2NDE1 · Durand Léa (ligne 2) » for each row; the box is ticked on paper or in the ticket.
  private func studentList(_ rows: [ReportRow], _ outline: ReportOutline, checkbox: Bool) -> String {
    rows.map { row in
      (checkbox ? "- [ ] " : "- ") + MarkdownText.inline(outline.classLabel(row.student[.classe].trimmedSpaces)) + " · "
        + MarkdownText.inline(outline.name(row)) + " (" + outline.messages.line(row.line) + ")\n"
    }.joined()
  }

  private func title(_ step: Step, _ outline: ReportOutline) -> String {
    step.title.text(in: outline.document.context.language)
  }
}
