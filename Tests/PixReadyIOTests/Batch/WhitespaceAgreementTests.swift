import PixReadyCore
import PixReadyIO
import Testing

/// One idea of whitespace: the validator, the column map and the answer reader agree on tabs,
/// no-break spaces, line breaks and trailing spaces.
struct WhitespaceAgreementTests {
  /// Tab, no-break space, narrow no-break space, ideographic space, two spaces, a line break.
  static let spaces = ["\t", "\u{00A0}", "\u{202F}", "\u{3000}", "  ", "\n"]

  @Test(arguments: spaces)
  func theColumnMapReadsAPaddedHeaderAsItsColumnAndKeepsItTrimmed(_ space: String) throws {
    let columns = ColumnMap(headers: ["nom", space + "siecle_a_jour" + space, space], tree: try tree())
    #expect(columns.facts["siecleImported"] == 1)
    #expect(columns.headers == ["nom", "siecle_a_jour", ""])
    #expect(columns.width == 2)
  }

  @Test(arguments: spaces)
  func theAnswerReaderReadsAPaddedAnswerAsTheAnswer(_ space: String) throws {
    let reader = AnswerReader(tree: try tree())
    #expect(reader.read(space + "oui" + space, for: "siecleImported") == .answer(.value("yes")))
    #expect(reader.read(space, for: "siecleImported") == .missing)
    #expect(
      reader.read(space + "Mediacentre" + space + ";" + space + "Adresse e-mail" + space, for: "orgaMethods")
        == .answer(.values(["mediacentre", "mail"])))
  }

  @Test(arguments: spaces)
  func theValidatorAndTheColumnMapSeeTheSameColumn(_ space: String) throws {
    let spaced = "siecle" + space + "a jour"
    let colliding = TreeCheck(
      bytes: Array(Self.json(first: "siecle a jour", second: spaced).utf8), sourceName: "t.json")
    #expect(
      colliding.diagnostics.filter { $0.severity == .error }.map(\.problem)
        == [.duplicateColumn(column: "siecle a jour", facts: ["first", "second"])])
    let apart = try #require(
      TreeCheck(bytes: Array(Self.json(first: "siecle_a_jour", second: "gar" + space).utf8), sourceName: "t.json").tree)
    let columns = ColumnMap(headers: ["Siècle" + space + "à jour" + space, space + "GAR"], tree: apart)
    #expect(columns.facts == ["first": 0, "second": 1])
  }

  private func tree() throws -> ValidatedTree { try IOTestSupport.shippedTree() }

  private static func json(first: String, second: String) -> String {
    func quoted(_ text: String) -> String {
      "\"" + text.map { $0 == "\t" ? "\\t" : $0 == "\n" ? "\\n" : String($0) }.joined() + "\""
    }
    return """
      {"format": "pixready-tree/1", "id": "columns", "version": "1", "title": "Colonnes", "start": "q1",
       "actors": [], "steps": [],
       "facts": [{"id": "first", "scope": "school", "type": "boolean", "question": "1 ?", "columns": [\(quoted(first))]},
                 {"id": "second", "scope": "school", "type": "boolean", "question": "2 ?", "columns": [\(quoted(second))]}],
       "nodes": [{"id": "q1", "kind": "question", "fact": "first", "answers": {"yes": "q2", "no": "q2"}},
                 {"id": "q2", "kind": "question", "fact": "second", "answers": {"yes": "end", "no": "end"}},
                 {"id": "end", "kind": "outcome", "title": "Fin"}]}
      """
  }
}
