import PixReadyCore

/// What one block's rows add to the summary, in the form cheapest to add up: plain counts for the
/// rows the byte path took, a ``BatchSummary`` for the few the decoding path took.
struct BlockCounts: Sendable {
  /// Rows the byte path took.
  var fastRows = 0
  /// Their verdicts, by `Verdict.allCases` index.
  var verdicts = [Int](repeating: 0, count: Verdict.allCases.count)
  /// Their pending rows, by the fact still needed.
  var pending: [String: Int] = [:]
  /// Their rejected rows.
  var errors = 0
  /// The first of them by line, named in the summary.
  var rejectedRows: [BatchSummary.RejectedRow] = []
  /// Their rows by class, counted by ``BlockTally/words`` index.
  var classes: [(name: String, counts: [Int])] = []
  /// The school steps met, in the order rows met them (each once).
  var schoolSteps: [Step] = []
  /// The rows the decoding path took, counted as the batch run counts them.
  var slow = BatchSummary()
}
