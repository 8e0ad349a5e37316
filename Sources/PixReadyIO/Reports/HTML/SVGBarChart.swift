import PixReadyCore

/// An inline SVG chart of stacked horizontal bars: one bar per group (overall, then each class),
/// each split by result and drawn to 100 % of its group, with counts in the segments.
///
/// Pure text, no script and no external resource; colours are attributes, so the chart prints as seen.
struct SVGBarChart {
  /// One bar.
  struct Bar {
    var label: String
    var counts: [RowCategory: Int]
    var total: String
  }

  /// The colours of the categories (Okabe–Ito palette, readable with colour blindness) and of their
  /// text, chosen for WCAG AA contrast (4.5:1 or more: black on green 6.9, on orange 5.6).
  static func colours(_ category: RowCategory) -> (fill: String, text: String) {
    switch category {
    case .ready: ("#009E73", "#000000")
    case .action: ("#E69F00", "#000000")
    case .support: ("#D55E00", "#000000")
    case .pending: ("#0072B2", "#ffffff")
    case .error: ("#6B6B6B", "#ffffff")
    }
  }

  var title: String
  var legend: [(category: RowCategory, label: String)]
  var bars: [Bar]

  private let width = 760
  /// Room for the labels before the bars: 120, or more for a long class name, up to ``widestLabels``.
  private var labelWidth: Int {
    min(Self.widestLabels, max(120, 10 + (bars.map { Self.estimatedWidth($0.label) }.max() ?? 0)))
  }
  /// The most room given to labels; a longer label is shortened with « … » (the table below the
  /// chart names every class in full).
  static let widestLabels = 260
  /// Room for the totals after the bars: 96 (« 999 élèves »), or more for a longer one
  /// (« 30000 students »).
  private var totalWidth: Int { max(96, 10 + (bars.map { Self.estimatedWidth($0.total) }.max() ?? 0)) }
  private let barHeight = 24
  private let gap = 10
  private let legendHeight = 34

  /// The `<svg>` element.
  func render() -> String {
    let height = legendHeight + bars.count * (barHeight + gap) + gap
    var out = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
    out += " role=\"img\" aria-labelledby=\"chart-title\">\n"
    out += HTMLText.element("title", title, attributes: [("id", "chart-title")]) + "\n"
    out += legendItems()
    for (index, bar) in bars.enumerated() {
      out += render(bar, y: legendHeight + index * (barHeight + gap) + (index > 0 ? gap : 0))
    }
    return out + "</svg>"
  }

  private func legendItems() -> String {
    var out = "<g class=\"legend\">\n"
    // Where the bars start when no class name is long; a long one widens the labels, not the legend.
    var x = 120
    for item in legend {
      let colour = Self.colours(item.category).fill
      out += "<rect x=\"\(x)\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(colour)\"/>"
      out += "<text x=\"\(x + 19)\" y=\"18\">\(HTMLText.escape(item.label))</text>\n"
      x += 34 + item.label.count * 7
    }
    return out + "</g>\n"
  }

  /// About how wide `text` is at the chart's 14 px, a little wider than in DejaVu Sans (a wide
  /// font: « 30000 students » is 110 px in it), so that a label fits whatever the system font.
  static func estimatedWidth(_ text: String) -> Int {
    var width = 0.0
    for character in text {
      let advance: Double =
        if character == " " { 4.5 } else if character.isNumber { 9 } else if character.isUppercase { 10.5 } else { 7.9 }
      width += advance
    }
    return Int(width.rounded(.up))
  }

  /// `label`, shortened with « … » to fit in `room` (estimated).
  static func fitted(_ label: String, in room: Int) -> String {
    guard estimatedWidth(label) > room else { return label }
    var shortened = label
    while !shortened.isEmpty, estimatedWidth(shortened + "…") > room { shortened.removeLast() }
    return shortened + "…"
  }

  private func render(_ bar: Bar, y: Int) -> String {
    let labelWidth = labelWidth
    let totalWidth = totalWidth
    let area = width - labelWidth - totalWidth
    let total = bar.counts.values.reduce(0, +)
    var out = "<g class=\"bar\">\n"
    out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + barHeight / 2 + 5)\" text-anchor=\"end\">"
    out += HTMLText.escape(Self.fitted(bar.label, in: labelWidth - 10)) + "</text>\n"
    guard total > 0 else { return out + "</g>\n" }
    var x = Double(labelWidth)
    for (category, _) in legend {
      let count = bar.counts[category] ?? 0
      guard count > 0 else { continue }
      let segment = Double(area) * Double(count) / Double(total)
      let colours = Self.colours(category)
      out += "<rect x=\"\(format(x))\" y=\"\(y)\" width=\"\(format(segment))\" height=\"\(barHeight)\""
      out += " fill=\"\(colours.fill)\"><title>\(HTMLText.escape(legendLabel(category))) (\(count))</title></rect>"
      if segment >= 16 {
        out += "<text x=\"\(format(x + segment / 2))\" y=\"\(y + barHeight / 2 + 5)\" text-anchor=\"middle\""
        out += " fill=\"\(colours.text)\">\(count)</text>"
      }
      out += "\n"
      x += segment
    }
    out += "<text x=\"\(width - totalWidth + 8)\" y=\"\(y + barHeight / 2 + 5)\">\(HTMLText.escape(bar.total))</text>\n"
    return out + "</g>\n"
  }

  private func legendLabel(_ category: RowCategory) -> String {
    legend.first { $0.category == category }?.label ?? category.rawValue
  }

  /// One decimal at most, without locale.
  private func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
  }
}
