import PixReadyCore
import PixReadyTestSupport
import Testing

/// `TreeGraph`: boxes and arrows, DOT and Mermaid, escaping.
struct TreeGraphTests {
  @Test func drawsTheMiniTreeAsItsGoldenDot() throws {
    let graph = TreeGraph(tree: try TreeFixtures.validFixture("valid-mini.json"), language: .fr)
    try Golden.expect(graph.dot(), equals: .expected("mini.dot"))
  }

  @Test func drawsTheMiniTreeAsItsGoldenMermaidInEnglish() throws {
    let graph = TreeGraph(tree: try TreeFixtures.validFixture("valid-mini.json"), language: .en)
    try Golden.expect(graph.mermaid(), equals: .expected("mini.en.mmd"))
  }

  @Test func escapesQuotesBackslashesAndMarkupInLabels() throws {
    let tree = try TreeFixtures.validFixture("valid-tricky-labels.json")
    let graph = TreeGraph(tree: tree, language: .fr)
    try Golden.expect(graph.dot(), equals: .expected("tricky-labels.dot"))
    try Golden.expect(graph.mermaid(), equals: .expected("tricky-labels.mmd"))
  }

  /// Every `"` that is not escaped opens or closes a string: an odd count means a label broke out.
  @Test(arguments: ["certification-readiness", "pix-orga-access", "join-error-codes"])
  func everyDotLineHasBalancedQuotes(_ name: String) throws {
    let dot = TreeGraph(tree: try TreeFixtures.shipped(name), language: .fr).dot()
    for line in dot.split(separator: "\n") {
      var quotes = 0
      var escaped = false
      for character in line {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          quotes += 1
        }
      }
      #expect(quotes % 2 == 0, "\(line)")
    }
  }

  @Test(arguments: ["certification-readiness", "pix-orga-access", "join-error-codes"])
  func drawsEveryNodeAndOnlyArrowsBetweenBoxes(_ name: String) throws {
    let tree = try TreeFixtures.shipped(name)
    let graph = TreeGraph(tree: tree, language: .fr)
    let boxes = Set(graph.boxes.map(\.id))
    #expect(Set(tree.tree.nodes.map(\.id)).isSubset(of: boxes))
    #expect(boxes.count == graph.boxes.count, "box ids are unique")
    for arrow in graph.arrows {
      #expect(boxes.contains(arrow.from) && boxes.contains(arrow.to), "\(arrow)")
    }
  }

  @Test func aSetQuestionHangsItsNotesThenGoesOn() throws {
    let graph = TreeGraph(tree: try TreeFixtures.shipped(), language: .fr)
    let fromQ3 = graph.arrows.filter { $0.from == "q3" }
    #expect(fromQ3.map(\.label) == ["Mediacentre", "Identifiant", "Adresse e-mail", "Aucune", "ensuite"])
    #expect(fromQ3.map(\.dashed) == [true, true, true, true, false])
    #expect(fromQ3.last?.to == "q4")
  }

  @Test func outcomesListTheirStepsWithWhoActsAndTheirVerdictColour() throws {
    let graph = TreeGraph(tree: try TreeFixtures.shipped("join-error-codes"), language: .en)
    let box = try #require(graph.boxes.first { $0.id == "other-school-username-forgotten" })
    #expect(
      box.lines == [
        "Username from another school forgotten: the school cannot reset it.", "Steps:",
        "1. Contact Pix support quoting the code (Pix Orga administrator, Pix support)",
      ])
    #expect(box.verdict == .support)
  }

  @Test func answersGoingToTheSameNodeShareOneArrow() throws {
    let graph = TreeGraph(tree: try TreeFixtures.shipped("join-error-codes"), language: .fr)
    let toWrongAccount = graph.arrows.filter { $0.to == "wrong-account" }
    #expect(toWrongAccount.map(\.from) == ["q-own-account-r70", "q-own-account-r90"])
    #expect(toWrongAccount.map(\.label) == ["Non", "Non"])
  }
}
