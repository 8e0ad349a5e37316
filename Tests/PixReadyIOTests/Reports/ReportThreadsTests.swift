import PixReadyCore
import Testing

@testable import PixReadyIO

/// Markdown and HTML reports whose long lists (worklists, questions, every student by class) are
/// written on several threads: the same bytes as on one thread.
struct ReportThreadsTests {
  /// Enough rows for several ranges of ``ReportWriter/rowsPerPart`` in one class and in the
  /// worklists: six classes, names with text Markdown and HTML escape, every kind of result. Two
  /// rows in three have the first kind (its worklists are long, cut into several parts), some lists
  /// are short; the last class has only the fourth (its students gather at the end of the reading
  /// order). One class has one student, and rows of the sixth kind are rejected: each thread
  /// places the rows of its own classes, and leaves those.
  private static let text: String = {
    let kinds = [
      "oui;oui;Mediacentre;mail;oui", "oui;oui;Aucune;ENT;oui", "oui;oui;ines@example.fr;ENT;oui",
      "oui;oui;Mediacentre;ENT;non", "oui;oui;Mediacentre;ENT;oui", "peut-être;oui;Identifiant;ENT;oui",
      "oui;;Aucune;;",
    ]
    let rows = (0..<(3 * ReportWriter.rowsPerPart + 500)).map { n in
      let classe = n % 7 == 0 ? "2NDE10" : "2NDE\(n % 5 + 1)"
      let nom = n % 11 == 0 ? "O'Brien *\(n % 13)* <b>" : "Durand\(n % 97)"
      let kind = classe == "2NDE10" ? kinds[3] : n % 3 == 0 ? kinds[n % kinds.count] : kinds[0]
      return "0701\(n);\(nom);Léa\(n % 89);14/03/2009;\(classe);\(kind)\n"
    }
    let alone = "0702;Seule;Ana;01/02/2009;1ERE9;oui;oui;Mediacentre;ENT;oui\n"
    return
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
      + (rows[..<100] + [alone] + rows[100...]).joined()
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
    let items = ReportOutline(document).worklists.flatMap(\.items)
    #expect(items.contains { $0.count > ReportWriter.rowsPerPart })
    #expect(items.contains { $0.count < ReportWriter.rowsPerPart / 2 })
    #expect(markdown.contains("O'Brien") != anonymized)
    let outline = ReportOutline(document)
    #expect(!outline.rejected.isEmpty)
    #expect(outline.classes.indices.contains { outline.students(inClassAt: $0).count == 1 })
    for threads in [2, 3] {
      #expect(MarkdownReport(threads: threads).render(document) == markdown)
      #expect(HTMLReport(threads: threads).render(document) == html)
    }
  }
}
