import Foundation
import Testing

/// `pixready graph` through the real binary.
struct GraphCommandTests {
  @Test func drawsTheDefaultTreeInDot() throws {
    let result = try CLIRunner.run(["graph"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.hasPrefix("digraph \"certification-readiness\" {\n"))
    #expect(result.stdout.hasSuffix("}\n"))
    #expect(result.stdout.contains("\"q1\" -> \"note q1 no\" [label=\"Non\"];"))
  }

  @Test func drawsAShippedTreeInMermaidInEnglish() throws {
    let result = try CLIRunner.run(["graph", "pix-orga-access", "--format", "mermaid", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("---\ntitle: \"Getting into Pix Orga: activation and most frequent difficulties"))
    #expect(result.stdout.contains("\nflowchart TD\n"))
  }

  @Test func drawsATreeFile() throws {
    let result = try CLIRunner.run(["graph", "Trees/join-error-codes.json"])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("\"q-code\" -> \"q-in-orga-list\" [label=\"Aucun code : Pix ne retrouve pas l'élève\"];"))
  }

  @Test func refusesAnUnknownFormat() throws {
    let result = try CLIRunner.run(["graph", "--format", "svg"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        "pixready: erreur : « svg » n'est pas permis pour --format ; valeurs permises : dot, mermaid."))
  }

  @Test func refusesATreeWithErrors() throws {
    let result = try CLIRunner.run(["graph", CLIRunner.fixture("trees/invalid-unknown-node.json")])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("[unknown-reference]"))
  }

  @Test func helpGivesAnExampleAndTheExitCodes() throws {
    let french = try CLIRunner.run(["graph", "--help"])
    #expect(french.stdout.hasPrefix("pixready graph — dessine un arbre en logigramme"))
    #expect(french.stdout.contains("| dot -Tsvg"))
    #expect(french.stdout.contains("Codes de sortie :"))
    let english = try CLIRunner.run(["graph", "--help", "--lang", "en"])
    #expect(english.stdout.hasPrefix("pixready graph — draw a tree as a flowchart"))
  }
}
