import PixReadyCore

/// Where finished blocks go on the calling thread, in input order: their summaries are merged, their
/// rows reach the observer, and progress is told.
struct RowSink {
  /// The counts so far.
  var total = BatchSummary()
  private let progressEvery: Int
  private let progress: (Int) -> Void
  private let observe: ((ObservedRows) -> Void)?
  /// Which rows the observer takes compact, `nil` when none.
  let compactRows: ObservedRows.Request?

  /// Creates a sink telling `progress` every `progressEvery` rows and handing rows to `observe`,
  /// whole.
  init(progressEvery: Int, progress: @escaping (Int) -> Void, observe: ((RowDiagnosis) -> Void)?) {
    self.init(
      progressEvery: progressEvery, progress: progress,
      observeRows: observe.map { observe in
        { rows in
          // By index, so that each row is lent to the observer rather than copied (`for in` copies).
          for index in rows.full.indices { observe(rows.full[index]) }
        }
      }, compactRows: nil)
  }

  /// Creates a sink telling `progress` every `progressEvery` rows and handing each block's rows to
  /// `observeRows`, compact ones among them as `compactRows` asks.
  init(
    progressEvery: Int, progress: @escaping (Int) -> Void, observeRows: ((ObservedRows) -> Void)?,
    compactRows: ObservedRows.Request?
  ) {
    self.progressEvery = max(progressEvery, 1)
    self.progress = progress
    observe = observeRows
    self.compactRows = observeRows == nil ? nil : compactRows
  }

  /// Whether rows are handed to an observer.
  var observes: Bool { observe != nil }

  /// Merges the summary of the next rows, and hands `rows` (empty unless observed) to the observer.
  mutating func add(_ block: BatchSummary, rows: ObservedRows) {
    observe?(rows)
    let before = total.rows
    total.merge(block)
    var next = (before / progressEvery + 1) * progressEvery
    while next <= total.rows {
      progress(next)
      next += progressEvery
    }
  }
}
