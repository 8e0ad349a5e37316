import Foundation
import Testing

/// `pixready page` through the real binary.
struct PageCommandTests {
  static let trees = ["certification-readiness", "join-error-codes", "pix-orga-access"]

  @Test(arguments: trees)
  func writesOneSelfContainedPage(_ tree: String) throws {
    let result = try CLIRunner.run(["page", "--tree", tree])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let html = result.stdout
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n"))
    #expect(html.hasSuffix("</html>\n"))
    for forbidden in ["src=", "href=", "<link", "url(", "@import", "<iframe", "<img", "Storage", "document.cookie"] {
      #expect(!html.contains(forbidden), "\(tree): \(forbidden)")
    }
    // The tree's texts may name a web site; nothing outside them does, and no text becomes a link.
    let outsideData = html.replacing(/<script type="application\/json" id="pixready-data">[\s\S]*?<\/script>/, with: "")
    #expect(!outsideData.replacing("http-equiv", with: "").contains("http"), "\(tree)")
    #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    // certification-readiness 2.0.0 (13 certifiability nodes) weighs about 270 KB: over the 150 KB aim of
    // issue 18, noted in the README; this bound keeps it from growing unseen.
    #expect(html.utf8.count < 300_000, "\(tree): \(html.utf8.count) bytes")
  }

  @Test func speaksEnglishWithLangEn() throws {
    let result = try CLIRunner.run(["page", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
    #expect(result.stdout.contains("<title>pixready questionnaire: "))
    #expect(result.stdout.contains("\"validate\":\"Confirm\""))
    #expect(result.stdout.contains("Nothing is stored or sent"))
  }

  @Test func writesTheFileGivenWithOutput() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-page-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("questionnaire.html").path
    let result = try CLIRunner.run(["page", "-o", path])
    #expect(result.status == 0)
    #expect(result.stdout == "")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written == (try CLIRunner.run(["page"])).printedStdout)
    // No student data inside: readable by the teachers who open it from a shared drive.
    // The mask is read, not set and restored: `umask(0)` would leave, for an instant, every file
    // the other tests running beside this one create (and their subprocesses) open to all.
    let mask = try Self.fileCreationMask()
    let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    #expect(mode == 0o644 & ~mask)
  }

  @Test func refusesATreeWithErrorsAndWritesNothing() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-page-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("questionnaire.html").path
    let result = try CLIRunner.run(["page", "--tree", CLIRunner.fixture("trees/invalid-unknown-node.json"), "-o", path])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("erreur"))
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func refusesAnUnknownTreeOrOption() throws {
    let unknown = try CLIRunner.run(["page", "--tree", "no-such-tree"])
    #expect(unknown.status == 2)
    #expect(unknown.stdout == "")
    #expect(unknown.stderr.contains("arbre « no-such-tree » introuvable"))
    let option = try CLIRunner.run(["page", "--format", "pdf"])
    #expect(option.status == 2)
    #expect(option.stdout == "")
  }

  /// The answers typed at `ask`, and the same answers looked up in the page's table.
  static let sessions: [(tree: String, lines: [String])] = [
    ("certification-readiness", ["1", "2", "", "4", "2", "1", "2"]),
    ("certification-readiness", ["2", "1", "Léa", "1,3", "3", "2", "2"]),
    ("certification-readiness", ["1", "1", "", "1", "1", "nsp", "2"]),
    ("certification-readiness", ["1", "1", "", "-", "4", "2"]),
    ("join-error-codes", ["", "2", "1", "2"]),
    ("pix-orga-access", ["", "1", "1", "2", "1", "nsp", "2"]),
  ]

  @Test(arguments: sessions.indices)
  func givesTheBilanOfAskForTheSameAnswers(_ index: Int) throws {
    let (tree, lines) = Self.sessions[index]
    let ask = try CLIRunner.run(
      ["ask", "--tree", tree, "--format", "json"], stdin: lines.joined(separator: "\n") + "\n")
    #expect(ask.status == 0)
    let askStudent = try #require(
      (try JSONSerialization.jsonObject(with: Data(ask.stdout.utf8)) as? [String: Any])?["students"] as? [[String: Any]]
    ).first
    let page = try PageLookup(html: try CLIRunner.run(["page", "--tree", tree]).stdout)
    let bilan = try page.bilan(typed: lines)
    #expect(bilan.verdict == askStudent?["verdict"] as? String, "\(lines)")
    #expect(bilan.steps == askStudent?["steps"] as? [String], "\(lines)")
    #expect(bilan.pending == askStudent?["pending"] as? String, "\(lines)")
    #expect(bilan.headline == askStudent?["headline"] as? String, "\(lines)")
    #expect(bilan.outcome == askStudent?["outcome"] as? String, "\(lines)")
    let trace = (askStudent?["trace"] as? [[String: Any]] ?? []).map { $0["fact"] as? String ?? "" }
    #expect(bilan.trace == trace, "\(lines)")
    // The same sentences, in the same order, as ask's bilan in text (lines wrapped there, not here).
    let text = try CLIRunner.run(["ask", "--tree", tree], stdin: lines.joined(separator: "\n") + "\n")
    let shown = Self.oneLine(text.stdout)
    var position = shown.startIndex
    for sentence in bilan.texts.map(Self.oneLine) {
      let found = shown.range(of: sentence, range: position..<shown.endIndex)
      #expect(found != nil, "\(lines): « \(sentence) » not in ask's bilan after what came before")
      position = found?.upperBound ?? position
    }
  }

  /// Text with every run of white space as one space.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// This process's file creation mask, as Linux shows it in `/proc/self/status` (« Umask: 0022 »).
  private static func fileCreationMask() throws -> Int {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
    return try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
  }
}
