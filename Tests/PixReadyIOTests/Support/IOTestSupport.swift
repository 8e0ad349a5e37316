import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// Shared helpers for I/O tests.
enum IOTestSupport {
  /// The package root, found from this file's path.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return url
  }()

  /// The validated shipped tree.
  static func shippedTree(_ name: String = "certification-readiness") throws -> ValidatedTree {
    let data = try Data(contentsOf: packageRoot.appendingPathComponent("Trees/\(name).json"))
    return try #require(TreeCheck(bytes: Array(data), sourceName: "Trees/\(name).json").tree)
  }
}

/// Records from memory.
struct ArrayRecordSource: RecordSource {
  var records: [SourceRecord]

  init(_ rows: [[String]], firstLine: Int = 2) {
    records = rows.enumerated().map { SourceRecord(fields: $1, line: firstLine + $0) }
  }

  mutating func nextRecord() throws -> SourceRecord? {
    records.isEmpty ? nil : records.removeFirst()
  }
}
