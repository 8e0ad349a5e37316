import PixReadyCore

extension RowCategory {
  /// The category of a row's status.
  public init(_ status: RowDiagnosis.Status) {
    switch status {
    case .verdict(let verdict): self.init(verdict)
    case .pending: self = .pending
    case .error: self = .error
    }
  }
}
