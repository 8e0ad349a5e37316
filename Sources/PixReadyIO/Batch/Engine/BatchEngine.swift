import PixReadyCore

/// The batch run of `pixready check`: reads every row after the header, diagnoses it, writes the
/// formatted rows in input order and counts them, for every input and report format.
///
/// The calling thread cuts a CSV file into blocks of whole records (``BlockReader``), the
/// context's workers diagnose blocks (``BlockWorker``), and the calling thread writes their output
/// and hands their rows to the observer in input order; a bounded number of blocks is in flight,
/// so memory stays flat. Most rows are decided from their bytes (observed rows too, their identity
/// decoded from the cells and their outcome learnt once); the others go through ``BatchDiagnoser``
/// and the formatter. Rows already decoded (a workbook's) are read one by one on the calling thread. With
/// one worker this is the plain row-by-row run, and any number of workers writes the same bytes.
public struct BatchEngine {
  private let diagnoser: BatchDiagnoser
  private let formatter: any ReportFormatter
  private let context: BatchContext

  /// Creates a run writing `formatter`'s report of the rows `diagnoser` decides.
  public init(diagnoser: BatchDiagnoser, formatter: any ReportFormatter, context: BatchContext = BatchContext()) {
    self.diagnoser = diagnoser
    self.formatter = formatter
    self.context = context
  }

  /// Reads every row of `input`, writing the report to `output`.
  ///
  /// Blank records are skipped; every other record yields exactly one output row.
  ///
  /// - Parameters:
  ///   - observe: when given, called on the calling thread with every row, in input order (the
  ///     report document, the SIECLE cross-check).
  ///   - progressEvery: how often `progress` is told.
  ///   - progress: called on the calling thread with each multiple of `progressEvery` rows written.
  ///   - beforeFooter: may change the summary (add warnings) before the footer is written.
  /// - Returns: the summary, whose counts add up to the rows read.
  /// - Throws: ``CSVInputError`` or the record source's error when reading fails; what was written
  ///   before stays written.
  public func run<Output: ByteOutputStream>(
    _ input: BatchInput, to output: inout Output, observe: ((RowDiagnosis) -> Void)? = nil,
    progressEvery: Int = 100_000, progress: (Int) -> Void = { _ in },
    beforeFooter: (inout BatchSummary) -> Void = { _ in }
  ) throws -> BatchSummary {
    try runCounting(
      input, to: &output, observe: observe, progressEvery: progressEvery, progress: progress,
      beforeFooter: beforeFooter
    ).summary
  }

  /// ``run(_:to:observe:progressEvery:progress:beforeFooter:)``, also telling how many rows were
  /// decided from their bytes.
  func runCounting<Output: ByteOutputStream>(
    _ input: BatchInput, to output: inout Output, observe: ((RowDiagnosis) -> Void)? = nil,
    progressEvery: Int = 100_000, progress: (Int) -> Void = { _ in },
    beforeFooter: (inout BatchSummary) -> Void = { _ in }
  ) throws -> (summary: BatchSummary, byteRows: Int) {
    try withoutActuallyEscaping(progress) { progress in
      var sink = RowSink(progressEvery: progressEvery, progress: progress, observe: observe)
      return try runCounting(input, to: &output, sink: &sink, beforeFooter: beforeFooter)
    }
  }

  /// ``run(_:to:observe:progressEvery:progress:beforeFooter:)`` for an observer of whole blocks:
  /// `observeRows` gets each block's rows in input order, compact ones among them as
  /// `compactRows` asks (observers of identity cells and outcomes only: the report document, the
  /// SIECLE cross-check for the rows its screen lets through).
  func run<Output: ByteOutputStream>(
    _ input: BatchInput, to output: inout Output, observeRows: @escaping (ObservedRows) -> Void,
    compactRows: ObservedRows.Request?, progressEvery: Int = 100_000, progress: @escaping (Int) -> Void = { _ in },
    beforeFooter: (inout BatchSummary) -> Void = { _ in }
  ) throws -> BatchSummary {
    var sink = RowSink(
      progressEvery: progressEvery, progress: progress, observeRows: observeRows, compactRows: compactRows)
    return try runCounting(input, to: &output, sink: &sink, beforeFooter: beforeFooter).summary
  }

