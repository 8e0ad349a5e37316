import PixReadyCore

/// The batch loop: reads records, diagnoses each, writes each formatted row at once, counts.
///
/// Every record after the header yields exactly one output row, in input order.
public struct BatchRun {
  /// The diagnoser, built from the header.
  public private(set) var diagnoser: BatchDiagnoser
  /// The formatter of the output format.
  public let formatter: any ReportFormatter

  /// Creates a run.
  public init(diagnoser: BatchDiagnoser, formatter: any ReportFormatter) {
    self.diagnoser = diagnoser
    self.formatter = formatter
  }

  /// Runs over the data records of `source` (the header already read), writing to `output`.
  ///
  /// - Parameters:
  ///   - observe: called with every row, for reports that gather rows, cross-checks and progress.
  ///   - beforeFooter: called after the last row, before the footer is written, to add warnings.
  /// - Returns: the summary, whose counts add up to the records read.
  public mutating func run<Source: RecordSource, Output: TextOutputStream>(
    _ source: inout Source, to output: inout Output, observe: (RowDiagnosis) -> Void = { _ in },
    beforeFooter: (inout BatchSummary) -> Void = { _ in }
  ) throws -> BatchSummary {
    var summary = BatchSummary()
    summary.addSchoolSteps(diagnoser.schoolSteps(diagnoser.commonAnswers))
    output.write(formatter.header())
    var index = 0
    var schoolKeys: Set<[SchoolAnswer]> = []
    let schoolFacts = Set(diagnoser.tree.tree.facts.filter { $0.scope == .school }.map(\.id))
    while let record = try source.nextRecord() {
      if record.problem == nil, record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
      let diagnosis = diagnoser.diagnose(
        fields: record.fields, row: index + 1, line: record.line, problem: record.problem, cells: record.cells)
      output.write(formatter.row(diagnosis, index: index))
      summary.add(diagnosis)
      let school = diagnosis.trace.filter { schoolFacts.contains($0.fact) }
      if schoolKeys.insert(school.map { SchoolAnswer(fact: $0.fact, answer: $0.answer) }).inserted {
        summary.addSchoolSteps(
          diagnoser.schoolSteps(
            Dictionary(school.map { ($0.fact, $0.answer) }, uniquingKeysWith: { first, _ in first })))
      }
      observe(diagnosis)
      index += 1
    }
    beforeFooter(&summary)
    output.write(formatter.footer(summary))
    return summary
  }
}
