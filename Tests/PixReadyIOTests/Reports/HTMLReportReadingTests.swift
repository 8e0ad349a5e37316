import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// What the HTML report does for a phone, a printer and assistive technology (issue 17, points
/// 15–17). The browser checks (axe-core, computed colours, sizes, print) are in
/// `Tests/Scripts/report-audit.py`; these keep the markup they rely on from going away.
struct HTMLReportReadingTests {
  private func html() throws -> String {
    HTMLReport().render(try ReportFixtures.exampleDocument())
  }

  @Test func everySectionIsInsideTheMainLandmarkBetweenHeaderAndFooter() throws {
    let page = try html()
    #expect(page.components(separatedBy: "<main>").count == 2)
    let header = try #require(page.range(of: "</header>\n<main>\n"))
    let main = try #require(page.range(of: "</main>\n<footer>"))
    #expect(header.upperBound < main.lowerBound)
    let body = page[header.upperBound..<main.lowerBound]
    #expect(body.components(separatedBy: "<section ").count - 1 == page.components(separatedBy: "<section ").count - 1)
  }

  @Test func everyTableAndTheChartScrollInAFocusableNamedBoxOfTheirOwn() throws {
    let page = try html()
    let box = #"<div class="scroll" role="region" tabindex="0" aria-label=""#
    for opening in ["<table class=\"counts\">", "<table class=\"students\">", "<table class=\"rejected\">", "<svg "] {
      var rest = Substring(page)
      var count = 0
      while let range = rest.range(of: opening) {
        let before = rest[..<range.lowerBound].suffix(400)
        let lastBox = try #require(before.range(of: box, options: .backwards), "\(opening) outside a box")
        #expect(!before[lastBox.upperBound...].contains("</div>"), "\(opening) outside a box")
        rest = rest[range.upperBound...]
        count += 1
      }
      #expect(count > 0, "\(opening)")
    }
  }

  /// The chart's font size times its narrowest scale (minimum width over viewBox width): the
  /// smallest its labels are ever drawn on screen.
  @Test func chartLabelsAreNeverDrawnUnder11Pixels() throws {
    let page = try html()
    func number(after marker: String) throws -> Double {
      let start = try #require(page.range(of: marker)).upperBound
      return try #require(Double(page[start...].prefix { $0.isNumber }))
    }
    let minimum = try number(after: "svg.chart { width: 100%; height: auto; max-width: 760px; min-width: ")
    let font = try number(after: "font-family: inherit; font-size: ")
    let viewBox = try number(after: #"<svg class="chart" viewBox="0 0 "#)
    #expect(font * minimum / viewBox >= 11)
  }

  @Test func everyLabelOnABarMeetsWCAGAAContrast() throws {
    let page = try html()
    let pattern = try NSRegularExpression(
      pattern: #"fill="(#[0-9A-Fa-f]{6})"><title>[^<]*</title></rect><text [^>]*fill="(#[0-9A-Fa-f]{6})""#)
    let matches = pattern.matches(in: page, range: NSRange(page.startIndex..., in: page))
    #expect(matches.count >= 10)
    for match in matches {
      let colours = try (1...2).map { String(page[try #require(Range(match.range(at: $0), in: page))]) }
      let ratio = Self.contrast(colours[0], colours[1])
      #expect(ratio >= 4.5, "\(colours[1]) on \(colours[0]): \(ratio)")
    }
  }

  @Test func printingHidesTheFilterChipsAndShowsEveryRow() throws {
    let page = try html()
    let print = try #require(page.range(of: "@media print {")).upperBound
    let rules = page[print...]
    #expect(
      rules.contains("nav.toc, .hint, .filterable > input, .filterable > label, .filter-label { display: none; }"))
    #expect(rules.contains(".classes tr.student { display: table-row !important; }"))
    #expect(rules.contains("h2, h3, h4, summary, .step-detail { break-after: avoid; page-break-after: avoid; }"))
  }

  @Test func everyWorklistPageCarriesARunningHeaderWithTreeFileAndDate() throws {
    let (rows, summary) = try ReportFixtures.exampleRows()
    let context = ReportContext(
      tree: try IOTestSupport.shippedTree(), language: .fr, sourceName: #"classes/2nde "A" <B> & C.csv"#,
      generatedAt: ReportFixtures.generatedAt)
    var document = ReportDocument(context: context)
    for row in rows { document.add(row) }
    document.complete(with: summary)
    let page = HTMLReport().render(document)
    let text =
      #"certification-readiness version 2.0.0 · classes/2nde \22 A\22  \3c B> \26  C.csv · 24 novembre 2026 à 10 h 00 (UTC)"#
    for actor in ["enseignant", "eleve", "support-pix"] {
      #expect(page.contains("  #actor-\(actor) { page: worklist-\(actor); }\n"))
      #expect(page.contains("  @page worklist-\(actor) {\n    @top-left { content: \"\(text)\"; font-size: 8pt;"))
    }
    #expect(page.contains("  #listes > h2, #listes > p:not(.muted) { page: worklist-administrateur-pix-orga; }\n"))
  }

  /// The WCAG contrast ratio of two `#rrggbb` colours.
  static func contrast(_ a: String, _ b: String) -> Double {
    func luminance(_ hex: String) -> Double {
      let value = Int(hex.dropFirst(), radix: 16) ?? 0
      let channels = [value >> 16, (value >> 8) & 255, value & 255].map { Double($0) / 255 }
      let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
      return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }
}
