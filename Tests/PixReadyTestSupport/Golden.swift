import Foundation
import Testing

/// Golden files: long outputs (reports, graphs, tables, the man page) compared byte for byte with a
/// committed file, the one in the source tree (never a copy in a resource bundle).
///
/// Run the tests with `PIXREADY_UPDATE_GOLDEN=1` to rewrite every golden file from the current output,
/// then read the diff before committing.
public enum Golden {
  /// The package root, found from this file's path (`Tests/PixReadyTestSupport/Golden.swift`).
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Whether the golden files are being rewritten (`PIXREADY_UPDATE_GOLDEN=1`).
  public static var isUpdating: Bool {
    ProcessInfo.processInfo.environment["PIXREADY_UPDATE_GOLDEN"] == "1"
  }

  /// Expects `actual`'s UTF-8 bytes to equal `file`'s; rewrites `file` instead when updating.
  ///
  /// - Throws: When the golden file cannot be read or written.
  public static func expect(
    _ actual: String, equals file: GoldenFile, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try expect(Data(actual.utf8), equals: file, sourceLocation: sourceLocation)
  }

  /// Expects `actual` to equal `file`'s bytes; rewrites `file` instead when updating.
  ///
  /// - Throws: When the golden file cannot be read or written.
  public static func expect(
    _ actual: Data, equals file: GoldenFile, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if isUpdating {
      try actual.write(to: file.url)
      return
    }
    let expected = try Data(contentsOf: file.url)
    if actual != expected {
      Issue.record(
        "\(file.path) differs (PIXREADY_UPDATE_GOLDEN=1 swift test rewrites it); \(firstDifference(expected, actual))",
        sourceLocation: sourceLocation)
    }
  }

  /// Where `actual` starts to differ from `expected`: the line, both ways, or the lengths.
  private static func firstDifference(_ expected: Data, _ actual: Data) -> String {
    let lines = (
      String(decoding: expected, as: UTF8.self).components(separatedBy: "\n"),
      String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
    )
    if let first = zip(lines.0, lines.1).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
      return "first difference at line \(first.offset + 1):\n- \(first.element.0)\n+ \(first.element.1)"
    }
    return "expected \(expected.count) bytes in \(lines.0.count) lines, got \(actual.count) bytes in \(lines.1.count)"
  }
}
