import Foundation
import PixReadyCore

/// `pixready diff` from its plan: compares the two versions, reads the class file with both when
/// asked, and writes the comparison as text or JSON.
///
/// ```swift
/// var out = standardOutput
/// switch try DiffRun(plan: plan).run(standardOutput: &out, console: console, openInput: open) {
/// case .same: …  // no answer combination changes result or steps
/// case .changed: …
/// case .refused: …  // the class file could not be read; the problem went to the console
/// }
/// ```
public struct DiffRun {
  /// How a run ended.
  public enum Outcome: Sendable, Equatable {
    /// Written: no answer combination changes result or steps (ids may have changed).
    case same
    /// Written: some answer combinations change result or steps.
    case changed
    /// Nothing written: the class file could not be read.
    case refused
  }

  /// What to compare.
  public let plan: DiffPlan

  /// Creates the run of `plan`.
  public init(plan: DiffPlan) {
    self.plan = plan
  }

  /// Compares, then writes to `standardOutput` (French text typeset).
  ///
  /// - Parameters:
  ///   - console: where a refusal goes.
  ///   - openInput: opens the bytes of the class file (`-` for standard input).
  /// - Throws: what a record source throws besides ``CSVInputError`` (nothing today).
  public func run<Output: ByteOutputStream>(
    standardOutput: inout Output, console: RunConsole, openInput: (String) throws(CSVInputError) -> ByteInput
  ) throws -> Outcome {
    let diff = TreeDiff(old: plan.old, new: plan.new)
    var students: ClassDiff?
    if let path = plan.classFile {
      guard let read = try classDiff(path, diff: diff, console: console, openInput: openInput) else {
        return .refused
      }
      students = read
    }
    switch plan.format {
    case .json:
      standardOutput.write(json(diff, students: students))
    case .text:
      var text = diff.text(language: plan.language, oldName: plan.oldName, newName: plan.newName)
      if let students, let path = plan.classFile { text += "\n" + classText(students, path: path, diff: diff) }
      standardOutput.write(plan.language.typeset(text))
    }
    return diff.behaviourChanged ? .changed : .same
  }

  /// Reads the class file and diagnoses every row with both versions; `nil` after saying why it cannot.
  private func classDiff(
    _ path: String, diff: TreeDiff, console: RunConsole, openInput: (String) throws(CSVInputError) -> ByteInput
  ) throws -> ClassDiff? {
    var file: ClassFile
    switch ClassFile.open(path, tree: diff.new, bytes: openInput) {
    case .success(let opened): file = opened
    case .failure(let refusal):
      console.fail(refusal)
      return nil
    }
    let renames = Dictionary(
      uniqueKeysWithValues: (diff.identifiers.first { $0.kind == .step }?.renamed ?? []).map { ($0.old, $0.new) })
    let headers = file.headers
    do {
      return try file.withRecords { source in
        try ClassDiff(
          old: diff.old, new: diff.new, headers: headers, source: &source, oldAnswers: plan.oldAnswers,
          newAnswers: plan.newAnswers, stepRenames: renames)
      }
    } catch let error as CSVInputError {
      console.fail(error)
      return nil
    }
  }

  private func classText(_ students: ClassDiff, path: String, diff: TreeDiff) -> String {
    let messages = DiffMessages(language: plan.language, old: diff.old, new: diff.new)
    var text = messages.classHeading(path, changed: students.changed.count, rows: students.rows) + "\n"
    for student in students.changed {
      text += "  " + messages.studentLine(student) + "\n"
      text += "     " + messages.steps(old: true, student.old) + "\n"
      text += "     " + messages.steps(old: false, student.new) + "\n"
    }
    return text
  }
  private func json(_ diff: TreeDiff, students: ClassDiff?) -> String {
    let identity = { (tree: ValidatedTree, name: String) -> [String: Any] in
      [
        "file": name, "id": tree.identity.id, "version": tree.identity.version,
        "contentHash": tree.identity.contentHash,
      ]
    }
    let identifiers = diff.identifiers.map { changes -> [String: Any] in
      var object: [String: Any] = [
        "kind": changes.kind.rawValue, "added": changes.added, "removed": changes.removed,
        "renamed": changes.renamed.map { ["old": $0.old, "new": $0.new] }, "modified": changes.modified,
      ]
      object["fact"] = changes.fact
      return object
    }
    let changes = diff.changes.map { change -> [String: Any] in
      [
        "answers": Dictionary(uniqueKeysWithValues: change.answers.map { ($0.key, Self.jsonAnswer($0.value)) }),
        "combinations": change.combinations.jsonValue, "old": Self.jsonResult(change.old),
        "new": Self.jsonResult(change.new),
      ]
    }
    var object: [String: Any] = [
      "old": identity(diff.old, plan.oldName), "new": identity(diff.new, plan.newName), "identifiers": identifiers,
      "behaviourChanged": diff.behaviourChanged, "combinations": diff.combinationCount.jsonValue,
      "changedCombinations": diff.changedCombinations.jsonValue, "changes": changes,
    ]
    if let students, let path = plan.classFile {
      object["class"] = [
        "file": path, "rows": students.rows,
        "changed": students.changed.map { student -> [String: Any] in
          [
            "row": student.row, "line": student.line,
            "student": Dictionary(uniqueKeysWithValues: student.student.values.map { ($0.key.rawValue, $0.value) }),
            "old": Self.jsonRow(student.old), "new": Self.jsonRow(student.new),
          ]
        },
      ]
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func jsonRow(_ row: RowDiagnosis) -> [String: Any] {
    var object: [String: Any] = ["status": row.status.word, "steps": row.steps.map(\.id)]
    if case .pending(let fact) = row.status { object["pendingFact"] = fact }
    return object
  }

  private static func jsonAnswer(_ answer: Answer) -> Any {
    switch answer {
    case .value(let value): value
    case .values(let values): values.sorted()
    case .unknown: NSNull()
    }
  }

  private static func jsonResult(_ result: TreeDiff.Result) -> [String: Any] {
    switch result {
    case .outcome(let node, let verdict, let steps): ["outcome": node, "verdict": verdict.rawValue, "steps": steps]
    case .unanswerable(let fact): ["unanswerable": fact]
    }
  }
}
