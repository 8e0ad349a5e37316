import PixReadyCore

/// The sentences of batch runs and their reports, in one language. Written here and nowhere else.
public struct BatchMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// A rejected row: every bad cell, naming its column, the value, the likely fix and what is accepted;
  /// French typeset (``FrenchTypography``), as it goes into every report.
  public func rowError(_ error: RowError) -> String { language.typeset(rowErrorText(error)) }

  private func rowErrorText(_ error: RowError) -> String {
    if error.code == .cellCount { return cellCount(error) }
    let unreadable = error.cells.filter { $0.code == .invalidText }
    var parts = error.cells.filter { $0.code == .unknownValue }.map(unknownValue)
    if !unreadable.isEmpty { parts.append(invalidText(unreadable.map(\.column))) }
    let text = parts.joined(separator: " — ")
    guard let cell = error.cell else { return text }
    return (language == .fr ? "cellule \(cell), " : "cell \(cell), ") + text
  }

  private func unknownValue(_ cell: RowError.Cell) -> String {
    let accepted = cell.accepted.joined(separator: ", ")
    let fr = language == .fr
    let guess = cell.suggestion.map { fr ? " (vouliez-vous dire « \($0) » ?)" : " (did you mean '\($0)'?)" } ?? ""
    switch language {
    case .fr where cell.value.isEmpty:
      return
        "colonne « \(cell.column) » : valeur non reconnue (masquée : rapport anonymisé)\(guess) ; valeurs acceptées : "
        + accepted
    case .en where cell.value.isEmpty:
      return
        "column '\(cell.column)': value not recognised (hidden: anonymised report)\(guess); accepted values: \(accepted)"
    case .fr:
      return
        "colonne « \(cell.column) » : valeur « \(cell.value) » non reconnue\(guess) ; valeurs acceptées : \(accepted)"
    case .en:
      return "column '\(cell.column)': value '\(cell.value)' not recognised\(guess); accepted values: \(accepted)"
    }
  }

  private func invalidText(_ columns: [String]) -> String {
    switch language {
    case .fr:
      let names = columns.map { "« \($0) »" }.joined(separator: ", ")
      return (columns.count > 1 ? "colonnes \(names)" : "colonne \(names)")
        + " : texte illisible dans l'encodage lu ; si le fichier vient d'Excel, relancez "
        + "avec --encoding windows-1252, sinon réenregistrez-le en UTF-8"
    case .en:
      let names = columns.map { "'\($0)'" }.joined(separator: ", ")
      return (columns.count > 1 ? "columns \(names)" : "column \(names)")
        + ": unreadable text in the encoding read; if the file comes from Excel, run "
        + "again with --encoding windows-1252, otherwise save it again as UTF-8"
    }
  }

  /// A row whose cells do not line up with the header (`value` holds the cells found).
  private func cellCount(_ error: RowError) -> String {
    switch language {
    case .fr:
      return "la ligne a \(cells(error.value)) alors que l'en-tête en a \(error.expectedCells ?? 0) : "
        + (error.value == "1"
          ? "elle n'utilise sans doute pas le séparateur du fichier. "
          : "un séparateur de trop (dans un nom ?) décale les colonnes. ")
        + "Rien n'en est recopié ; corrigez la ligne puis relancez"
    case .en:
      return "the row has \(cells(error.value)) while the header has \(error.expectedCells ?? 0): "
        + (error.value == "1"
          ? "it probably does not use the file's delimiter. "
          : "an extra delimiter (in a name?) shifts the columns. ")
        + "Nothing of it is copied; fix the row and run again"
    }
  }

  /// « 1 cellule », « 3 cellules » for a count written as text.
  private func cells(_ count: String) -> String {
    let number = Int(count) ?? 2
    return language == .fr ? Plural.fr(number, "cellule") : Plural.en(number, "cell")
  }

  /// The summary printed on stderr after a batch run: the counts, the rejected rows by line and
  /// column, the pending rows by question and the column to fill, then the school's actions.
  public func summary(_ summary: BatchSummary, tree: ValidatedTree) -> String {
    let fr = language == .fr
    var lines = [countsSentence(summary)]
    if let rejected = rejectedLine(summary) { lines.append(rejected) }
    let order = Dictionary(tree.tree.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (fact, number) in summary.pending.sorted(by: {
      (order[$0.key] ?? Int.max, $0.key) < (order[$1.key] ?? Int.max, $1.key)
    }) {
      lines.append(pendingLine(fact, number, tree: tree))
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

  /// « 30 lignes lues : 10 élèves prêts, 13 avec des actions à mener, 3 à signaler au support Pix,
  /// 2 en attente d'une réponse, 2 lignes à corriger. », each count named as ``RowCategory`` names it.
  public func countsSentence(_ summary: BatchSummary) -> String {
    let counts = RowCategory.allCases.map { category in
      let number: Int
      switch category {
      case .ready: number = count(summary, .ready)
      case .action: number = count(summary, .action)
      case .support: number = count(summary, .support)
      case .pending: number = summary.pendingCount
      case .error: number = summary.errors
      }
      return category.count(number, in: language)
    }
    let rows: String
    switch language {
    case .fr: rows = summary.rows == 0 ? "aucune ligne lue" : Plural.fr(summary.rows, "ligne lue", "lignes lues")
    case .en: rows = summary.rows == 0 ? "no row read" : Plural.en(summary.rows, "row") + " read"
    }
    let text = rows + (language == .fr ? " : " : ": ") + counts.joined(separator: ", ") + "."
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// The warning about rows with cells missing at the end, naming their lines.
  public func shortRows(_ summary: BatchSummary) -> String {
    var lines = summary.shortRowLines.map(String.init).joined(separator: ", ")
    let more = summary.shortRows - summary.shortRowLines.count
    if more > 0 {
      lines += language == .fr ? " … et \(more > 1 ? "\(more) autres" : "une autre")" : " … and \(more) more"
    }
    let short = summary.shortRows
    return language == .fr
      ? "  attention : \(Plural.fr(short, "ligne courte", "lignes courtes")), des cellules manquent en fin de ligne "
        + "(lues comme vides) : \(short > 1 ? "lignes" : "ligne") \(lines). "
        + (short > 1 ? "Vérifiez-les" : "Vérifiez-la") + " : une colonne a pu être oubliée."
      : "  warning: \(Plural.en(short, "short row")), cells missing at the end (read as empty): "
        + "\(short == 1 ? "line" : "lines") \(lines). " + (short == 1 ? "Check it" : "Check them")
        + ": a column may have been left out."
  }

  /// `  à corriger : ligne 21 (« methode_orga »), … et 3 autres.`, or `nil` when no row was rejected.
  private func rejectedLine(_ summary: BatchSummary) -> String? {
    guard !summary.rejectedRows.isEmpty else { return nil }
    let fr = language == .fr
    let named = summary.rejectedRows.map { row in
      let columns = row.columns.map(language.quoted).joined(separator: ", ")
      return (fr ? "ligne \(row.line)" : "line \(row.line)") + (columns.isEmpty ? "" : " (\(columns))")
    }
    let others = summary.errors - summary.rejectedRows.count
    let more =
      others > 0 ? (fr ? " … et \(others > 1 ? "\(others) autres" : "une autre")" : " … and \(others) more") : ""
    return (fr ? "  à corriger : " : "  to fix: ") + named.joined(separator: ", ") + more + "."
  }

  /// `  en attente (1 élève) : Question 5 : … ? — à remplir : colonne « connait_identifiants »`.
  private func pendingLine(_ fact: String, _ number: Int, tree: ValidatedTree) -> String {
    let known = tree.fact(fact)
    let question = tree.questionText(of: fact, in: language)
    let column = known?.columns.first
    switch language {
    case .fr:
      return "  en attente (\(Plural.fr(number, "élève"))) : \(question)"
        + (column.map { " — à remplir : colonne « \($0) »" } ?? "")
    case .en:
      return "  waiting (\(Plural.en(number, "student"))): \(question)"
        + (column.map { " — fill in column '\($0)'" } ?? "")
    }
  }

  /// The actors of a step, by label, joined.
  public func actors(_ step: Step, tree: ValidatedTree) -> String {
    step.actors.map { tree.actor($0)?.label.text(in: language) ?? $0 }.joined(separator: ", ")
  }

  private func count(_ summary: BatchSummary, _ verdict: Verdict) -> Int {
    summary.verdicts[verdict] ?? 0
  }
}
