import PixReadyCore

/// The sentences of batch runs and their reports, in one language. Written here and nowhere else.
public struct BatchMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// A rejected row, naming the column, the value and what is accepted.
  public func rowError(_ error: RowError) -> String {
    guard let cell = error.cell else { return columnError(error) }
    return (language == .fr ? "cellule \(cell), " : "cell \(cell), ") + columnError(error)
  }

  private func columnError(_ error: RowError) -> String {
    let accepted = error.accepted.joined(separator: ", ")
    switch (error.code, language) {
    case (.unknownValue, .fr) where error.value.isEmpty:
      return "colonne « \(error.column) » : valeur non reconnue (masquée : rapport anonymisé) ; valeurs acceptées : "
        + accepted
    case (.unknownValue, .en) where error.value.isEmpty:
      return "column '\(error.column)': value not recognised (hidden: anonymised report); accepted values: \(accepted)"
    case (.unknownValue, .fr):
      return "colonne « \(error.column) » : valeur « \(error.value) » non reconnue ; valeurs acceptées : \(accepted)"
    case (.unknownValue, .en):
      return "column '\(error.column)': value '\(error.value)' not recognised; accepted values: \(accepted)"
    case (.invalidText, .fr):
      return "colonne « \(error.column) » : texte illisible dans l'encodage lu ; si le fichier vient d'Excel, relancez "
        + "avec --encoding windows-1252, sinon réenregistrez-le en UTF-8"
    case (.invalidText, .en):
      return "column '\(error.column)': unreadable text in the encoding read; if the file comes from Excel, run "
        + "again with --encoding windows-1252, otherwise save it again as UTF-8"
    case (.cellCount, .fr):
      return "la ligne a \(error.value) cellule(s) alors que l'en-tête en a \(error.expectedCells ?? 0) : "
        + (error.value == "1"
          ? "elle n'utilise sans doute pas le séparateur du fichier. "
          : "un séparateur de trop (dans un nom ?) décale les colonnes. ")
        + "Rien n'en est recopié ; corrigez la ligne puis relancez"
    case (.cellCount, .en):
      return "the row has \(error.value) cell(s) while the header has \(error.expectedCells ?? 0): "
        + (error.value == "1"
          ? "it probably does not use the file's delimiter. "
          : "an extra delimiter (in a name?) shifts the columns. ")
        + "Nothing of it is copied; fix the row and run again"
    }
  }

  /// The verdict in words.
  public func verdict(_ word: String) -> String {
    switch (word, language) {
    case ("ready", .fr): "Tout va bien !"
    case ("ready", .en): "All good!"
    case ("action", .fr): "Action à mener"
    case ("action", .en): "Action needed"
    case ("support", .fr): "Contacter le support Pix"
    case ("support", .en): "Contact Pix support"
    case ("pending", .fr): "Question en attente"
    case ("pending", .en): "Question pending"
    case ("error", .fr): "Ligne rejetée"
    case ("error", .en): "Rejected row"
    default: word
    }
  }

  /// The summary printed on stderr after a batch run.
  public func summary(_ summary: BatchSummary, tree: ValidatedTree) -> String {
    let fr = language == .fr
    var lines: [String] = []
    lines.append(
      fr
        ? "\(summary.rows) élève(s) : \(count(summary, .ready)) prêt(s), \(count(summary, .action)) action(s) à mener, "
          + "\(count(summary, .support)) pour le support Pix, \(summary.pendingCount) en attente, \(summary.errors) ligne(s) rejetée(s)."
        : "\(summary.rows) student(s): \(count(summary, .ready)) ready, \(count(summary, .action)) action needed, "
          + "\(count(summary, .support)) for Pix support, \(summary.pendingCount) pending, \(summary.errors) rejected row(s)."
    )
    for (fact, number) in summary.pending.sorted(by: { $0.key < $1.key }) {
      let question = tree.fact(fact)?.question.text(in: language) ?? fact
      lines.append(
        fr
          ? "  en attente de « \(fact) » (\(number)) : \(question)" : "  waiting for '\(fact)' (\(number)): \(question)"
      )
    }
    if summary.shortRows > 0 { lines.append(shortRows(summary)) }
    if !summary.schoolSteps.isEmpty {
      lines.append(fr ? "Actions pour l'établissement (une fois) :" : "School actions (once):")
      for step in summary.schoolSteps {
        lines.append("  - " + step.title.text(in: language) + " (" + actors(step, tree: tree) + ")")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The warning about rows with cells missing at the end, naming their lines.
  public func shortRows(_ summary: BatchSummary) -> String {
    var lines = summary.shortRowLines.map(String.init).joined(separator: ", ")
    let more = summary.shortRows - summary.shortRowLines.count
    if more > 0 { lines += language == .fr ? " … et \(more) autre(s)" : " … and \(more) more" }
    return language == .fr
      ? "  attention : \(summary.shortRows) ligne(s) courte(s), des cellules manquent en fin de ligne (lues comme "
        + "vides) : ligne(s) \(lines). Vérifiez-les : une colonne a pu être oubliée."
      : "  warning: \(summary.shortRows) short row(s), cells missing at the end (read as empty): line(s) \(lines). "
        + "Check them: a column may have been left out."
  }

  /// The actors of a step, by label, joined.
  public func actors(_ step: Step, tree: ValidatedTree) -> String {
    step.actors.map { tree.actor($0)?.label.text(in: language) ?? $0 }.joined(separator: ", ")
  }

  private func count(_ summary: BatchSummary, _ verdict: Verdict) -> Int {
    summary.verdicts[verdict] ?? 0
  }
}
