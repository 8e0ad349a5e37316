import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// `TemplateRun` driven as `pixready template` drives it: a plan, a console that records, an
/// output in memory.
struct TemplateRunTests {
  static let export = IOTestSupport.packageRoot.appendingPathComponent(
    "Tests/PixReadyIOTests/Fixtures/siecle/eleves-utf8-bom.xml"
  ).path

  static func run(_ plan: TemplatePlan, terminal: Bool = false) -> (
    TemplateRun.Outcome, RecordedOutput, RecordingConsole
  ) {
    let output = RecordedOutput()
    var sink = output
    let said = RecordingConsole()
    let outcome = TemplateRun(plan: plan).run(standardOutput: &sink, outputIsTerminal: terminal, console: said.console)
    return (outcome, output, said)
  }

  @Test func writesOneRowPerStudentOfTheChosenDivisionSortedByName() throws {
    let plan = TemplatePlan(tree: try IOTestSupport.shippedTree(), siecle: Self.export, divisions: ["2nde1"])
    let (outcome, output, said) = Self.run(plan)
    #expect(outcome == .written)
    #expect(said.failures.isEmpty)
    let rows = output.lines.dropFirst()
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.split(separator: ";", omittingEmptySubsequences: false)[4] == "2NDE1" })
    let names = rows.map { String($0.split(separator: ";", omittingEmptySubsequences: false)[1]) }
    #expect(names == names.sorted { $0.localizedCompare($1) == .orderedAscending })
  }

  @Test func refusesADivisionTheExportDoesNotHaveAndSuggestsTheClosest() throws {
    let plan = TemplatePlan(tree: try IOTestSupport.shippedTree(), siecle: Self.export, divisions: ["2NDE4"])
    let (outcome, output, said) = Self.run(plan)
    #expect(outcome == .refused)
    #expect(output.bytes.isEmpty)
    let failure = try #require(said.failures.first).plain
    #expect(failure.contains("2NDE4") && failure.contains("2NDE1"))
    let problem = try #require(said.problems.first as? TemplateProblem)
    guard case .unknownDivision("2NDE4", let divisions, "2NDE1") = problem else {
      Issue.record("expected an unknown division with a suggestion, got \(problem)")
      return
    }
    #expect(divisions.contains("2NDE1"))
  }

  @Test func refusesAWorkbookOnATerminalAndAClassWithoutExport() throws {
    let tree = try IOTestSupport.shippedTree()
    #expect(Self.run(TemplatePlan(tree: tree, format: .xlsx), terminal: true).0 == .refused)
    let (outcome, output, said) = Self.run(TemplatePlan(tree: tree, divisions: ["2NDE1"]))
    #expect(outcome == .refused)
    #expect(output.bytes.isEmpty)
    #expect(try #require(said.failures.first).contains("--classe"))
  }

  @Test func writesTheEmptyFileWithTheSchoolAnswerGivenForEveryRow() throws {
    let tree = try IOTestSupport.shippedTree()
    let (outcome, output, said) = Self.run(TemplatePlan(tree: tree, prefill: ["garAssigned": .value("yes")]))
    #expect(outcome == .written)
    #expect(output.lines.count == 1, "only the header: no SIECLE, no student")
    #expect(said.sentences.joined().plain.contains("--siecle"))
  }
}
