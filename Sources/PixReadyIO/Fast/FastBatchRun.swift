import Dispatch
import Foundation
import PixReadyCore

/// The batch run of `pixready check` for CSV, JSON and JSON Lines reports, on whole blocks of bytes
/// and on every core: the same report and summary as ``BatchRun``, byte for byte, many times faster.
///
/// The main thread reads the file in blocks of whole records (a quote-aware pass that also numbers
/// rows and lines), workers diagnose blocks in parallel, and the main thread writes their output in
/// input order; a bounded number of blocks is in flight, so memory stays flat. Most rows are decided
/// from their bytes: each cell's text is looked up in a per-column memory of its code, the codes
/// give an entry of the ``EvaluationTable``, and the row is its identity bytes followed by the
/// entry's bytes. Rows the fast path cannot take go through ``BatchDiagnoser`` and the formatter.
public struct FastBatchRun {
  private let plan: FastPlan
  private let reader: CSVFileReader
  private let blockSize: Int
  private let threads: Int
  private let blocksInFlight: Int

  /// Prepares a fast run of `run` over the records `reader` has not read yet, or returns `nil` when
  /// the fast path does not apply: a report format other than CSV, JSON and JSON Lines, or a tree
  /// too large for an evaluation table.
  ///
  /// - Parameter blockSize: the bytes read at once (a record longer than this is read the slow way).
  public init?(_ run: BatchRun, reader: CSVFileReader, blockSize: Int = 1 << 17) {
    guard let plan = FastPlan(run: run, dialect: reader.dialect) else { return nil }
    self.plan = plan
    self.reader = reader
    self.blockSize = min(max(blockSize, 64), 1 << 30)
    threads = max(ProcessInfo.processInfo.activeProcessorCount, 1)
    blocksInFlight = threads + 1
  }

  /// Reads every remaining record, writing the report to `output`.
  ///
  /// - Parameters:
  ///   - progressEvery: how often `progress` is told.
  ///   - progress: called on the calling thread with each multiple of `progressEvery` rows written.
  ///   - beforeFooter: may change the summary before the footer is written, as in ``BatchRun``.
  /// - Returns: the summary, equal to the one ``BatchRun`` returns.
  /// - Throws: ``CSVInputError`` when reading fails; what was written before stays written.
  public func run<Output: ByteOutputStream>(
    to output: inout Output, progressEvery: Int = 100_000, progress: (Int) -> Void = { _ in },
    beforeFooter: (inout BatchSummary) -> Void = { _ in }
  ) throws -> BatchSummary {
    try runCounting(to: &output, progressEvery: progressEvery, progress: progress, beforeFooter: beforeFooter)
      .summary
  }

  /// ``run(to:progressEvery:progress:beforeFooter:)``, also telling how many rows the fast path wrote.
  func runCounting<Output: ByteOutputStream>(
    to output: inout Output, progressEvery: Int = 100_000, progress: (Int) -> Void = { _ in },
    beforeFooter: (inout BatchSummary) -> Void = { _ in }
  ) throws -> (summary: BatchSummary, fastRows: Int) {
    var total = RunTotals(schoolSteps: plan.diagnoser.schoolSteps(plan.diagnoser.commonAnswers))
    output.write(plan.formatter.header())
    let workers = WorkerThreads(count: threads, plan: plan)
    var pipeline = Pipeline()
    defer {
      pipeline.waitForAll()
      workers.finish()
    }
    let report = { (rows: Int, before: Int) in
      var next = (before / progressEvery + 1) * progressEvery
      while next <= rows {
        progress(next)
        next += progressEvery
      }
    }
    var blocks = BlockReader(reader: reader, blockSize: blockSize)
    while !blocks.finished {
      let job = pipeline.spare() ?? BlockJob(capacity: blockSize, outputCapacity: blockSize * plan.shape.expansion)
      let whole = try blocks.fill(job)
      pipeline.start(job, on: workers)
      guard whole else {
        pipeline.finishAll(to: &output, total: &total, report: report)
        blocks.handBack()
        try slowTail(from: blocks.nextRow, to: &output, total: &total, report: report)
        break
      }
      while pipeline.count >= blocksInFlight { pipeline.finishOldest(to: &output, total: &total, report: report) }
    }
    pipeline.finishAll(to: &output, total: &total, report: report)
    var summary = total.batchSummary
    beforeFooter(&summary)
    output.write(plan.formatter.footer(summary))
    return (summary, pipeline.fastRows)
  }

  /// Reads the rest of the file record by record, the slow way (a quote never closed, or a record
  /// longer than a block: the reader then reports it as the batch run would).
  private func slowTail<Output: ByteOutputStream>(
    from firstRow: Int, to output: inout Output, total: inout RunTotals,
    report: (Int, Int) -> Void
  ) throws {
    var worker = BlockWorker(plan: plan)
    let buffer = ByteBuffer(capacity: blockSize)
    var row = firstRow
    func flush() {
      output.write(bytes: buffer.bytes)
      buffer.removeAll()
      let before = total.rows
      total.add(worker.finish())
      report(total.rows, before)
    }
    while let record = try reader.nextRecord() {
      var writer = ByteWriter(buffer)
      worker.slowRow(record, row: row, output: &writer)
      writer.commit()
      row += 1
      if buffer.count >= blockSize { flush() }
    }
    flush()
  }
}
