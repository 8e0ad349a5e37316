import PixReadyCore
import Testing

@testable import PixReadyIO

/// Pseudonym codes worked out on the workers for an anonymised document: the document they make is
/// the one it makes computing every code itself, and a code made under another key is not used.
struct ObservedPseudonymTests {
  private let key = Pseudonymizer(key: Array("k".utf8))
  private let otherKey = Pseudonymizer(key: Array("other".utf8))

  /// Rows with and without INE, a row with nothing to hide, a row already a pseudonym, a rejected
  /// row; forty times over, so that rows are decided from their bytes (a worker decodes the first
  /// row of each outcome it meets, and some outcomes always). Each time with other INE and names,
  /// so that no two codes of a block are the same.
  private let text =
    "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    + (10..<50).map { n in
      """
      0701234\(n)AB;Durand\(n);Léa;14/03/2009;2NDE1;oui;oui;Mediacentre;ENT
      ;Martin\(n);Hugo;02/05/2009;2NDE1;oui;;Aucune;
      ;;;;2NDE2;;;;
      9F86D081;Élève 9F86D081;;;2NDE2;oui;oui;Mediacentre;ENT
      1234567\(n)AB;Petit\(n);Inès;;2NDE2;oui;oui;ines@example.fr;ENT

      """
    }.joined()

  /// The anonymised Markdown report of `text` read on 2 workers, the document pseudonymised with
  /// `key`, the workers working codes out under `observer`; and the rows the document was given.
  private func markdown(observer: Pseudonymizer?) throws -> (report: String, rows: [RowDiagnosis]) {
    let tree = try IOTestSupport.shippedTree()
    let context = ReportContext(tree: tree, language: .fr, sourceName: "c.csv", generatedAt: "t", anonymized: true)
    let reader = try CSVFileReader(input: .memory(Array(text.utf8)), path: "c.csv")
    let columns = ColumnMap(headers: try #require(reader.header).fields, tree: tree)
    let engine = BatchEngine(
      diagnoser: BatchDiagnoser(tree: tree, columns: columns, commonAnswers: [:]), formatter: SilentFormatter(),
      context: BatchContext(workers: 2, observerPseudonymizer: observer))
    var document = ReportDocument(context: context, pseudonymizer: key)
    var rows: [RowDiagnosis] = []
    var ignored = ""
    let summary = try engine.run(
      .csv(reader), to: &ignored,
      observe: {
        rows.append($0)
        document.add($0)
      })
    document.complete(with: summary)
    var report = ""
    MarkdownReport().write(document, to: &report)
    return (report, rows)
  }

  @Test func theWorkersCodesMakeTheSameDocument() throws {
    let (reference, plain) = try markdown(observer: nil)
    let (report, rows) = try markdown(observer: key)
    #expect(plain.allSatisfy { $0.observedCode == nil })
    // Rows decided from their bytes with something to hide carry their code; the others none.
    let carried = rows.filter { $0.observedCode?.code != nil }
    let fromBytes = rows.filter { $0.tableEntry >= 0 && !$0.student[.nom].isEmpty }
    #expect(fromBytes.count >= 40)
    #expect(fromBytes.allSatisfy { $0.observedCode?.code != nil || Pseudonymizer.isPseudonym($0.student) })
    #expect(carried.allSatisfy { $0.student[.nom] != "" && !Pseudonymizer.isPseudonym($0.student) })
    // Worked out eight at a time at each block's end, each code is still its own row's.
    #expect(carried.allSatisfy { $0.observedCode?.code == key.codeNumber(for: $0.student) })
    #expect(rows.filter { Pseudonymizer.isPseudonym($0.student) }.allSatisfy { $0.observedCode == nil })
    #expect(rows.filter { $0.student[.nom].isEmpty }.allSatisfy { $0.observedCode?.code == nil })
    #expect(report == reference)
    #expect(report.contains("Élève 9F86D081"))
    for personal in ["Durand", "Léa", "Martin", "Hugo", "Petit", "Inès", "ines@example.fr", "070123410AB"] {
      #expect(!report.contains(personal), "« \(personal) »")
    }
  }

  @Test func aCodeMadeUnderAnotherKeyIsNotUsed() throws {
    let (reference, _) = try markdown(observer: nil)
    let (report, rows) = try markdown(observer: otherKey)
    #expect(rows.contains { $0.observedCode?.code != nil })
    #expect(report == reference)
  }
}
