/// How a class-file column header is compared with the names a tree gives its facts: the one
/// normalisation used by the validator and by every reader of class files.
public enum ColumnKey {
  /// The comparison key of a header: case, accents, spaces, `_`, `-`, `.` and `'` do not matter
  /// (`Méthode Orga` = `methode_orga`).
  public static func key(_ header: String) -> String {
    String(Spelling.key(header).unicodeScalars.filter { !" _-.'".unicodeScalars.contains($0) }.map(Character.init))
  }

  /// The names a class file may use for a fact's column: its declared columns, then its id.
  public static func names(of fact: Fact) -> [String] {
    fact.columns + [fact.id]
  }
}
