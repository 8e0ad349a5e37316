import Testing

@testable import PixReadyIO

/// A CSV report line survives LibreOffice's default import, which splits on `;`, `,` and tabs.
struct CSVReportLineTests {
  @Test(arguments: [";", ",", "\t"] as [Character])
  func quotesACellHoldingAnyCommonSeparator(delimiter: Character) {
    let fields = ["a, b, c", "x; y", "t\tu", "plain"]
    let line = CSVReportFormatter.line(fields, delimiter: delimiter)
    let joined = ["\"a, b, c\"", "\"x; y\"", "\"t\tu\"", "plain"].joined(separator: String(delimiter))
    #expect(line == joined + "\r\n")
  }

  @Test func leavesACellWithoutSeparatorUnquoted() {
    #expect(CSVReportFormatter.line(["Lefèvre", "2NDE1"], delimiter: ";") == "Lefèvre;2NDE1\r\n")
  }
}
