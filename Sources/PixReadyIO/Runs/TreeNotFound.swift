import PixReadyCore

/// A tree named on the command line that is neither a file nor a shipped tree.
public struct TreeNotFound: Problem, Equatable {
  /// The name given.
  public var name: String
  /// The shipped trees' names, listed in the sentence.
  public var shipped: [String]

  /// Creates the problem.
  public init(name: String, shipped: [String]) {
    self.name = name
    self.shipped = shipped
  }

  /// `unknown-tree`.
  public var code: String { "unknown-tree" }

  /// The sentence in `language`, listing the shipped trees.
  public func message(in language: Language) -> String {
    let list = shipped.joined(separator: ", ")
    return language == .fr
      ? "arbre « \(name) » introuvable : ni fichier, ni arbre fourni (\(list))."
      : "tree '\(name)' not found: neither a file nor a shipped tree (\(list))."
  }
}
