/// Loads a tree from the bytes of its JSON file.
///
/// Loading checks the JSON and the shape of every member; it collects every problem it can see
/// instead of stopping at the first. Cross-references and exhaustiveness are checked afterwards
/// by ``TreeValidator``.
public struct TreeLoader: Sendable {
  /// What loading produced: a tree when the file could be read, and every diagnostic.
  public struct Result: Sendable {
    /// The tree, when the file's shape allowed building one (it may still have errors).
    public var tree: DecisionTree?
    /// Every problem found, errors and warnings.
    public var diagnostics: [Diagnostic]
    /// The tree's identity (id, version, content hash), when the tree could be built.
    public var identity: TreeIdentity?
  }

  /// The file name used in messages.
  public var sourceName: String

  /// Creates a loader whose messages name `sourceName`.
  public init(sourceName: String) {
    self.sourceName = sourceName
  }

  /// Loads a tree from the bytes of a JSON file.
  public func load(_ bytes: some Collection<UInt8>) -> Result {
    let byteArray = Array(bytes)
    guard let text = String(validating: byteArray, as: UTF8.self) else {
      let location = SourceLocation(file: sourceName, line: 1, column: 1)
      return Result(tree: nil, diagnostics: [Diagnostic(.error, .notUTF8, at: location)])
    }
    var parser = JSONParser(text: text)
    let root: JSONValue
    do {
      root = try parser.parseDocument()
    } catch {
      let location = SourceLocation(file: sourceName, position: error.position)
      return Result(
        tree: nil,
        diagnostics: [Diagnostic(.error, .syntax(expected: error.expected, found: error.found), at: location)])
    }
    var reader = JSONObjectReader(file: sourceName)
    let tree = reader.tree(root)
    let identity = tree.map {
      TreeIdentity(id: $0.id, version: $0.version, contentHash: SHA256.hex(of: byteArray).prefix(16).description)
    }
    return Result(tree: tree, diagnostics: reader.diagnostics, identity: identity)
  }
}

extension JSONObjectReader {
  fileprivate static let treeKeys = [
    "format", "id", "version", "title", "source", "subject", "start", "actors", "facts", "steps", "nodes", "comment",
  ]

  fileprivate mutating func tree(_ root: JSONValue) -> DecisionTree? {
    guard let object = object(root, path: "$", keys: Self.treeKeys) else { return nil }
    if let format = string(object, "format"), format != DecisionTree.format {
      report(.error, .unsupportedFormat(found: format), at: object.members["format"]?.value.position, path: "$.format")
    }
    let id = identifier(object)
    let version = string(object, "version")
    let title = text(object, "title")
    let source = text(object, "source", required: false)
    var subject = Subject.student
    if let value = member(object, "subject", required: false), let named = self.subject(value, path: "$.subject") {
      subject = named
    }
    let start = string(object, "start")
    let actors = array(object, "actors", required: true).enumerated().compactMap { actor($1, path: "$.actors[\($0)]") }
    let facts = array(object, "facts", required: true).enumerated().compactMap { fact($1, path: "$.facts[\($0)]") }
    let steps = array(object, "steps", required: true).enumerated().compactMap { step($1, path: "$.steps[\($0)]") }
    let nodes = array(object, "nodes", required: true).enumerated().compactMap { node($1, path: "$.nodes[\($0)]") }
    guard let id, let version, let title, let start else { return nil }
    return DecisionTree(
      id: id, version: version, title: title, source: source, subject: subject, start: start, actors: actors,
      facts: facts,
      steps: steps, nodes: nodes, startPosition: object.members["start"]?.value.position)
  }

  private mutating func subject(_ value: JSONValue, path: String) -> Subject? {
    let keys = ["singular", "plural", "of", "this", "next", "comment"]
    guard let object = object(value, path: path, keys: keys) else { return nil }
    let singular = text(object, "singular")
    let plural = text(object, "plural")
    let of = text(object, "of")
    let this = text(object, "this")
    let next = text(object, "next")
    guard let singular, let plural, let of, let this, let next else { return nil }
    return Subject(singular: singular, plural: plural, of: of, this: this, next: next)
  }

  private mutating func actor(_ value: JSONValue, path: String) -> Actor? {
    guard let object = object(value, path: path, keys: ["id", "label", "comment"]) else { return nil }
    guard let id = identifier(object), let label = text(object, "label") else { return nil }
    return Actor(id: id, label: label, position: value.position)
  }

  private mutating func step(_ value: JSONValue, path: String) -> Step? {
    let keys = ["id", "actors", "title", "detail", "source", "escalates", "comment"]
    guard let object = object(value, path: path, keys: keys) else { return nil }
    let id = identifier(object)
    let actors = strings(object, "actors", required: true)
    let title = text(object, "title")
    let detail = text(object, "detail")
    let source = string(object, "source", required: false)
    let escalates = bool(object, "escalates") ?? false
    guard let id, let title, let detail else { return nil }
    return Step(
      id: id, actors: actors, title: title, detail: detail, source: source, escalates: escalates,
      position: value.position)
  }
}
