import Testing

@testable import PixReadyIO

/// The texts a report writes once per row, held side by side: each comes back as it was given.
struct ByteTableTests {
  @Test(arguments: [
    [String](), [""], ["", ""], ["<tr class=\"student ready\" id=\"l", "", "é · ", "- [ ] 2NDE1 · "],
    (0..<300).map { String(repeating: "x", count: $0 % 17) },
  ])
  func everyTextComesBackAsGiven(texts: [String]) {
    let table = ByteTable(utf8: texts)
    #expect(table.count == texts.count)
    for (index, text) in texts.enumerated() {
      #expect(Array(table[index]) == Array(text.utf8))
    }
  }

  @Test func aReportWritesTheTextsItIsGiven() {
    let table = ByteTable([Array("Prêt".utf8), [], Array("Action".utf8)])
    var output = ""
    ReportWriter.write(to: &output, typesetIn: nil) { out in
      for index in [2, 1, 0, 2] { out.append(table[index]) }
    }
    #expect(output == "ActionPrêtAction")
  }
}