  private func runCounting<Output: ByteOutputStream>(
    _ input: BatchInput, to output: inout Output, sink: inout RowSink,
    beforeFooter: (inout BatchSummary) -> Void
  ) throws -> (summary: BatchSummary, byteRows: Int) {
    let observed = sink.observes
    sink.total = BatchSummary()
    sink.total.addSchoolSteps(diagnoser.schoolSteps(diagnoser.commonAnswers))
    output.write(formatter.header())
    var byteRows = 0
    switch input {
    case .csv(let reader):
      let plan = BlockPlan(
        diagnoser: diagnoser, formatter: formatter, dialect: reader.dialect, keepsRows: observed,
        decodesEveryRow: context.decodesEveryRow, pseudonymizer: context.pseudonymizer,
        observerPseudonymizer: context.observerPseudonymizer, compactRows: sink.compactRows)
      byteRows = try runBlocks(reader, plan: plan, to: &output, sink: &sink)
    case .records(var source):
      let plan = BlockPlan(
        diagnoser: diagnoser, formatter: formatter, dialect: nil, keepsRows: observed, decodesEveryRow: true,
        pseudonymizer: context.pseudonymizer)
      try runRecords(&source, from: 1, plan: plan, to: &output, sink: &sink)
    }
    var summary = sink.total
    beforeFooter(&summary)
    var shown = summary
    if let pseudonymizer = context.pseudonymizer { shown.warnings = summary.warnings.map(pseudonymizer.pseudonymize) }
    output.write(formatter.footer(shown))
    return (summary, byteRows)
  }

  /// Cuts the file into blocks diagnosed by the workers, and writes them in order; returns the rows
  /// decided from their bytes.
  private func runBlocks<Output: ByteOutputStream>(
    _ reader: CSVFileReader, plan: BlockPlan, to output: inout Output, sink: inout RowSink
  ) throws -> Int {
    let workers = WorkerThreads(count: context.workers, plan: plan)
    var pipeline = Pipeline(plan: plan)
    defer {
      pipeline.waitForAll()
      workers.finish()
    }
    var blocks = BlockReader(reader: reader, blockSize: context.blockSize)
    while !blocks.finished {
      let job =
        pipeline.spare() ?? BlockJob(capacity: context.blockSize, outputCapacity: context.blockSize * plan.expansion)
      let whole = try blocks.fill(job)
      pipeline.start(job, on: workers)
      guard whole else {
        pipeline.finishAll(to: &output, sink: &sink)
        blocks.handBack()
        var source = reader
        try runRecords(&source, from: blocks.nextRow, plan: plan, to: &output, sink: &sink)
        break
      }
      while pipeline.count > context.workers { pipeline.finishOldest(to: &output, sink: &sink) }
    }
    pipeline.finishAll(to: &output, sink: &sink)
    return pipeline.byteRows
  }

  /// Reads records one by one on the calling thread: a workbook's rows, or the rest of a file the
  /// blocks cannot take (a quote never closed, a record longer than a block: the reader then
  /// reports it as it reads).
  private func runRecords<Source: RecordSource, Output: ByteOutputStream>(
    _ source: inout Source, from firstRow: Int, plan: BlockPlan, to output: inout Output, sink: inout RowSink
  ) throws {
    var worker = BlockWorker(plan: plan)
    let buffer = ByteBuffer(capacity: context.blockSize)
    var rows: [RowDiagnosis] = []
    var row = firstRow
    func flush() {
      output.write(bytes: buffer.bytes)
      buffer.removeAll()
      sink.add(worker.finish(), rows: ObservedRows(full: rows, plan: plan))
      rows.removeAll(keepingCapacity: true)
    }
    while let record = try source.nextRecord() {
      if record.problem == nil, record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
      var writer = ByteWriter(buffer)
      let diagnosis = worker.slowRow(record, row: row, output: &writer)
      writer.commit()
      if plan.keepsRows { rows.append(diagnosis) }
      row += 1
      if buffer.count >= context.blockSize { flush() }
    }
    flush()
  }
}
