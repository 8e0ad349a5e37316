import Foundation
import Testing

@testable import PixReadyIO

/// The chart at the top of an HTML report keeps every label inside its drawing, however many
/// students and however long a class name.
struct SVGBarChartTests {
  /// Widths measured in Chromium at the chart's 14 px in DejaVu Sans, a wide font.
  private static let measured = [
    "30000 students": 110.0, "30000 élèves": 94.3, "909 students": 92.0, "10 élèves": 68.0,
  ]

  private static func chart(label: String = "2NDE1", totals: [String]) -> SVGBarChart {
    SVGBarChart(
      title: "t", legend: [(.ready, "Prêt"), (.action, "Action à mener")],
      bars: totals.map { SVGBarChart.Bar(label: label, counts: [.ready: 3, .action: 1], total: $0) })
  }

  /// The `x` of each text element holding exactly `text`.
  private static func positions(of text: String, in svg: String) throws -> [Double] {
    let escaped = NSRegularExpression.escapedPattern(for: HTMLText.escape(text))
    let pattern = try NSRegularExpression(pattern: "<text x=\"([0-9.]+)\"[^>]*>\(escaped)</text>")
    return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap {
      Range($0.range(at: 1), in: svg).flatMap { Double(svg[$0]) }
    }
  }

  private static func viewBoxWidth(_ svg: String) -> Double? {
    guard let range = svg.range(of: #"viewBox="0 0 [0-9]+"#, options: .regularExpression) else { return nil }
    return Double(svg[range].split(separator: " ").last ?? "")
  }

  /// The right end of every bar (its last segment).
  private static func barEnds(_ svg: String) throws -> [Double] {
    let pattern = try NSRegularExpression(
      pattern: "<rect x=\"([0-9.]+)\" y=\"[0-9]+\" width=\"([0-9.]+)\" height=\"24\"")
    return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
      guard let x = Range(match.range(at: 1), in: svg).flatMap({ Double(svg[$0]) }),
        let width = Range(match.range(at: 2), in: svg).flatMap({ Double(svg[$0]) })
      else { return nil }
      return x + width
    }
  }

  @Test(arguments: ["30000 students", "30000 élèves", "909 students"])
  func aLongTotalEndsInsideTheChart(total: String) throws {
    let svg = Self.chart(totals: [total, "10 élèves"]).render()
    let width = try #require(Self.viewBoxWidth(svg))
    let start = try #require(try Self.positions(of: total, in: svg).first)
    #expect(start + (Self.measured[total] ?? 0) <= width)
    // The bars make room: each ends before the totals begin.
    #expect(try Self.barEnds(svg).allSatisfy { $0 <= start - 7.9 })  // one decimal of rounding
  }

  @Test func shortTotalsKeepTheirPlace() throws {
    let svg = Self.chart(totals: ["10 élèves", "9 élèves"]).render()
    #expect(try Self.positions(of: "10 élèves", in: svg) == [672])
    #expect(Self.viewBoxWidth(svg) == 760)
  }

  @Test func aLongClassNameIsWidenedForThenShortened() throws {
    let long = "1ERE GENERALE SPE MATHS"
    let svg = Self.chart(label: long, totals: ["10 élèves"]).render()
    // Right-aligned at its room's end, so it starts inside the chart.
    let end = try #require(try Self.positions(of: long, in: svg).first)
    #expect(end - Double(SVGBarChart.estimatedWidth(long)) >= 0)
    #expect(try Self.barEnds(svg).allSatisfy { $0 > end })

    let huge = String(repeating: "TERMINALE ", count: 8)
    let shortened = SVGBarChart.fitted(huge, in: SVGBarChart.widestLabels - 10)
    #expect(shortened.hasSuffix("…"))
    #expect(SVGBarChart.estimatedWidth(shortened) <= SVGBarChart.widestLabels - 10)
    let hugeSVG = Self.chart(label: huge, totals: ["10 élèves"]).render()
    #expect(try Self.positions(of: shortened, in: hugeSVG).count == 1)
    #expect(!hugeSVG.contains(huge))
  }

  @Test func theEstimateIsAtLeastWhatChromiumDraws() {
    for (text, width) in Self.measured { #expect(Double(SVGBarChart.estimatedWidth(text)) >= width, "\(text)") }
  }
}
