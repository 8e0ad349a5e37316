import Foundation
import PixReadyCore

/// `pixready lint` from its plan: checks every tree and writes its findings, compiler-style or as JSON.
public struct LintRun {
  /// How a run ended.
  public enum Outcome: Sendable, Equatable {
    /// Every tree is valid (and, with `strict`, has no warning).
    case clean
    /// Some tree has an error (or, with `strict`, a warning).
    case findings
    /// A name was neither a file nor a shipped tree (said on the console); the others were checked.
    case notFound
  }

  /// What to check.
  public let plan: LintPlan

  /// Creates the run of `plan`.
  public init(plan: LintPlan) {
    self.plan = plan
  }

  /// Checks the trees in order and writes to `standardOutput` (French text typeset).
  public func run<Output: ByteOutputStream>(standardOutput: inout Output, console: RunConsole) -> Outcome {
    let language = plan.language
    let messages = LintMessages(language: language)
    var all: [Diagnostic] = []
    var combinations = CombinationCount.zero
    var notFound = false
    var reports: [String] = []
    for entry in plan.entries {
      guard case .tree(let file) = entry else {
        if case .notFound(let problem) = entry { console.fail(problem) }
        notFound = true
        continue
      }
      let check = TreeCheck(bytes: file.bytes, sourceName: file.name)
      all += check.diagnostics
      combinations += check.combinationsProven
      switch plan.format {
      case .text:
        for diagnostic in check.diagnostics {
          standardOutput.write(language.typeset(diagnostic.formatted(in: language) + "\n"))
        }
        if !check.diagnostics.hasErrors {
          let line = messages.treeLine(
            file.name, builtIn: file.builtIn, identity: check.identity, combinations: check.combinationsProven,
            pending: check.combinationsPending)
          standardOutput.write(language.typeset(line + "\n"))
        }
      case .json:
        reports.append(Self.json(check, name: file.name, language: language))
      }
    }
    let errors = all.filter { $0.severity == .error }.count
    let warnings = all.count - errors
    switch plan.format {
    case .json:
      standardOutput.write("[\n" + reports.joined(separator: ",\n") + "\n]\n")
    case .text:
      let summary = messages.summary(
        files: plan.entries.count, errors: errors, warnings: warnings, combinations: combinations)
      standardOutput.write(language.typeset(summary + "\n"))
    }
    if notFound { return .notFound }
    return errors > 0 || (plan.strict && warnings > 0) ? .findings : .clean
  }

  private static func json(_ check: TreeCheck, name: String, language: Language) -> String {
    let diagnostics = check.diagnostics.map { ProblemJSON.object($0, language: language) }
    var object: [String: Any] = [
      "file": name, "combinationsProven": check.combinationsProven.jsonValue,
      "combinationsPending": check.combinationsPending.jsonValue,
      "diagnostics": diagnostics,
      "valid": check.tree != nil,
    ]
    if let identity = check.identity {
      object["tree"] = ["id": identity.id, "version": identity.version, "contentHash": identity.contentHash]
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
