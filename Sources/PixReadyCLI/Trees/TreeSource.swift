import PixReadyCore
import PixReadyIO

/// Finds the tree a command uses: a file, or a tree shipped inside the binary.
struct TreeSource {
  /// The id of the default tree.
  static let defaultTree = "certification-readiness"

  /// The bytes of a tree and the name used in messages.
  struct Loaded {
    var bytes: [UInt8]
    var name: String
    /// Whether the tree is the copy built into the binary, not a file.
    var builtIn = false
  }

  /// The shipped trees' names (`certification-readiness`).
  static var shippedNames: [String] {
    EmbeddedTrees.files.map { String($0.name.dropLast(".json".count)) }
  }

  /// Reads the tree named by `--tree`: an existing file first, else a shipped tree by id or file name.
  static func load(_ name: String?) -> Loaded? {
    let name = name ?? defaultTree
    if FileStatus(path: name)?.kind == .regular, let read = try? FileReader.read(path: name, maximum: Int(Int32.max)) {
      return Loaded(bytes: read.bytes, name: name)
    }
    let base = name.split(separator: "/").last.map(String.init) ?? name
    let file = base.hasSuffix(".json") ? base : base + ".json"
    guard let shipped = EmbeddedTrees.files.first(where: { $0.name == file }) else { return nil }
    return Loaded(bytes: Array((shipped.json + "\n").utf8), name: "Trees/\(shipped.name)", builtIn: true)
  }

  /// Loads and validates the tree named by `--tree`, printing diagnostics on failure.
  static func validated(_ name: String?, context: inout CommandContext) -> ValidatedTree? {
    guard let loaded = load(name) else {
      context.fail(
        TreeNotFound(name: name ?? defaultTree, shipped: shippedNames))
      return nil
    }
    let check = TreeCheck(bytes: loaded.bytes, sourceName: loaded.name)
    guard let tree = check.tree else {
      for diagnostic in check.diagnostics where diagnostic.severity == .error {
        context.err.write(diagnostic.formatted(in: context.language) + "\n")
      }
      let errors = check.diagnostics.filter { $0.severity == .error }.count
      context.fail(CLIProblem.treeUnusable(name: loaded.name, errors: errors))
      return nil
    }
    return tree
  }
}
