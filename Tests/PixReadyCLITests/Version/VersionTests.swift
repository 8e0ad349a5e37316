import Foundation
import PixReadyCore
import Testing

/// `pixready --version`: the version, the commit when the release script built it, the shipped trees.
struct VersionTests {
  /// `  id version` for every tree of `Trees/`, read from the files themselves.
  private func shippedTrees() throws -> String {
    let folder = CLIRunner.packageRoot.appendingPathComponent("Trees")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
      .sorted()
    return try names.map { name in
      let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
      let identity = try #require(TreeCheck(bytes: Array(bytes), sourceName: name).identity)
      return "  \(identity.id) \(identity.version)\n"
    }.joined()
  }

  @Test func plainBuildSaysTheCommitIsUnknownAndListsTheShippedTrees() throws {
    let result = try CLIRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "pixready 0.1.0\ncommit inconnu (construit sans .ci/release.sh)\nArbres fournis :\n" + (try shippedTrees()))
  }

  @Test func englishVersion() throws {
    let result = try CLIRunner.run(["-V", "--lang", "en"])
    #expect(
      result.stdout == "pixready 0.1.0\ncommit unknown (built without .ci/release.sh)\nShipped trees:\n"
        + (try shippedTrees()))
  }
}
