import Foundation
import Testing

/// `pixready lint`, `--help`, `--version` and usage errors, through the real binary.
struct LintCommandTests {
  @Test func lintsTheShippedTreesCleanly() throws {
    let trees = try FileManager.default.contentsOfDirectory(
      atPath: CLIRunner.packageRoot.appendingPathComponent("Trees").path
    )
    .filter { $0.hasSuffix(".json") }.sorted().map { "Trees/\($0)" }
    let result = try CLIRunner.run(["lint"] + trees)
    #expect(result.status == 0, "\(result.stdout)")
    let versions = ["certification-readiness": "2.0.0", "join-error-codes": "2.0.0", "pix-orga-access": "2.0.0"]
    for (id, version) in versions {
      #expect(result.stdout.contains("Trees/\(id).json : \(id)@\(version) ("), "\(id) is shipped and lints cleanly")
    }
    #expect(
      result.stdout.split(separator: "\n").last?.hasPrefix(
        "\(trees.count) arbres vérifiés : 0 erreur, 0 avertissement") == true)
  }

  @Test func printsFindingsCompilerStyleAndFails() throws {
    let result = try CLIRunner.run(["lint", CLIRunner.fixture("trees/invalid-unknown-node.json")])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    // Issue 17, point 20: one finding, the dangling reference, listing the nodes it cuts off.
    #expect(lines.count == 2)
    #expect(
      lines[0].hasSuffix(
        "invalid-unknown-node.json:107:16: erreur : nœud « q-methds » inconnu. Vouliez-vous dire « q-methods » ? "
          + "Tant que ce lien est cassé, les nœuds « q-methods », « b-methods » et « support » ne sont atteints "
          + "par aucun chemin. [unknown-reference]"))
    #expect(lines[1] == "1 arbre vérifié : 1 erreur, 0 avertissement, 4 combinaisons de réponses prouvées.")
    #expect(!result.stdout.contains("cut-off-nodes") && !result.stdout.contains("unreachable"))
  }

  /// Two broken links: each carries the nodes it cuts off (found through its « Vouliez-vous dire »).
  @Test func splitsCutOffNodesBetweenTwoBrokenLinks() throws {
    let fixture = try String(contentsOfFile: CLIRunner.fixture("trees/valid-unknown.json"), encoding: .utf8)
    let broken = fixture.replacingOccurrences(of: #""next": "b-methods""#, with: #""next": "b-methds""#)
      .replacingOccurrences(of: #""otherwise": "q-knows""#, with: #""otherwise": "q-knws""#)
    let path = try treeFile(broken)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try CLIRunner.run(["lint", "--lang", "en", path])
    #expect(
      result.stdout.contains(
        "unknown node 'b-methds'. Did you mean 'b-methods'? Until this link is fixed, nodes 'b-methods', "
          + "'q-level' and 'done' are reached by no path. [unknown-reference]"), "\(result.stdout)")
    #expect(
      result.stdout.contains(
        "unknown node 'q-knws'. Did you mean 'q-knows'? Until this link is fixed, node 'q-knows' is reached by "
          + "no path. [unknown-reference]"))
    #expect(!result.stdout.contains("[cut-off-nodes]"))
  }

  /// A tree file written in a temporary directory.
  private func treeFile(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-lint-\(UUID()).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// Issue 17, point 20: a trailing comma is named as such, at the comma.
  @Test func reportsATrailingCommaAtTheComma() throws {
    let path = try treeFile("{\n  \"format\": \"pixready-tree/1\",\n  \"nodes\": [1, 2,  ]\n}\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try CLIRunner.run(["lint", path])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "\(path):3:17: erreur : JSON invalide : virgule en trop avant « ] » ; retirez-la (JSON n'accepte pas de "
          + "virgule finale). [json-syntax]\n"))
    let object = try treeFile("{\"format\": \"pixready-tree/1\",\n}")
    defer { try? FileManager.default.removeItem(atPath: object) }
    let english = try CLIRunner.run(["lint", "--lang", "en", object])
    #expect(english.stdout.hasPrefix("\(object):1:29: error: invalid JSON: trailing comma before '}'"))
  }

  /// Issue 17, point 20: a misspelt member is reported before the errors it causes.
  @Test func reportsAMisspeltMemberBeforeItsConsequences() throws {
    let fixture = try String(contentsOfFile: CLIRunner.fixture("trees/valid-unknown.json"), encoding: .utf8)
    let misspelt = fixture.replacingOccurrences(
      of: #""answers": {}, "next": "b-methods""#, with: #""answers": {}, "nxt": "b-methods""#)
    #expect(misspelt != fixture)
    let path = try treeFile(misspelt)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try CLIRunner.run(["lint", path])
    let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.contains("membre « nxt » inconnu du format"), "\(result.stdout)")
    #expect(result.stdout.contains("[dead-end]"))
  }

  @Test func speaksEnglishWithLangEn() throws {
    let result = try CLIRunner.run(["lint", "--lang", "en", CLIRunner.fixture("trees/invalid-unknown-node.json")])
    #expect(
      result.stdout.contains(
        "error: unknown node 'q-methds'. Did you mean 'q-methods'? Until this link is fixed, nodes 'q-methods', "
          + "'b-methods' and 'support' are reached by no path. [unknown-reference]"))
  }

  @Test func printsJSONFindingsForMachines() throws {
    let result = try CLIRunner.run(["lint", "--format", "json", CLIRunner.fixture("trees/invalid-unknown-node.json")])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let diagnostics = try #require(json.first?["diagnostics"] as? [[String: Any]])
    #expect(
      diagnostics.map { $0["code"] as? String } == ["unknown-reference"])
    #expect(diagnostics.first?["line"] as? Int == 107)
    #expect(diagnostics.first?["jsonPath"] as? String == "$.nodes[0].answers.yes.next")
  }

  @Test func worksFromAnyDirectoryWithTheEmbeddedTree() throws {
    let result = try CLIRunner.run(["lint"], directory: URL(fileURLWithPath: "/"))
    #expect(result.status == 0)
    #expect(result.stdout.contains("certification-readiness@2.0.0"))
  }

  /// The binary embeds `Trees/` (the EmbedFiles plugin, at build time): same content hash.
  @Test func embeddedTreesEqualTheFilesInTrees() throws {
    let directory = CLIRunner.packageRoot.appendingPathComponent("Trees")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
    #expect(!names.isEmpty)
    for name in names {
      let fromFile = try CLIRunner.run(["lint", "--format", "json", "Trees/\(name)"])
      let embedded = try CLIRunner.run(
        ["lint", "--format", "json", String(name.dropLast(5))], directory: URL(fileURLWithPath: "/"))
      #expect(try contentHash(fromFile.stdout) != nil)
      #expect(
        try contentHash(fromFile.stdout) == contentHash(embedded.stdout), "the embedded \(name) differs from Trees/")
    }
  }

  private func contentHash(_ lintJSON: String) throws -> String? {
    let reports = try JSONSerialization.jsonObject(with: Data(lintJSON.utf8)) as? [[String: Any]]
    return (reports?.first?["tree"] as? [String: Any])?["contentHash"] as? String
  }

  @Test func suggestsTheNearestCommandOnATypo() throws {
    let result = try CLIRunner.run(["lnt"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "pixready: erreur : commande inconnue « lnt ». Vouliez-vous dire « lint » ?\nVoir « pixready --help ».\n")
  }

  @Test func suggestsTheNearestOptionOnATypo() throws {
    let result = try CLIRunner.run(["lint", "--formt", "json"])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "pixready: erreur : option inconnue « --formt » pour « lint ». Vouliez-vous dire « --format » ?"))
  }

  @Test func printsVersionAndHelpWithExitCodes() throws {
    let version = try CLIRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(
      version.stdout.hasPrefix("pixready 0.1.0\ncommit inconnu (construit sans .ci/release.sh)\nArbres fournis :\n"))
    let help = try CLIRunner.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Codes de sortie :"))
    let lintHelp = try CLIRunner.run(["lint", "--help", "--lang", "en"])
    #expect(lintHelp.stdout.hasPrefix("pixready lint — check trees"))
  }
}
