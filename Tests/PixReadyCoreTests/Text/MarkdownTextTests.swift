import PixReadyCore
import Testing

@Suite("Markdown escaper")
struct MarkdownTextTests {
  @Test(
    "inline text escapes what would start Markdown, keeps a word's underscore and joins lines",
    arguments: [
      ("a*b", "a\\*b"), ("[x](y)", "\\[x\\](y)"), ("methode_orga", "methode_orga"), ("_x", "\\_x"),
      ("a|b", "a\\|b"), ("un\ndeux", "un deux"), ("<b>&", "\\<b>\\&"), ("a\u{202E}b", "a\u{FFFD}b"),
    ])
  func escapesInline(_ text: String, _ expected: String) {
    #expect(MarkdownText.inline(text) == expected)
  }

  @Test(
    "a paragraph cannot start a heading, a list or a quote",
    arguments: [("# x", "\\# x"), ("- x", "\\- x"), ("1. x", "\\1. x"), ("2026 x", "2026 x"), ("x", "x")])
  func escapesParagraph(_ text: String, _ expected: String) {
    #expect(MarkdownText.paragraph(text) == expected)
  }

  @Test(
    "an authors' table cell keeps its Markdown, escapes pipes and turns line breaks into <br>",
    arguments: [("**Oui** | non", "**Oui** \\| non"), ("un\r\ndeux\ntrois", "un<br>deux<br>trois"), ("a_b", "a_b")])
  func escapesTableCell(_ text: String, _ expected: String) {
    #expect(MarkdownText.tableCell(text) == expected)
  }

  @Test("a table row shows a dash for an empty cell; the delimiter aligns numbers right")
  func writesRows() {
    #expect(MarkdownText.row(["a", ""]) == "| a | — |\n")
    #expect(MarkdownText.delimiter(numeric: [false, true]) == "| --- | ---: |\n")
  }
}
