import Foundation
import PixReadyCore

/// `pixready page`: the guided diagnostic as one self-contained web page, for people who will never
/// open a terminal.
///
/// The page carries the tree compiled by the Swift engine (``PageTable``) and the tree's texts in
/// one language; its script only looks states up, shows them and records answers. Inline style and
/// script only, a Content-Security-Policy that allows nothing else (no request of any kind), no
/// storage: it works from `file://` and forgets everything when the tab closes.
public struct QuestionnairePage: Sendable {
  /// The compiled tree.
  public let table: PageTable
  private let tree: ValidatedTree
  private let language: Language

  /// Compiles `tree` for a page in `language`.
  ///
  /// - Throws: ``PageTable/TooLarge`` when the tree has too many reachable states for a page.
  public init(tree: ValidatedTree, language: Language) throws(PageTable.TooLarge) {
    self.tree = tree
    self.language = language
    table = try PageTable(tree: tree)
  }

  /// The whole page.
  public func render() -> String {
    let messages = PageMessages(language: language)
    let title = tree.tree.title.text(in: language)
    let style = HTMLStyle.shared() + PageAssets.style + "\n"
    let script = PageAssets.script + "\n"
    let policy =
      "default-src 'none'; style-src '\(Self.hash(style))'; script-src '\(Self.hash(script))'; "
      + "img-src 'none'; base-uri 'none'; form-action 'none'"
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"pixready\"/>\n"
    out += "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
    out += HTMLText.element("title", messages.title(title)) + "\n"
    out += "<style>" + style + "</style>\n</head>\n<body>\n<header>\n"
    out += HTMLText.element("p", "pixready", attributes: [("class", "kicker")]) + "\n"
    out += HTMLText.element("h1", title) + "\n"
    out += HTMLText.element("p", messages.intro, attributes: [("class", "intro")]) + "\n"
    out += HTMLText.element("p", messages.privacy, attributes: [("class", "notice")]) + "\n</header>\n"
    out += "<main>\n<noscript>" + HTMLText.element("p", messages.noScript, attributes: [("class", "notice warning")])
    out += "</noscript>\n<div id=\"live\" aria-live=\"polite\" hidden=\"\"></div>\n"
    out += "<section id=\"card\" aria-live=\"off\"></section>\n"
    out += "<section id=\"history\" aria-labelledby=\"history-title\" hidden=\"\"></section>\n"
    out += "<section id=\"session\" aria-labelledby=\"session-title\" hidden=\"\"></section>\n</main>\n"
    out +=
      "<footer>\n" + HTMLText.element("p", messages.footer(ReportMessages(language: language).tree(tree.identity)))
      + "\n</footer>\n"
    out += "<script type=\"application/json\" id=\"pixready-data\">"
    out += PageData(table: table, tree: tree, language: language).json() + "</script>\n"
    out += "<script>" + script + "</script>\n</body>\n</html>\n"
    return out
  }

  /// `sha256-…` of an inline element's text, as a Content-Security-Policy source.
  private static func hash(_ text: String) -> String {
    "sha256-" + Data(SHA256.hash(Array(text.utf8))).base64EncodedString()
  }
}
