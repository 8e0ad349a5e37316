import Foundation
import PixReadyCore
import Testing

/// Loads trees for tests: shipped ones from `Trees/`, broken ones from `Fixtures/`.
enum TreeFixtures {
  /// The package root, found from this file's path.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return url
  }()

  /// The bytes of `Trees/<name>.json`.
  static func shippedBytes(_ name: String) throws -> [UInt8] {
    let url = packageRoot.appendingPathComponent("Trees/\(name).json")
    return Array(try Data(contentsOf: url))
  }

  /// The validated shipped tree `name`.
  static func shipped(_ name: String = "certification-readiness") throws -> ValidatedTree {
    let check = TreeCheck(bytes: try shippedBytes(name), sourceName: "Trees/\(name).json")
    let tree = try #require(check.tree, "\(check.diagnostics.map { $0.formatted(in: .en) })")
    return tree
  }

  /// The bytes of `Fixtures/trees/<name>`.
  static func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/trees/\(name)", withExtension: nil))
    return Array(try Data(contentsOf: url))
  }

  /// Loads and validates a fixture, returning every diagnostic.
  static func check(_ name: String) throws -> TreeCheck {
    TreeCheck(bytes: try fixture(name), sourceName: name)
  }
}

extension TreeFixtures {
  /// Answers written as text: a set fact's values are `a,b` (empty for none), other facts hold one value id.
  static func answers(_ facts: [String: String], in tree: ValidatedTree) -> Answers {
    Dictionary(
      uniqueKeysWithValues: facts.map { fact, text in
        guard tree.fact(fact)?.kind == .set else { return (fact, Answer.value(text)) }
        return (fact, .values(Set(text.split(separator: ",").map(String.init))))
      })
  }

  /// The ids of every outcome node of a tree.
  static func outcomeIDs(_ tree: ValidatedTree) -> Set<String> {
    Set(
      tree.tree.nodes.compactMap { node in
        if case .outcome = node.kind { return node.id }
        return nil
      })
  }
}
