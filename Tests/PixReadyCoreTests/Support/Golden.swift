import Foundation
import PixReadyCore
import Testing

/// Golden files in `Fixtures/Expected/`: long outputs compared byte for byte.
///
/// Run the tests with `PIXREADY_UPDATE_GOLDEN=1` to rewrite them from the current output, then
/// read the diff before committing.
enum Golden {
  /// Whether `actual` equals the golden file `name`; rewrites it when asked to.
  static func matches(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let source = TreeFixtures.packageRoot.appendingPathComponent("Tests/PixReadyCoreTests/Fixtures/Expected/\(name)")
    if ProcessInfo.processInfo.environment["PIXREADY_UPDATE_GOLDEN"] != nil {
      try Data(actual.utf8).write(to: source)
    }
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/Expected/\(name)", withExtension: nil), sourceLocation: sourceLocation)
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(actual == expected, "golden file \(name) differs", sourceLocation: sourceLocation)
  }
}

extension TreeFixtures {
  /// The validated fixture tree `name` (in `Fixtures/trees/`).
  static func validFixture(_ name: String) throws -> ValidatedTree {
    let check = try TreeFixtures.check(name)
    return try #require(check.tree, "\(check.diagnostics.map { $0.formatted(in: .en) })")
  }
}
