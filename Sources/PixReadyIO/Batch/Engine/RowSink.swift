import PixReadyCore

/// Where finished blocks go on the calling thread, in input order: their summaries are merged, their
/// rows reach the observer, and progress is told.
struct RowSink {
  /// The counts so far.
  var total = BatchSummary()
  private let progressEvery: Int
  private let progress: (Int) -> Void
  private let observe: ((RowDiagnosis) -> Void)?

  /// Creates a sink telling `progress` every `progressEvery` rows and handing rows to `observe`.
  init(progressEvery: Int, progress: @escaping (Int) -> Void, observe: ((RowDiagnosis) -> Void)?) {
    self.progressEvery = max(progressEvery, 1)
    self.progress = progress
    self.observe = observe
  }

  /// Whether rows are handed to an observer.
  var observes: Bool { observe != nil }

  /// Merges the summary of the next rows, and hands `rows` (empty unless observed) to the observer.
  mutating func add(_ block: BatchSummary, rows: [RowDiagnosis]) {
    // By index, so that each row is lent to the observer rather than copied (`for in` copies).
    if let observe { for index in rows.indices { observe(rows[index]) } }
    let before = total.rows
    total.merge(block)
    var next = (before / progressEvery + 1) * progressEvery
    while next <= total.rows {
      progress(next)
      next += progressEvery
    }
  }
}
