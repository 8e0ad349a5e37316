import PixReadyCore
import PixReadyIO
import Testing

/// The order of the class file: classes in natural order, students without a class last.
struct ClassTemplateOrderTests {
  @Test func sortsClassesNaturallyThenNamesWithoutClassLast() throws {
    let template = ClassTemplate(tree: try IOTestSupport.shippedTree())
    let students = [("B", "2NDE10"), ("A", ""), ("C", "2NDE2"), ("b", "2NDE2"), ("É", "2NDE2")].map {
      StudentIdentity(values: [.nom: $0.0, .classe: $0.1])
    }
    let rows = template.render(students).split(separator: "\r\n").dropFirst()
    #expect(
      rows.map { String($0.split(separator: ";", omittingEmptySubsequences: false)[1]) } == ["b", "C", "É", "B", "A"])
  }

  @Test func listsDivisionsInNaturalOrder() {
    #expect(SiecleExport.sortedDivisions(["2NDE10", "", "2NDE2", "1G2", "2NDE2"]) == ["1G2", "2NDE2", "2NDE10"])
  }

  @Test func theClassFileAndTheSiecleDivisionsShareOneOrderWhateverTheCase() throws {
    let classes = ["2NDE10", "2nde2", "1g3", "2NDE1", "1G10", "2nde1"]
    let template = ClassTemplate(tree: try IOTestSupport.shippedTree())
    let rows = template.render(classes.map { StudentIdentity(values: [.nom: "X", .classe: $0]) })
      .split(separator: "\r\n").dropFirst()
    let written = rows.map { String($0.split(separator: ";", omittingEmptySubsequences: false)[4]) }
    // Before, the class file compared case first (every « 2NDE » before every « 2nde »).
    #expect(written == ["1g3", "1G10", "2NDE1", "2nde1", "2nde2", "2NDE10"])
    #expect(SiecleExport.sortedDivisions(classes) == written)
  }
}
