extension TreeGraph {
  /// The graph as a Mermaid flowchart (GitHub and GitLab render it in Markdown).
  ///
  /// Mermaid ids are `b1`, `b2`… in box order; the node id is the first line of each label.
  public func mermaid() -> String {
    var ids: [String: String] = [:]
    for (index, box) in boxes.enumerated() { ids[box.id] = "b\(index + 1)" }
    var text = "---\ntitle: \"" + yamlEscaped("\(title) — \(identity.description)") + "\"\n---\nflowchart TD\n"
    for box in boxes {
      guard let id = ids[box.id] else { continue }
      let label = "\"" + mermaidLabel(box) + "\""
      switch box.shape {
      case .question: text += "  \(id)(\(label))\n"
      case .branch: text += "  \(id){\(label)}\n"
      case .outcome: text += "  \(id)[\(label)]\n"
      case .note: text += "  \(id)>\(label)]\n"
      }
    }
    for arrow in arrows {
      guard let from = ids[arrow.from], let to = ids[arrow.to] else { continue }
      let link = arrow.dashed ? (arrow.label == nil ? "-.-" : "-.->") : "-->"
      let label = arrow.label.map { "|\"" + Self.mermaidEscaped($0) + "\"|" } ?? ""
      text += "  \(from) \(link)\(label) \(to)\n"
    }
    for (name, members) in classes(ids) where !members.isEmpty {
      text += "  classDef \(name) fill:\(name.fill)\n"
      text += "  class \(members.joined(separator: ",")) \(name)\n"
    }
    return text
  }

  private func mermaidLabel(_ box: Box) -> String {
    let width = box.shape == .outcome ? 56 : 40
    var lines = box.title.map { [$0] } ?? []
    for line in box.lines { lines += Self.wrapped(line, width: width) }
    return lines.map(Self.mermaidEscaped).joined(separator: "<br/>")
  }

  /// Text inside a quoted Mermaid label: `#`, quotes, angle brackets, pipes and backquotes become
  /// numeric entity codes, so no text can close the label or open markup.
  static func mermaidEscaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "#": result += "#35;"
      case "\"": result += "#34;"
      case "<": result += "#60;"
      case ">": result += "#62;"
      case "|": result += "#124;"
      case "`": result += "#96;"
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  private func yamlEscaped(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: " ")
  }

  /// The box classes in a fixed order, for colours.
  private func classes(_ ids: [String: String]) -> [(name: BoxClass, members: [String])] {
    BoxClass.allCases.map { name in
      (name, boxes.filter { BoxClass($0) == name }.compactMap { ids[$0.id] })
    }
  }

  /// A colour class of a box.
  private enum BoxClass: String, CaseIterable {
    case question, branch, note, ready, action, support

    init(_ box: Box) {
      switch box.shape {
      case .question: self = .question
      case .branch: self = .branch
      case .note: self = .note
      case .outcome:
        switch box.verdict ?? .ready {
        case .ready: self = .ready
        case .action: self = .action
        case .support: self = .support
        }
      }
    }

    var fill: String {
      switch self {
      case .question: TreeGraph.fill(.question, verdict: nil)
      case .branch: TreeGraph.fill(.branch, verdict: nil)
      case .note: TreeGraph.fill(.note, verdict: nil)
      case .ready: TreeGraph.fill(.outcome, verdict: .ready)
      case .action: TreeGraph.fill(.outcome, verdict: .action)
      case .support: TreeGraph.fill(.outcome, verdict: .support)
      }
    }
  }
}
