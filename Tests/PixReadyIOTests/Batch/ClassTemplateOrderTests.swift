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
}
