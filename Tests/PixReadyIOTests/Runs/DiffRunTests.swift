import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// `DiffRun` driven without the command line: what it writes and how it ends.
struct DiffRunTests {
  private static func tree(_ path: String) throws -> ValidatedTree {
    let bytes = try Data(contentsOf: IOTestSupport.packageRoot.appendingPathComponent(path))
    return try #require(TreeCheck(bytes: Array(bytes), sourceName: path).tree)
  }

  private static let newer = "Tests/PixReadyCLITests/Fixtures/trees/certification-readiness-2.1.json"

  private static func run(_ plan: DiffPlan, files: [String: [UInt8]] = [:]) throws -> (
    DiffRun.Outcome, String, [any Problem]
  ) {
    var output = ""
    var problems: [any Problem] = []
    let console = RunConsole(say: { _ in }, fail: { problems.append($0) })
    let outcome = try DiffRun(plan: plan).run(standardOutput: &output, console: console) {
      path throws(CSVInputError) in
      if let bytes = files[path] { return .memory(bytes) }
      return try ByteInput.open(path: IOTestSupport.packageRoot.appendingPathComponent(path).path)
    }
    return (outcome, output, problems)
  }

  @Test func aTreeComparedWithItselfIsTheSame() throws {
    let tree = try IOTestSupport.shippedTree()
    let (outcome, text, problems) = try Self.run(DiffPlan(old: tree, new: tree, oldName: "a", newName: "b"))
    #expect(outcome == .same)
    #expect(problems.isEmpty)
    #expect(!text.isEmpty)
  }

  @Test func aNewVersionReadsTheClassWithBothAndWritesJSON() throws {
    let plan = DiffPlan(
      old: try IOTestSupport.shippedTree(), new: try Self.tree(Self.newer), oldName: "old", newName: "new",
      classFile: "Examples/classe-2nde.csv", format: .json)
    let (outcome, text, problems) = try Self.run(plan)
    #expect(outcome == .changed)
    #expect(problems.isEmpty)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["behaviourChanged"] as? Bool == true)
    let students = try #require(object["class"] as? [String: Any])
    #expect(students["file"] as? String == "Examples/classe-2nde.csv")
    #expect(students["rows"] as? Int == 30)
  }

  @Test func aClassFileThatIsNotTextIsRefusedAndNothingIsWritten() throws {
    let tree = try IOTestSupport.shippedTree()
    let plan = DiffPlan(old: tree, new: tree, oldName: "a", newName: "b", classFile: "classe.csv")
    let (outcome, text, problems) = try Self.run(plan, files: ["classe.csv": [0x00, 0x01, 0xFF, 0x00]])
    #expect(outcome == .refused)
    #expect(text.isEmpty)
    let refusal = try #require(problems.first as? ClassFile.Refusal)
    #expect(refusal.message(in: .fr).contains("classe.csv"))
    #expect(refusal.message(in: .en).contains("classe.csv"))
  }
}
