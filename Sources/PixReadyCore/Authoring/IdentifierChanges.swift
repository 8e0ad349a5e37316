/// The ids of one kind added, removed, renamed or changed between two versions of a tree.
///
/// A rename is a guess: a removed id and an added id of the same kind whose content, the id aside,
/// is the same. « Content » is the French label for actors and values, the type and question for
/// facts, the French title for steps, and for nodes: the headline and steps of an outcome, the fact
/// of a question, the conditions of a branch. Pairs are matched one to one in file order.
public struct IdentifierChanges: Sendable, Equatable {
  /// An id that seems renamed.
  public struct Rename: Sendable, Equatable {
    /// The id in the old version.
    public var old: String
    /// The id in the new version.
    public var new: String

    /// Creates a rename.
    public init(old: String, new: String) {
      self.old = old
      self.new = new
    }
  }

  /// The kind of id.
  public var kind: IdentifierKind
  /// For values: the fact they belong to (its new id).
  public var fact: String?
  /// Ids only in the new version (renames aside), in its order.
  public var added: [String]
  /// Ids only in the old version (renames aside), in its order.
  public var removed: [String]
  /// Ids that seem renamed.
  public var renamed: [Rename]
  /// Ids in both versions whose content changed (texts, actors, questions, edges…).
  public var modified: [String]

  /// Creates the changes of one kind.
  public init(
    kind: IdentifierKind, fact: String? = nil, added: [String] = [], removed: [String] = [], renamed: [Rename] = [],
    modified: [String] = []
  ) {
    self.kind = kind
    self.fact = fact
    self.added = added
    self.removed = removed
    self.renamed = renamed
    self.modified = modified
  }

  /// Whether nothing changed.
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && renamed.isEmpty && modified.isEmpty }

  /// Compares two lists of `(id, signature, content)`: the signature finds renames, the content
  /// finds modifications.
  static func compare(
    _ kind: IdentifierKind, fact: String? = nil, old: [Entry], new: [Entry]
  ) -> IdentifierChanges {
    var changes = IdentifierChanges(kind: kind, fact: fact)
    let oldIDs = Set(old.map(\.id))
    let newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var added = new.filter { !oldIDs.contains($0.id) }
    for entry in old {
      if let kept = newByID[entry.id] {
        if kept.content != entry.content { changes.modified.append(entry.id) }
      } else if let index = added.firstIndex(where: { $0.signature == entry.signature }) {
        changes.renamed.append(Rename(old: entry.id, new: added[index].id))
        added.remove(at: index)
      } else {
        changes.removed.append(entry.id)
      }
    }
    changes.added = added.map(\.id)
    return changes
  }

  /// One declaration: its id, what identifies it without the id, and its whole content.
  struct Entry {
    var id: String
    var signature: String
    var content: String
  }
}
