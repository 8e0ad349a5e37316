/// The five ways a row can end, in the order reports list them.
///
/// Their names for people are written here and nowhere else (``name(in:)``, and ``word(in:)`` inside a
/// sentence): the `check` summary, the CSV report's `resultat` column, the Markdown and HTML reports,
/// their chart, the page, `ask`'s result line and the authoring tools' tables all say the same words.
/// Files for scripts keep ``rawValue``.
public enum RowCategory: String, Sendable, CaseIterable {
  /// No step at all.
  case ready
  /// Someone in the school acts.
  case action
  /// Pix support is needed.
  case support
  /// A question is still unanswered.
  case pending
  /// The row was rejected.
  case error

  /// The category of a verdict.
  public init(_ verdict: Verdict) {
    switch verdict {
    case .ready: self = .ready
    case .action: self = .action
    case .support: self = .support
    }
  }

  /// The name people read, as a label: « Prêt », « Action à mener », « Support Pix », « En attente »,
  /// « Ligne à corriger ».
  public func name(in language: Language) -> String {
    switch (self, language) {
    case (.ready, .fr): "Prêt"
    case (.ready, .en): "Ready"
    case (.action, .fr): "Action à mener"
    case (.action, .en): "Action needed"
    case (.support, .fr): "Support Pix"
    case (.support, .en): "Pix support"
    case (.pending, .fr): "En attente"
    case (.pending, .en): "Pending"
    case (.error, .fr): "Ligne à corriger"
    case (.error, .en): "Row to fix"
    }
  }

  /// The name inside a sentence: « action à mener », « support Pix » (« Pix » keeps its capital).
  public func word(in language: Language) -> String {
    let name = name(in: language)
    guard let first = name.first, !name.hasPrefix("Pix") else { return name }
    return first.lowercased() + name.dropFirst()
  }

  /// A count of rows in this category, as the `check` summary says it: « 10 élèves prêts »,
  /// « 13 avec des actions à mener », « aucun à signaler au support Pix », « 2 lignes à corriger ».
  public func count(_ count: Int, in language: Language) -> String {
    switch language {
    case .fr:
      let number = count == 0 ? (self == .error ? "aucune" : "aucun") : String(count)
      switch self {
      case .ready: return count > 1 ? "\(number) élèves prêts" : "\(number) élève prêt"
      case .action: return "\(number) avec des actions à mener"
      case .support: return "\(number) à signaler au support Pix"
      case .pending: return "\(number) en attente d'une réponse"
      case .error: return count > 1 ? "\(number) lignes à corriger" : "\(number) ligne à corriger"
      }
    case .en:
      switch self {
      case .ready: return count == 0 ? "no student ready" : Plural.en(count, "student") + " ready"
      case .action: return (count == 0 ? "none" : String(count)) + " with actions needed"
      case .support: return (count == 0 ? "none" : String(count)) + " to report to Pix support"
      case .pending: return (count == 0 ? "none" : String(count)) + " waiting for an answer"
      case .error: return count == 0 ? "no row to fix" : Plural.en(count, "row") + " to fix"
      }
    }
  }
}
