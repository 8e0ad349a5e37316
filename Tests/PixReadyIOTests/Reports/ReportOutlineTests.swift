import PixReadyCore
import Testing

@testable import PixReadyIO

/// The compact document: outcomes kept once, and the reading order worked out on indices.
struct ReportOutlineTests {
  @Test func keepsEachOutcomeOnceInTheOrderFirstMetWithItsCount() throws {
    var document = try Self.document()
    let rows: [(String, RowDiagnosis.Status)] = [
      ("A", .verdict(.ready)), ("B", .pending(fact: "siecleImported")), ("C", .verdict(.ready)),
      ("D", .verdict(.support)), ("E", .pending(fact: "siecleImported")), ("F", .verdict(.ready)),
    ]
    for (index, (name, status)) in rows.enumerated() {
      document.add(Self.row(index, name: name, status: status))
    }
    #expect(
      document.outcomes.map(\.status) == [.verdict(.ready), .pending(fact: "siecleImported"), .verdict(.support)])
    #expect(document.outcomeCounts == [3, 2, 1])
    #expect(document.summary.rows == 6)
    #expect(document.summary.verdicts == [.ready: 3, .support: 1])
    #expect(document.summary.pending == ["siecleImported": 2])
    #expect(document.lines == [2, 3, 4, 5, 6, 7])
  }

  @Test func tellsOutcomesApartByTheirStepsAndAnswers() throws {
    var document = try Self.document()
    let tree = try IOTestSupport.shippedTree()
    let step = try #require(tree.tree.steps.first)
    let trace = [Diagnosis.TraceEntry(node: "q1", fact: "siecleImported", answer: .value("yes"))]
    document.add(Self.row(0, name: "A", status: .verdict(.action), steps: [step]))
    document.add(Self.row(1, name: "B", status: .verdict(.action)))
    document.add(Self.row(2, name: "C", status: .verdict(.action), steps: [step], trace: trace))
    document.add(Self.row(3, name: "D", status: .verdict(.action), steps: [step]))
    #expect(document.outcomes.map(\.stepIDs) == [[step.id], [], [step.id]])
    #expect(document.outcomes.map(\.trace.count) == [0, 0, 1])
    #expect(document.outcomeCounts == [2, 1, 1])
  }

  @Test func readsClassesInNaturalOrderWithBothSpellingsAndNoClassLast() throws {
    var document = try Self.document()
    for (index, classe) in ["2NDE10", "", "2nde1", "2NDE2", "2NDE1", " 2NDE2 "].enumerated() {
      document.add(Self.row(index, name: "N\(index)", classe: classe))
    }
    let outline = ReportOutline(document)
    #expect(outline.classes == ["2NDE1", "2nde1", "2NDE2", "2NDE10", ""])
    let byClass = outline.classes.indices.map { outline.students(inClassAt: $0).map(\.line) }
    #expect(byClass == [[6], [4], [5, 7], [2], [3]])
    #expect(outline.counts(inClassAt: 2) == [.ready: 2])
  }

  @Test func sortsStudentsByNameKeysThenFirstNameThenLine() throws {
    var document = try Self.document()
    let rows: [(line: Int, nom: String, prenom: String)] = [
      (9, "Élie", "Zoé"), (4, "zola", "Ada"), (7, "elie", "zoe"), (3, "ÉLIE", "Adam"), (5, " Abel ", ""),
    ]
    for (index, row) in rows.enumerated() {
      let student = StudentIdentity(values: [.nom: row.nom, .prenom: row.prenom, .classe: "2NDE1"])
      document.add(RowDiagnosis(row: index + 1, line: row.line, student: student, status: .verdict(.ready)))
    }
    let outline = ReportOutline(document)
    let order = outline.students
    #expect(order.map(\.line) == [5, 3, 7, 9, 4])
    #expect(order.map(outline.name) == ["Abel", "ÉLIE Adam", "elie zoe", "Élie Zoé", "zola Ada"])
  }

  @Test func listsRejectedRowsByLineApartFromStudents() throws {
    var document = try Self.document()
    let error = RowError(code: .unknownValue, column: "methode_orga", value: "?", fact: nil, accepted: [])
    document.add(Self.row(0, name: "A", status: .error(error), line: 8))
    document.add(Self.row(1, name: "B", status: .verdict(.ready), line: 3))
    document.add(Self.row(2, name: "C", status: .error(error), line: 5))
    let outline = ReportOutline(document)
    #expect(outline.rejected.map(\.line) == [5, 8])
    #expect(outline.students.map(\.line) == [3])
    #expect(document.outcomeCounts == [2, 1])
  }

  private static func document() throws -> ReportDocument {
    let context = ReportContext(
      tree: try IOTestSupport.shippedTree(), language: .fr, sourceName: "c.csv", generatedAt: "now")
    return ReportDocument(context: context)
  }

  private static func row(
    _ index: Int, name: String, classe: String = "2NDE1", status: RowDiagnosis.Status = .verdict(.ready),
    steps: [Step] = [], trace: [Diagnosis.TraceEntry] = [], line: Int? = nil
  ) -> RowDiagnosis {
    let student = StudentIdentity(values: [.nom: name, .classe: classe])
    return RowDiagnosis(
      row: index + 1, line: line ?? index + 2, student: student, status: status, steps: steps, trace: trace)
  }
}
