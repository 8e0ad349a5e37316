import Foundation

/// A committed file that a test's output must equal byte for byte (see ``Golden``).
public struct GoldenFile: Sendable {
  /// The file in the source tree.
  public let url: URL

  /// The file's path from the package root, for messages.
  public var path: String {
    String(url.path.dropFirst(Golden.packageRoot.path.count + 1))
  }

  /// `Fixtures/Expected/<name>` of the test target whose source calls this, or of `target`.
  ///
  /// - Parameters:
  ///   - name: The file's name in `Fixtures/Expected/`.
  ///   - target: Another test target's folder name (`PixReadyIOTests`), to share its golden files.
  ///   - filePath: The calling test's source file, which names its target.
  public static func expected(_ name: String, of target: String? = nil, filePath: String = #filePath) -> GoldenFile {
    fixture("Expected/\(name)", of: target, filePath: filePath)
  }

  /// `Fixtures/<path>` of the test target whose source calls this, or of `target`.
  ///
  /// - Parameters:
  ///   - path: The file's path in `Fixtures/` (`workbook/classe.rapport.csv`).
  ///   - target: Another test target's folder name.
  ///   - filePath: The calling test's source file, which names its target.
  public static func fixture(_ path: String, of target: String? = nil, filePath: String = #filePath) -> GoldenFile {
    let tests = Golden.packageRoot.appendingPathComponent("Tests")
    var folder = URL(fileURLWithPath: filePath)
    if let target {
      folder = tests.appendingPathComponent(target)
    } else {
      while folder.path != "/" && folder.deletingLastPathComponent().path != tests.path {
        folder.deleteLastPathComponent()
      }
    }
    return GoldenFile(url: folder.appendingPathComponent("Fixtures").appendingPathComponent(path))
  }

  /// The file at `path` from the package root (`Examples/classe-2nde.rapport.csv`).
  public static func packageFile(_ path: String) -> GoldenFile {
    GoldenFile(url: Golden.packageRoot.appendingPathComponent(path))
  }
}
