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
  /// decoded) or compact (three workers on blocks of `blockSize`); with how many rows came compact.
  private static func document(
    _ bytes: [UInt8], compact: Bool, blockSize: Int, language: Language
  ) throws -> (document: ReportDocument, compactRows: Int) {
    let tree = try IOTestSupport.shippedTree()
    let reader = try CSVFileReader(input: .memory(bytes), path: "classe.csv")
    let header = try #require(reader.header)
    let columns = ColumnMap(headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, tree: tree)
    let context =
      compact
      ? BatchContext(workers: 3, blockSize: blockSize)
      : BatchContext(workers: 1, blockSize: 1 << 18, decodesEveryRow: true)
    let engine = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: [:]), formatter: SilentFormatter(),
      context: context)
    var document = ReportDocument(
      context: ReportContext(tree: tree, language: language, sourceName: "classe.csv", generatedAt: "t"))
    var output = Discard()
    var compactRows = 0
    let summary =
      compact
      ? try engine.run(
        .csv(reader), to: &output,
        observeRows: { rows in
          compactRows += rows.compact.filter { $0.entry != ObservedRows.nextFull }.count
          document.add(rows)
        }, compactRows: true)
      : try engine.run(.csv(reader), to: &output, observe: { document.add($0) })
    document.complete(with: summary)
    return (document, compactRows)
  }

  @Test(arguments: BatchEngineTests.dialects)
  func compactRowsMakeTheSameReports(dialect: BatchEngineTests.Dialect) throws {
    // Names spelt twice (« Léa » composed and decomposed), padded, empty (the INE is shown), classes
    // padded or empty, values not understood (rows given whole among compact ones), odd records.
    let bytes = ClassFileGenerator(
      encoding: dialect.encoding, delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, seed: 29
    ).bytes(rows: 600)
    // One language per dialect: the two paths differ in what they read, not in how they write.
    for language in [dialect.delimiter == "," ? Language.en : .fr] {
      let expected = try Self.document(bytes, compact: false, blockSize: 0, language: language).document
      let markdown = MarkdownReport().render(expected)
      let html = HTMLReport().render(expected)
      for blockSize in [64, 900, 1 << 18] {
        let got = try Self.document(bytes, compact: true, blockSize: blockSize, language: language)
        if blockSize > 64 { #expect(got.compactRows > 100, "most rows come compact") }
        #expect(got.document.summary == expected.summary)
        #expect(MarkdownReport().render(got.document) == markdown)
        #expect(HTMLReport().render(got.document) == html)
      }
    }
  }

  @Test func aPseudonymisingDocumentNeverGetsCompactRows() throws {
    // The run keeps rows compact only without an observer's pseudonymizer (its codes need the identity).
    let tree = try IOTestSupport.shippedTree()
    let bytes = ClassFileGenerator(seed: 5).bytes(rows: 50)
    let reader = try CSVFileReader(input: .memory(bytes), path: "classe.csv")
    let header = try #require(reader.header)
    let columns = ColumnMap(headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, tree: tree)
    var context = BatchContext(workers: 2, blockSize: 512)
    context.observerPseudonymizer = Pseudonymizer(key: Array("k".utf8))
    let engine = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: [:]), formatter: SilentFormatter(),
      context: context)
    var output = Discard()
    var compactRows = 0
    var wholeRows = 0
    let summary = try engine.run(
      .csv(reader), to: &output,
      observeRows: { rows in
        compactRows += rows.compact.count
        wholeRows += rows.full.count
      }, compactRows: true)
    #expect(compactRows == 0)
    #expect(wholeRows == summary.rows)
  }
}
