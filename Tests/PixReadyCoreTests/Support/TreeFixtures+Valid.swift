import PixReadyCore
import Testing

extension TreeFixtures {
  /// The validated fixture tree `name` (in `Fixtures/trees/`).
  static func validFixture(_ name: String) throws -> ValidatedTree {
    let check = try TreeFixtures.check(name)
    return try #require(check.tree, "\(check.diagnostics.map { $0.formatted(in: .en) })")
  }
}
