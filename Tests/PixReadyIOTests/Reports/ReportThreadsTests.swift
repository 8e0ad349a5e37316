import PixReadyCore
import Testing

@testable import PixReadyIO

/// Markdown and HTML reports whose long lists (worklists, questions, every student by class) are
/// written on several threads: the same bytes as on one thread.
struct ReportThreadsTests {
  /// Enough rows for several ranges of ``ReportWriter/rowsPerPart`` in one class and in the
  /// worklists: six classes, names with text Markdown and HTML escape, every kind of result.
  private static let text: String = {
    let kinds = [
      "oui;oui;Mediacentre;ENT", "oui;;Aucune;", "oui;oui;ines@example.fr;ENT", "non;oui;Mediacentre;ENT",
      "oui;oui;Mediacentre;autre", "peut-être;oui;Mediacentre;ENT",
    ]
    let rows = (0..<(3 * ReportWriter.rowsPerPart + 500)).map { n in
      let classe = n % 7 == 0 ? "2NDE10" : "2NDE\(n % 5 + 1)"
      let nom = n % 11 == 0 ? "O'Brien *\(n % 13)* <b>" : "Durand\(n % 97)"
      return "0701\(n);\(nom);Léa\(n % 89);14/03/2009;\(classe);\(kinds[n % kinds.count])\n"
    }
    return "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
      + rows.joined()
  }()

  private static func document(language: Language, pseudonymizer: Pseudonymizer?) throws -> ReportDocument {
    let tree = try IOTestSupport.shippedTree()
    let context = ReportContext(tree: tree, language: language, sourceName: "c.csv", generatedAt: "t")
    let reader = try CSVFileReader(input: .memory(Array(text.utf8)), path: "c.csv")
    let engine = BatchEngine(
      diagnoser: try IOTestSupport.diagnoser(headers: try #require(reader.header).fields), formatter: SilentFormatter(),
      context: BatchContext(workers: 2))
    var document = ReportDocument(context: context, pseudonymizer: pseudonymizer)
    var ignored = ""
    let summary = try engine.run(.csv(reader), to: &ignored, observe: { document.add($0) })
    document.complete(with: summary)
    return document
  }

  @Test(arguments: [(Language.fr, false), (.en, false), (.fr, true)])
  func theReportsAreTheSameOnAnyNumberOfThreads(language: Language, anonymized: Bool) throws {
    let document = try Self.document(
      language: language, pseudonymizer: anonymized ? Pseudonymizer(key: Array("k".utf8), language: language) : nil)
    let markdown = MarkdownReport().render(document)
    let html = HTMLReport().render(document)
    // Several ranges per list: the threads had work to share.
    #expect(document.summary.rows > 3 * ReportWriter.rowsPerPart)
    #expect(markdown.contains("O'Brien") != anonymized)
    for threads in [2, 3] {
      #expect(MarkdownReport(threads: threads).render(document) == markdown)
      #expect(HTMLReport(threads: threads).render(document) == html)
    }
  }
}
