import Foundation
import PixReadyCore
import PixReadyIO
import PixReadyTestSupport
import Testing

/// A prompt session driven to its end by scripted lines, and what it showed.
struct PromptRun {
  var session: PromptSession
  var outputs: [PromptOutput]

  /// Everything shown, both channels, in order.
  var text: String { outputs.text().plain }
  /// The dialogue only.
  var conversation: String { outputs.text(on: .conversation).plain }
  /// The results only.
  var resultText: String { outputs.text(on: .result).plain }
  /// The questions asked, in order, each on one line (wrapping undone).
  var questions: [String] {
    outputs.filter { $0.tone == .question }.map {
      $0.text.plain.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
  }
  /// The results of the session.
  var results: [StudentResult] { session.results }

  /// Drives a session on `tree` with `lines`, then the end of input.
  init(
    _ lines: [String], tree: ValidatedTree? = nil, prefilled: Answers = [:], language: Language = .fr,
    echoes: Bool = true
  ) throws {
    let tree = try tree ?? IOTestSupport.shippedTree()
    session = PromptSession(
      tree: tree, configuration: .init(language: language, prefilled: prefilled, echoesInput: echoes))
    outputs = session.start()
    var source = ScriptedLineSource(lines)
    while session.end == nil {
      if let line = source.nextLine() {
        outputs += session.receive(line)
      } else {
        outputs += session.endOfInput()
      }
    }
  }
}

enum PromptFixtures {
  /// A validated tree from `Tests/PixReadyIOTests/Fixtures/trees/`.
  static func tree(_ name: String) throws -> ValidatedTree {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/trees/\(name)", withExtension: nil))
    let check = TreeCheck(bytes: Array(try Data(contentsOf: url)), sourceName: name)
    return try #require(check.tree, "\(check.diagnostics.map { $0.formatted(in: .en) })")
  }

  /// The school questions answered « oui » and an empty name: what precedes question 3.
  static let schoolYesNoName = ["1", "1", ""]
}
