import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// `LintRun` driven without the command line: what it writes and how it ends.
struct LintRunTests {
  private static func file(_ path: String) throws -> LintPlan.TreeFile {
    let bytes = try Data(contentsOf: IOTestSupport.packageRoot.appendingPathComponent(path))
    return LintPlan.TreeFile(bytes: Array(bytes), name: path)
  }

  private static func run(_ plan: LintPlan) -> (LintRun.Outcome, String, [any Problem]) {
    var output = ""
    var problems: [any Problem] = []
    let console = RunConsole(say: { _ in }, fail: { problems.append($0) })
    let outcome = LintRun(plan: plan).run(standardOutput: &output, console: console)
    return (outcome, output, problems)
  }

  @Test func aValidTreeIsCleanAndItsLineNamesItsVersion() throws {
    let shipped = try Self.file("Trees/certification-readiness.json")
    let (outcome, text, problems) = Self.run(LintPlan(entries: [.tree(shipped)], language: .en))
    #expect(outcome == .clean)
    #expect(problems.isEmpty)
    #expect(text.contains("Trees/certification-readiness.json: certification-readiness"))
    #expect(text.hasSuffix("proven.\n"))
  }

  @Test func anInvalidTreeIsAFindingAndANameNotFoundFailsAfterTheOthers() throws {
    let invalid = try Self.file("Tests/PixReadyCoreTests/Fixtures/trees/invalid-unknown-node.json")
    let missing = TreeNotFound(name: "nulle-part", shipped: ["certification-readiness"])
    let (outcome, text, problems) = Self.run(LintPlan(entries: [.tree(invalid)]))
    #expect(outcome == .findings)
    #expect(text.contains("invalid-unknown-node.json:") && text.contains("erreur"))
    #expect(problems.isEmpty)
    let both = Self.run(LintPlan(entries: [.notFound(missing), .tree(invalid)], format: .json))
    #expect(both.0 == .notFound)
    #expect((both.2.first as? TreeNotFound) == missing)
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(both.1.utf8)) as? [[String: Any]])
    #expect(reports.count == 1)
    #expect(reports.first?["valid"] as? Bool == false)
  }
}
