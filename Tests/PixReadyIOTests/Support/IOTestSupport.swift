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

  /// The validated shipped tree, loaded and validated once per test process.
  static func shippedTree(_ name: String = "certification-readiness") throws -> ValidatedTree {
    if let tree = cache.tree(name) { return tree }
    let data = try Data(contentsOf: packageRoot.appendingPathComponent("Trees/\(name).json"))
    let tree = try #require(TreeCheck(bytes: Array(data), sourceName: "Trees/\(name).json").tree)
    cache.keep(tree, name)
    return tree
  }

  /// A diagnoser of the shipped tree for a file whose header is `headers`: made once per header and
  /// answers, since making one compiles the tree's evaluation table (most of a debug test's time when
  /// each run made its own).
  static func diagnoser(
    headers: [String], commonAnswers: Answers = [:], compilesTable: Bool = true
  ) throws -> BatchDiagnoser {
    let key =
      headers.joined(separator: "\u{1F}") + "\u{1E}" + commonAnswers.sorted { $0.key < $1.key }.description
      + (compilesTable ? "" : "\u{1D}")
    if let diagnoser = cache.diagnoser(key) { return diagnoser }
    let tree = try shippedTree()
    let diagnoser = BatchDiagnoser(
      tree: tree, columns: ColumnMap(headers: headers, tree: tree), commonAnswers: commonAnswers,
      compilesTable: compilesTable)
    cache.keep(diagnoser, key)
    return diagnoser
  }

  private static let cache = Cache()

  /// What tests share within one process, behind a lock (tests run in parallel).
  private final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var trees: [String: ValidatedTree] = [:]
    private var diagnosers: [String: BatchDiagnoser] = [:]

    func tree(_ name: String) -> ValidatedTree? { lock.withLock { trees[name] } }
    func keep(_ tree: ValidatedTree, _ name: String) { lock.withLock { trees[name] = tree } }
    func diagnoser(_ key: String) -> BatchDiagnoser? { lock.withLock { diagnosers[key] } }
    func keep(_ diagnoser: BatchDiagnoser, _ key: String) { lock.withLock { diagnosers[key] = diagnoser } }
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
