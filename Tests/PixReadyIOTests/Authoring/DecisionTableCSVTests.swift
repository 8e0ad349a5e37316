import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// `pixready table --format csv`: a spreadsheet of the decision table.
struct DecisionTableCSVTests {
  static func mini() throws -> ValidatedTree {
    let url = IOTestSupport.packageRoot.appendingPathComponent("Tests/PixReadyCoreTests/Fixtures/trees/valid-mini.json")
    return try #require(TreeCheck(bytes: Array(try Data(contentsOf: url)), sourceName: "valid-mini.json").tree)
  }

  @Test func writesTheMiniTablesPathsAsItsGoldenCSV() throws {
    let text = DecisionTableCSV.render(try DecisionTable(tree: try Self.mini()), language: .fr)
    try Golden.expect(text, equals: .expected("mini-table.csv"))
  }

  @Test func writesOneLinePerCombinationWithEnglishHeaders() throws {
    let table = try DecisionTable(tree: try IOTestSupport.shippedTree(), rows: .combinations)
    let lines = DecisionTableCSV.render(table, language: .en).components(separatedBy: "\r\n")
    #expect(lines.count == 1 + 2304 + 1, "header, rows, and the empty string after the last CRLF")
    #expect(
      lines.first
        == "\u{FEFF}n;siecleImported;garAssigned;orgaMethods;usualMethod;knowsCredentials;certifiable;verdict;outcome;steps;step_titles"
    )
    #expect(
      lines[1].hasPrefix(
        "1;Yes;Yes;None;Through the ENT and the Médiacentre;Yes;Certifiable;action;first-campaign-mediacentre;"))
  }

  @Test func quotesCellsThatHoldQuotes() throws {
    let url = IOTestSupport.packageRoot.appendingPathComponent(
      "Tests/PixReadyCoreTests/Fixtures/trees/valid-tricky-labels.json")
    let tree = try #require(TreeCheck(bytes: Array(try Data(contentsOf: url)), sourceName: "tricky.json").tree)
    let lines = DecisionTableCSV.render(try DecisionTable(tree: tree), language: .fr).components(separatedBy: "\r\n")
    #expect(lines[1] == "1;\"Valeur \"\"un\"\"\";ready;end;;")
    #expect(lines[2] == "2;Valeur | deux #2;action;\"end\"\"steps\";s;\"1. Étape \"\"s\"\" \\ (Acteur <b>|#1|</b>)\"")
  }
}
