/// The five ways a row can end, in the order reports list them.
enum RowCategory: String, Sendable, CaseIterable {
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

  /// The category of a row's status.
  init(_ status: RowDiagnosis.Status) {
    switch status {
    case .verdict(let verdict):
      switch verdict {
      case .ready: self = .ready
      case .action: self = .action
      case .support: self = .support
      }
    case .pending: self = .pending
    case .error: self = .error
    }
  }
}
