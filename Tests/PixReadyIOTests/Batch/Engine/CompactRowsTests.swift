import PixReadyCore
import Testing

@testable import PixReadyIO

/// A report document fed compact rows (identity cells as bytes, no row built) is the document fed
/// whole rows one by one: the same Markdown and HTML, whatever the encoding, workers and blocks.
struct CompactRowsTests {
  /// Collects nothing: the Markdown and HTML runs write no row bytes.
  struct Discard: ByteOutputStream {
    func write(_ string: String) {}
    func write(bytes: UnsafeRawBufferPointer) {}
  }

  /// The document of `bytes`, its rows observed whole (`compact == false`, one worker, every row
  /// decoded) or compact (three workers on blocks of `blockSize`), pseudonymised under `key` when
  /// given; with how many rows came compact and how many whole.
  private static func document(
    _ bytes: [UInt8], compact: Bool, blockSize: Int, language: Language, key: String? = nil
  ) throws -> (document: ReportDocument, compactRows: Int, wholeRows: Int) {
    let tree = try IOTestSupport.shippedTree()
    let reader = try CSVFileReader(input: .memory(bytes), path: "classe.csv")
    let header = try #require(reader.header)
    let diagnoser = try IOTestSupport.diagnoser(headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) })
    let pseudonymizer = key.map { Pseudonymizer(key: Array($0.utf8), language: language) }
    var context =
      compact
      ? BatchContext(workers: 3, blockSize: blockSize)
      : BatchContext(workers: 1, blockSize: 1 << 18, decodesEveryRow: true)
    context.observerPseudonymizer = pseudonymizer
    let engine = BatchEngine(
      diagnoser: diagnoser, formatter: SilentFormatter(), context: context)
    var document = ReportDocument(
      context: ReportContext(tree: tree, language: language, sourceName: "classe.csv", generatedAt: "t"),
      pseudonymizer: pseudonymizer)
    var output = Discard()
    var compactRows = 0
    var wholeRows = 0
    let summary =
      compact
      ? try engine.run(
        .csv(reader), to: &output,
        observeRows: { rows in
          compactRows += rows.compact.filter { $0.entry != ObservedRows.nextFull }.count
          wholeRows += rows.full.count
          document.add(rows)
        }, compactRows: document.compactRequest)
      : try engine.run(.csv(reader), to: &output, observe: { document.add($0) })
    document.complete(with: summary)
    return (document, compactRows, wholeRows)
  }

  /// The Markdown and HTML of the document of `bytes` with compact rows are those with whole rows.
  private static func compare(
    _ bytes: [UInt8], blockSizes: [Int], language: Language, key: String?,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (compactRows: Int, wholeRows: Int) {
    let expected = try document(bytes, compact: false, blockSize: 0, language: language, key: key).document
    let markdown = MarkdownReport().render(expected)
    let html = HTMLReport().render(expected)
    var counts = (compactRows: 0, wholeRows: 0)
    for blockSize in blockSizes {
      let got = try document(bytes, compact: true, blockSize: blockSize, language: language, key: key)
      counts = (max(counts.compactRows, got.compactRows), max(counts.wholeRows, got.wholeRows))
      #expect(got.document.summary == expected.summary, sourceLocation: sourceLocation)
      #expect(MarkdownReport().render(got.document) == markdown, sourceLocation: sourceLocation)
      #expect(HTMLReport().render(got.document) == html, sourceLocation: sourceLocation)
    }
    return counts
  }

  @Test(arguments: BatchEngineTests.dialects)
  func compactRowsMakeTheSameReports(dialect: BatchEngineTests.Dialect) throws {
    // Names spelt twice (« Léa » composed and decomposed), padded, empty (the INE is shown), classes
    // padded or empty, values not understood (rows given whole among compact ones), odd records.
    let bytes = ClassFileGenerator(
      encoding: dialect.encoding, delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, seed: 29
    ).bytes(rows: 500)
    // One language per dialect: the two kinds of rows differ in what they read, not in how they are written.
    let language = dialect.delimiter == "," ? Language.en : .fr
    for key in [nil, "clé"] {
      let counts = try Self.compare(bytes, blockSizes: [900, 1 << 18], language: language, key: key)
      #expect(counts.compactRows > 50, "many rows come compact")
    }
  }

  @Test func rowsWithoutACodeComeWholeAmongCompactOnes() throws {
    // With pseudonyms: a row already a pseudonym keeps its name, a row with nothing to hide shows
    // what it has; both come whole, in order among the others.
    var text = "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    for index in 0..<120 {
      let identity =
        switch index % 6 {
        case 0: ";Élève 0123ABCD;;;2NDE1"
        case 1: ";;;;2NDE2"
        default: "07012340\(index % 10)AB;Roux\(index % 7);Léa;05/01/2009;2NDE\(index % 3)"
        }
      text += identity + ";oui;oui;Mediacentre;ENT\n"
    }
    for language in [Language.fr, .en] {
      let counts = try Self.compare(Array(text.utf8), blockSizes: [64, 1 << 18], language: language, key: "k")
      #expect(counts.compactRows == 80)
      #expect(counts.wholeRows == 40)
    }
  }
}
