extension TreeGraph {
  /// The colours of boxes, shared by both renderers.
  static func fill(_ shape: Shape, verdict: Verdict?) -> String {
    switch shape {
    case .question: return "#dbe9f6"
    case .branch: return "#fff2cc"
    case .note: return "#f3f3f3"
    case .outcome:
      switch verdict ?? .ready {
      case .ready: return "#d9ead3"
      case .action: return "#fce5cd"
      case .support: return "#f4cccc"
      }
    }
  }

  /// The graph in Graphviz DOT: `pixready graph TREE | dot -Tsvg > tree.svg`.
  public func dot() -> String {
    var text = "digraph \(Self.dotString(identity.id)) {\n"
    let heading = "\(title)\n\(identity.description)"
    text += "  graph [label=\(Self.dotString(heading)), labelloc=\"t\", fontname=\"Helvetica\", rankdir=\"TB\"];\n"
    text += "  node [fontname=\"Helvetica\", fontsize=11];\n"
    text += "  edge [fontname=\"Helvetica\", fontsize=10];\n"
    for box in boxes {
      text += "  \(Self.dotString(box.id)) [\(Self.dotAttributes(box))];\n"
    }
    for arrow in arrows {
      var attributes: [String] = []
      if let label = arrow.label { attributes.append("label=" + Self.dotString(label)) }
      if arrow.dashed { attributes.append("style=dashed") }
      let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
      text += "  \(Self.dotString(arrow.from)) -> \(Self.dotString(arrow.to))\(suffix);\n"
    }
    return text + "}\n"
  }

  private static func dotAttributes(_ box: Box) -> String {
    let shape: String
    let style: String
    switch box.shape {
    case .question: (shape, style) = ("box", "rounded,filled")
    case .branch: (shape, style) = ("diamond", "filled")
    case .outcome: (shape, style) = ("box", "filled")
    case .note: (shape, style) = ("note", "filled")
    }
    return
      "shape=\(shape), style=\"\(style)\", fillcolor=\"\(fill(box.shape, verdict: box.verdict))\", label=\(dotLabel(box))"
  }

  /// A box's label: the title, then wrapped lines; outcomes are left-justified (`\l`).
  private static func dotLabel(_ box: Box) -> String {
    let width = box.shape == .outcome ? 56 : 40
    var lines = box.title.map { [$0] } ?? []
    for line in box.lines { lines += wrapped(line, width: width) }
    let escaped = lines.map(dotEscaped)
    if box.shape == .outcome {
      return "\"" + escaped.map { $0 + "\\l" }.joined() + "\""
    }
    return "\"" + escaped.joined(separator: "\\n") + "\""
  }

  /// A DOT double-quoted string; line breaks become `\n`.
  static func dotString(_ text: String) -> String {
    "\""
      + text.split(separator: "\n", omittingEmptySubsequences: false).map { dotEscaped(String($0)) }
      .joined(separator: "\\n") + "\""
  }

  /// Backslashes and double quotes escaped, so no text can end the string or make an escape.
  static func dotEscaped(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\r", with: "")
  }
}
