import Testing

@testable import PixReadyIO

/// The zip writer's archives read back through the project's own reader, checksums and all.
struct ZipWriterTests {
  @Test func writesStoredEntriesTheReaderExtractsIntact() throws {
    var writer = ZipWriter()
    writer.add("[Content_Types].xml", text: "<Types/>")
    writer.add("xl/worksheets/sheet1.xml", text: "<worksheet>Élèves é</worksheet>")
    writer.add("empty.bin", [])
    let bytes = writer.finish()
    #expect(ZipArchive.looksLikeArchive(bytes))
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "xl/worksheets/sheet1.xml", "empty.bin"])
    #expect(archive.entries.map(\.method) == [0, 0, 0])
    #expect(try archive.extract(archive.entries[1]) == Array("<worksheet>Élèves é</worksheet>".utf8))
    #expect(try archive.extract(archive.entries[2]) == [])
  }

  @Test func givesTheSameBytesForTheSameContent() {
    var first = ZipWriter()
    var second = ZipWriter()
    first.add("a.xml", text: "<a/>")
    second.add("a.xml", text: "<a/>")
    #expect(first.finish() == second.finish())
  }

  @Test func writesAnEmptyArchiveAsAnEndRecordOnly() throws {
    let bytes = ZipWriter().finish()
    #expect(bytes.count == 22)
    #expect(try ZipArchive(bytes: bytes).entries.isEmpty)
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
  func namesColumnsAsSpreadsheetsDo(column: Int, letters: String) {
    #expect(CellReference.letters(column) == letters)
    #expect(CellReference(letters + "12") == CellReference(column: column, row: 12))
  }

  @Test(arguments: ["", "12", "B", "b12", "B1C", "B0", "XFE1", "A10485760"])
  func refusesWhatIsNotACellReference(text: String) {
    #expect(CellReference(text) == nil)
  }
}
