import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// The session written for machines (`--format json`) and for a support ticket (`--save FILE.md`).
struct SessionReportTests {
  /// Léa is ready, Noé has no account, the third student is left pending on question 4.
  private func session() throws -> PromptRun {
    try PromptRun([
      "1", "2", "Léa", "1", "1", "1", "1", "1",
      "Noé", "-", "4", "1", "1",
      "", "2", "nsp", "2",
    ])
  }

  @Test func writesEveryStudentAsJSON() throws {
    let run = try session()
    let json = SessionJSON.document(run.results, tree: run.session.tree, end: run.session.end, language: .fr)
    let lines = json.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix(#"{"tree":{"id":"certification-readiness","version":"2.0.0","contentHash":""#))
    #expect(lines[0].hasSuffix(#""},"end":"finished","students":["#))
    #expect(
      lines[1]
        == #"{"student":1,"name":"Léa","verdict":"action","pending":null,"outcome":"ok-mediacentre","headline":"Le compte Médiacentre de l'élève est rattaché à l'établissement.","steps":["assign-gar"],"trace":[{"fact":"siecleImported","answer":"yes"},{"fact":"garAssigned","answer":"no"},{"fact":"orgaMethods","answer":["mediacentre"]},{"fact":"usualMethod","answer":"mediacentre"},{"fact":"knowsCredentials","answer":"yes"},{"fact":"certifiable","answer":"certifiable"}]},"#
    )
    #expect(
      lines[2].contains(#""student":2,"name":"Noé","verdict":"action","pending":null,"outcome":"first-campaign-none""#))
    #expect(
      lines[3].hasPrefix(
        #"{"student":3,"name":null,"verdict":"pending","pending":"usualMethod","outcome":null,"headline":null,"steps":["assign-gar"],"#
      ))
    #expect(lines[4] == "]}")
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect((parsed?["students"] as? [Any])?.count == 3)
  }

  @Test func writesTheSessionAsMarkdownForATicket() throws {
    let run = try session()
    let markdown = SessionMarkdown(tree: run.session.tree, language: .fr, generatedAt: "2026-11-24T10:00:00Z")
      .render(run.results, end: run.session.end)
    // The tree's hash changes with every edit of the tree: the golden file holds `{contentHash}`.
    let hash = run.session.tree.identity.contentHash
    try Golden.expect(
      markdown.replacingOccurrences(of: hash, with: "{contentHash}"), equals: .expected("ask-session.md"))
  }

  @Test func escapesTableCellsAndMarksASessionWithoutEndAsInterrupted() throws {
    let run = try PromptRun(["1", "q"])
    let markdown = SessionMarkdown(tree: run.session.tree, language: .en, generatedAt: "now")
      .render(run.results, end: nil)
    #expect(markdown.contains("- Session: interrupted before the end (Ctrl-C); only the students settled are saved\n"))
    #expect(markdown.contains("| Question 1: Have you updated the student list in Pix Orga? | Yes |\n"))
    #expect(markdown.contains("**Result: unfinished, the session stopped before the end.**\n"))
  }
}
