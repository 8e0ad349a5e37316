import PixReadyCore

/// The sentences of batch runs and their reports, in one language. Written here and nowhere else.
public struct BatchMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// A rejected row: every bad cell, naming its column, the value, the likely fix and what is accepted.
  public func rowError(_ error: RowError) -> String {
    let unreadable = error.cells.filter { $0.code == .invalidText }
    var parts = error.cells.filter { $0.code == .unknownValue }.map(unknownValue)
    if !unreadable.isEmpty { parts.append(invalidText(unreadable.map(\.column))) }
    return parts.joined(separator: " — ")
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

  /// The summary printed on stderr after a batch run: the counts, the rejected rows by line and
  /// column, the pending rows by question and the column to fill, then the school's actions.
  public func summary(_ summary: BatchSummary, tree: ValidatedTree) -> String {
    let fr = language == .fr
    let ready = count(summary, .ready)
    let action = count(summary, .action)
    var lines: [String] = []
    lines.append(
      fr
        ? "\(Plural.fr(summary.rows, "élève")) : \(Plural.fr(ready, "prêt")), \(Plural.fr(action, "action")) à mener, "
          + "\(count(summary, .support)) pour le support Pix, \(summary.pendingCount) en attente, "
          + "\(Plural.fr(summary.errors, "ligne rejetée", "lignes rejetées"))."
        : "\(Plural.en(summary.rows, "student")): \(ready) ready, \(action) action needed, "
          + "\(count(summary, .support)) for Pix support, \(summary.pendingCount) pending, "
          + "\(Plural.en(summary.errors, "rejected row"))."
    )
    if let rejected = rejectedLine(summary) { lines.append(rejected) }
    let order = Dictionary(tree.tree.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (fact, number) in summary.pending.sorted(by: {
      (order[$0.key] ?? Int.max, $0.key) < (order[$1.key] ?? Int.max, $1.key)
    }) {
      lines.append(pendingLine(fact, number, tree: tree))
    }
    if !summary.schoolSteps.isEmpty {
      lines.append(fr ? "Actions pour l'établissement (une fois) :" : "School actions (once):")
      for step in summary.schoolSteps {
        lines.append("  - " + step.title.text(in: language) + " (" + actors(step, tree: tree) + ")")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `  rejetées : ligne 21 (« methode_orga »), … et 3 autres.`, or `nil` when no row was rejected.
  private func rejectedLine(_ summary: BatchSummary) -> String? {
    guard !summary.rejectedRows.isEmpty else { return nil }
    let fr = language == .fr
    let named = summary.rejectedRows.map { row in
      let columns = row.columns.map { fr ? "« \($0) »" : "'\($0)'" }.joined(separator: ", ")
      return (fr ? "ligne \(row.line)" : "line \(row.line)") + (columns.isEmpty ? "" : " (\(columns))")
    }
    let others = summary.errors - summary.rejectedRows.count
    let more = others > 0 ? (fr ? " … et \(others) \(others > 1 ? "autres" : "autre")" : " … and \(others) more") : ""
    return (fr ? "  rejetées : " : "  rejected: ") + named.joined(separator: ", ") + more + "."
  }

  /// `  en attente (1) : Question 5 : … ? ; à remplir : colonne « connait_identifiants »`.
  private func pendingLine(_ fact: String, _ number: Int, tree: ValidatedTree) -> String {
    let known = tree.fact(fact)
    let question = known?.question.text(in: language) ?? fact
    let column = known?.columns.first
    switch language {
    case .fr:
      return "  en attente (\(number)) : \(question)" + (column.map { " — à remplir : colonne « \($0) »" } ?? "")
    case .en:
      return "  pending (\(number)): \(question)" + (column.map { " — fill in column '\($0)'" } ?? "")
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
