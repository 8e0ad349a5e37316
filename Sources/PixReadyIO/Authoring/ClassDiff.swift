import PixReadyCore

/// The students of a real class whose verdict or steps would change between two versions of a tree.
///
/// Each row is diagnosed with both versions, each reading the file through its own column map, the
/// way `pixready check` would. Only the identity columns of changed rows are kept.
public struct ClassDiff: Sendable {
  /// One student whose result changes.
  public struct Student: Sendable, Equatable {
    /// The 1-based data row.
    public var row: Int
    /// The physical line in the file.
    public var line: Int
    /// The identity columns.
    public var student: StudentIdentity
    /// The result with the old version.
    public var old: RowDiagnosis
    /// The result with the new version.
    public var new: RowDiagnosis
  }

  /// Data rows read.
  public private(set) var rows = 0
  /// The students whose status, verdict or steps change, in file order.
  public private(set) var changed: [Student] = []

  /// Reads every data record of `source` (the header already read) and compares both versions.
  ///
  /// - Parameters:
  ///   - headers: the file's column names.
  ///   - oldAnswers: answers given for every row to the old version (`--fact`).
  ///   - newAnswers: the same for the new version.
  ///   - stepRenames: old step id → new step id, so a renamed step is not a change.
  /// - Throws: what the source throws.
  public init<Source: RecordSource>(
    old: ValidatedTree, new: ValidatedTree, headers: [String], source: inout Source, oldAnswers: Answers = [:],
    newAnswers: Answers = [:], stepRenames: [String: String] = [:]
  ) throws {
    var oldDiagnoser = BatchDiagnoser(
      tree: old, columns: ColumnMap(headers: headers, tree: old), commonAnswers: oldAnswers)
    var newDiagnoser = BatchDiagnoser(
      tree: new, columns: ColumnMap(headers: headers, tree: new), commonAnswers: newAnswers)
    while let record = try source.nextRecord() {
      if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
      rows += 1
      let before = oldDiagnoser.diagnose(fields: record.fields, row: rows, line: record.line)
      let after = newDiagnoser.diagnose(fields: record.fields, row: rows, line: record.line)
      let same =
        before.status.word == after.status.word && Self.verdict(before) == Self.verdict(after)
        && Self.pending(before) == Self.pending(after)
        && before.steps.map { stepRenames[$0.id] ?? $0.id } == after.steps.map(\.id)
      if !same {
        changed.append(Student(row: rows, line: record.line, student: after.student, old: before, new: after))
      }
    }
  }

  // Not inlined: Swift 6.3.1's optimiser (CopyPropagation) crashes on these switches once they are
  // inlined into `init` (`swift build -c release` aborts with an ownership error).
  @inline(never)
  private static func pending(_ row: RowDiagnosis) -> String? {
    if case .pending(let fact) = row.status { return fact }
    return nil
  }

  @inline(never)
  private static func verdict(_ row: RowDiagnosis) -> Verdict? {
    if case .verdict(let verdict) = row.status { return verdict }
    return nil
  }
}
