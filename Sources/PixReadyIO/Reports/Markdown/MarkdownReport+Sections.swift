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
      for (index, classe) in outline.classes.enumerated() {
        out += line(MarkdownText.inline(outline.classLabel(classe)), outline.counts(inClassAt: index))
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

  func worklists(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    let language = outline.document.context.language
    out.append(heading(.worklists, outline) + messages.worklistsIntro + "\n\n")
    if outline.worklists.allSatisfy(\.items.isEmpty) { out.append(messages.noWorklist + "\n\n") }
    // The text before each list goes with it; what follows the last list is written after them.
    var lists: [ReportOutline.ListedSelection] = []
    var text = ""
    for worklist in outline.worklists {
      text +=
        "### "
        + MarkdownText.inline(
          messages.actorHeading(worklist.actor.label.text(in: language), students: worklist.studentCount))
        + "\n\n"
      if !worklist.schoolSteps.isEmpty {
        text += messages.schoolReminder + "\n\n"
        for step in worklist.schoolSteps { text += "- " + MarkdownText.inline(title(step, outline)) + "\n" }
        text += "\n"
      }
      for item in worklist.items {
        guard let step = item.step else { continue }
        text += "#### " + MarkdownText.inline(messages.stepHeading(title(step, outline), students: item.count))
        text += "\n\n" + MarkdownText.paragraph(step.detail.text(in: language)) + "\n\n"
        lists.append(ReportOutline.ListedSelection(before: text, selection: item))
        text = "\n"
      }
    }
    StudentList(outline).write(lists, checkbox: true, to: &out)
    out.append(text)
    if !outline.idleActors.isEmpty {
      out.append(
        messages.idle(outline.idleActors.map { $0.label.text(in: language) }.joined(separator: ", ")) + "\n\n")
    }
    out.lineEnded()
  }

  func questions(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    let language = outline.document.context.language
    out.append(heading(.questions, outline))
    guard !outline.questions.isEmpty else { return out.append(messages.noQuestion + "\n\n") }
    out.append(messages.questionsIntro + "\n\n")
    var lists: [ReportOutline.ListedSelection] = []
    var text = ""
    for question in outline.questions {
      text += "### " + MarkdownText.inline(outline.tree.questionText(of: question.fact.id, in: language)) + "\n\n"
      if let help = question.fact.help { text += MarkdownText.paragraph(help.text(in: language)) + "\n\n" }
      text += messages.column(question.fact.columns.first ?? question.fact.id) + "\n\n"
      lists.append(ReportOutline.ListedSelection(before: text, selection: question.rows))
      text = "\n"
    }
    StudentList(outline).write(lists, checkbox: false, to: &out)
    out.append(text)
  }

  func students(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    let language = outline.document.context.language
    var intro = heading(.students, outline) + messages.studentsIntro + "\n\n"
    for fact in outline.tree.tree.facts {
      intro += "- \(outline.questionNumber(fact.id)) — "
      intro += MarkdownText.inline(outline.tree.questionText(of: fact.id, in: language)) + "\n"
    }
    out.append(intro + "\n")
    // What depends only on the outcome (result, steps, why) is made once per outcome, and typeset once.
    let tails = outline.document.outcomes.map { outcome in
      var steps = outline.steps(of: outcome).map { title($0, outline) + " (" + outline.actorLabels($0) + ")" }
      if case .pending(let fact) = outcome.status {
        steps.append(messages.pendingQuestion(outline.questionNumber(fact)))
      }
      let cells = [
        messages.badge(RowCategory(outcome.status)), MarkdownText.inline(steps.joined(separator: " ; ")),
        MarkdownText.inline(outline.why(outcome)),
      ]
      return out.piece(Array((" | " + cells.map { $0.isEmpty ? "—" : $0 }.joined(separator: " | ") + " |\n").utf8))
    }
    let names = MarkdownReport.names(outline)
    // Each class: its heading and the table's head, its rows, a blank line.
    let head =
      MarkdownText.row([
        messages.lineHeader, messages.studentHeader, messages.resultHeader, messages.stepsHeader,
        messages.whyHeader,
      ]) + MarkdownText.delimiter(numeric: [true, false, false, false, false])
    let openings = ByteTable(
      utf8: outline.classes.map { "### " + MarkdownText.inline(outline.classLabel($0)) + "\n\n" + head })
    let closings = ByteTable(utf8: outline.classes.map { _ in "\n" })
    outline.appendStudentsByClass(openings: openings, closings: closings, to: &out) { record, out in
      out.append("| ")
      out.appendDecimal(Int(record.line))
      out.append(" | ")
      names.write(record, to: &out)
      out.append(tails[Int(record.outcome)])
      out.lineEnded()
    }
  }

  func rejected(_ outline: ReportOutline, to out: inout ReportWriter) {
    let messages = outline.messages
    out.append(heading(.rejected, outline))
    guard !outline.rejected.isEmpty else { return out.append(messages.noRejected + "\n\n") }
    out.append(messages.rejectedIntro + "\n\n")
    out.append(
      MarkdownText.row([messages.lineHeader, messages.classHeader, messages.studentHeader, messages.errorHeader]))
    out.append(MarkdownText.delimiter(numeric: [true, false, false, false]))
    let batch = BatchMessages(language: outline.document.context.language)
    // Rows with one outcome have one error: its sentence is written once.
    var errors = [String?](repeating: nil, count: outline.document.outcomes.count)
    for record in outline.rejected {
      guard case .error(let error) = outline.outcome(of: record).status else { continue }
      let sentence = errors[Int(record.outcome)] ?? MarkdownText.inline(batch.rowError(error))
      errors[Int(record.outcome)] = sentence
      out.append(
        MarkdownText.row([
          String(record.line), MarkdownText.inline(outline.classLabel(outline.classe(record))),
          MarkdownText.inline(outline.name(record)), sentence,
        ]))
      out.lineEnded()
    }
    out.append("\n")
  }

  /// « - [ ] 2NDE1 · Durand Léa (ligne 2) » for each row; the box is ticked on paper or in the ticket.
  private struct StudentList {
    let outline: ReportOutline
    let names: NameWriter
    /// « - [ ] 2NDE1 · » and « - 2NDE1 · » by class.
    let classes: (checkbox: ByteTable, plain: ByteTable)
    /// « (ligne » before the line number, when the sentence is built that way (``numberLast``).
    let linePrefix: ByteTable
    /// Whether « (ligne 7) » is ``linePrefix`` then the number.
    let numberLast: Bool

    init(_ outline: ReportOutline) {
      self.outline = outline
      names = MarkdownReport.names(outline)
      let labels = outline.document.classes.texts.map { MarkdownText.inline(outline.classLabel($0)) + " · " }
      classes = (ByteTable(utf8: labels.map { "- [ ] " + $0 }), ByteTable(utf8: labels.map { "- " + $0 }))
      let sample = outline.messages.line(7)
      numberLast = sample.hasSuffix("7")
      linePrefix = ByteTable(utf8: [" (" + sample.dropLast()])
    }

    /// Writes each list's text, then its students, one line each.
    func write(_ lists: [ReportOutline.ListedSelection], checkbox: Bool, to out: inout ReportWriter) {
      outline.appendLists(lists, to: &out) { record, out in
        out.append(checkbox ? classes.checkbox[Int(record.classe)] : classes.plain[Int(record.classe)])
        names.write(record, to: &out)
        if numberLast {
          out.append(linePrefix[0])
          out.appendDecimal(Int(record.line))
          out.append(")\n")
        } else {
          out.append(" (" + outline.messages.line(Int(record.line)) + ")\n")
        }
        out.lineEnded()
      }
    }
  }

  /// Names as Markdown shows them, escaped when they hold Markdown.
  private static func names(_ outline: ReportOutline) -> NameWriter {
    NameWriter(outline, isPlain: MarkdownText.isInline, escape: MarkdownText.inline)
  }

  private func title(_ step: Step, _ outline: ReportOutline) -> String {
    step.title.text(in: outline.document.context.language)
  }
}
