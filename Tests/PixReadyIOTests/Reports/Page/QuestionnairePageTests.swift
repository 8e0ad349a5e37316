import Foundation
import PixReadyCore
import Testing

@testable import PixReadyIO

/// The page's HTML: one file, its script and style allowed by hash and nothing else.
struct QuestionnairePageTests {
  @Test func theEmbeddedScriptAndStyleAreTheFilesInTheRepository() throws {
    let folder = IOTestSupport.packageRoot.appendingPathComponent("Sources/PixReadyIO/Reports/Page")
    let script = try String(contentsOf: folder.appendingPathComponent("page.js"), encoding: .utf8)
    let style = try String(contentsOf: folder.appendingPathComponent("page.css"), encoding: .utf8)
    #expect(PageAssets.script + "\n" == script, "the embedded page.js differs from the file")
    #expect(PageAssets.style + "\n" == style, "the embedded page.css differs from the file")
  }

  @Test func theContentSecurityPolicyAllowsExactlyTheInlineScriptAndStyle() throws {
    let html = try QuestionnairePage(tree: try IOTestSupport.shippedTree(), language: .fr).render()
    let policy = try #require(html.firstMatch(of: /content="(default-src 'none'[^"]*)"/)?.1)
    let script = try #require(html.firstMatch(of: /<script>([\s\S]*?)<\/script>/)?.1)
    let style = try #require(html.firstMatch(of: /<style>([\s\S]*?)<\/style>/)?.1)
    func hash(_ text: Substring) -> String {
      "'sha256-" + Data(SHA256.hash(Array(String(text).utf8))).base64EncodedString() + "'"
    }
    #expect(policy.contains("script-src \(hash(script));"))
    #expect(policy.contains("style-src \(hash(style));"))
    #expect(policy.contains("default-src 'none';"))
    #expect(html.components(separatedBy: "<script").count == 3, "the data block and one script")
  }

  @Test func theDataBlockCannotCloseItsScriptElement() throws {
    let html = try QuestionnairePage(tree: try IOTestSupport.shippedTree(), language: .en).render()
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"pixready-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let json = html[start.upperBound..<end.lowerBound]
    #expect(!json.contains("<"))
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(object?["lang"] as? String == "en")
    #expect((object?["tree"] as? [String: Any])?["id"] as? String == "certification-readiness")
  }
}
