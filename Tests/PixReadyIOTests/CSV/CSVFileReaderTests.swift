import PixReadyIO
import Testing

struct CSVFileReaderTests {
  /// Reads all records of `bytes`, header first.
  private func records(_ bytes: [UInt8], chunkSize: Int = 1 << 20, encoding: CSVEncoding? = nil) throws -> (
    CSVDialect, [SourceRecord]
  ) {
    let reader = try CSVFileReader(input: .memory(bytes), path: "t.csv", encoding: encoding, chunkSize: chunkSize)
    var all = [try #require(reader.header)]
    while let record = try reader.nextRecord() { all.append(record) }
    return (reader.dialect, all)
  }

  private func records(_ text: String, chunkSize: Int = 1 << 20) throws -> (CSVDialect, [SourceRecord]) {
    try records(Array(text.utf8), chunkSize: chunkSize)
  }

  /// A file under 64 KiB, read whole when the reader opens, is a class: `check` then walks its
  /// rows through the tree without compiling the tree's table.
  @Test(arguments: [(12, true), (1_000, true), ((1 << 16) - 1, true), (1 << 16, false), (3 << 20, false)])
  func tellsASmallFile(size: Int, small: Bool) throws {
    let header = Array("nom;classe\n".utf8)
    let bytes = header + [UInt8](repeating: UInt8(ascii: "a"), count: size - header.count)
    let reader = try CSVFileReader(input: .memory(bytes), path: "t.csv")
    #expect(reader.isSmall == small, "\(size) bytes")
  }

  @Test func readsSemicolonUTF8WithByteOrderMarkAndCRLF() throws {
    let (dialect, all) = try records("\u{FEFF}nom;prénom\r\nDurand;Léa\r\nMartin;Noé\r\n")
    #expect(dialect == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), byteOrderMark: true))
    #expect(
      all == [
        SourceRecord(fields: ["nom", "prénom"], line: 1), SourceRecord(fields: ["Durand", "Léa"], line: 2),
        SourceRecord(fields: ["Martin", "Noé"], line: 3),
      ])
  }

  @Test func keepsDelimitersQuotesAndLineBreaksInsideQuotesAndCountsPhysicalLines() throws {
    let text = "nom,methode\n\"Durand, Léa\",\"Identifiant\nAdresse e-mail\"\n\"Le \"\"Grand\"\"\",Aucune\n"
    let (dialect, all) = try records(text)
    #expect(dialect.delimiter == UInt8(ascii: ","))
    #expect(
      all == [
        SourceRecord(fields: ["nom", "methode"], line: 1),
        SourceRecord(fields: ["Durand, Léa", "Identifiant\nAdresse e-mail"], line: 2),
        SourceRecord(fields: ["Le \"Grand\"", "Aucune"], line: 4),
      ])
  }

  @Test func detectsTabDelimiterAndLoneCarriageReturns() throws {
    let (dialect, all) = try records("nom\tclasse\rDurand\t2NDE1\rMartin\t2NDE2")
    #expect(dialect.delimiterName == "tab")
    #expect(all.map(\.fields) == [["nom", "classe"], ["Durand", "2NDE1"], ["Martin", "2NDE2"]])
    #expect(all.map(\.line) == [1, 2, 3])
  }

  @Test func detectsTheDelimiterAfterABlankFirstLineWithCarriageReturnsOnly() throws {
    let (dialect, all) = try records("\rnom,classe\rDurand,2NDE1\r")
    #expect(dialect.delimiterName == ",")
    #expect(all.map(\.fields) == [["nom", "classe"], ["Durand", "2NDE1"]])
  }

  @Test func skipsBlankLinesButKeepsLineNumbersAndTrailingEmptyColumns() throws {
    let (_, all) = try records("\n\nnom;classe;;\n\nDurand;2NDE1;;\n;;;\nMartin;;\n")
    #expect(all.map(\.fields) == [["nom", "classe", "", ""], ["Durand", "2NDE1", "", ""], ["Martin", "", ""]])
    #expect(all.map(\.line) == [3, 5, 7])
  }

  @Test func detectsWindows1252FromExcelBytes() throws {
    // « Léa » with é = 0xE9 and « Cœur » with œ = 0x9C, as Excel saves them on a French Windows.
    let bytes: [UInt8] = Array("nom;prenom\nC".utf8) + [0x9C] + Array("ur;L".utf8) + [0xE9] + Array("a\n".utf8)
    let (dialect, all) = try records(bytes)
    #expect(dialect.encoding == .windows1252)
    #expect(all[1].fields == ["Cœur", "Léa"])
  }

  @Test func detectsISO885915FromLatin9Letters() throws {
    // « Œuvray » with Œ = 0xBC in ISO-8859-15, and é = 0xE9.
    let bytes: [UInt8] = Array("nom;prenom\n".utf8) + [0xBC] + Array("uvray;L".utf8) + [0xE9] + Array("o\n".utf8)
    let (dialect, all) = try records(bytes)
    #expect(dialect.encoding == .iso885915)
    #expect(all[1].fields == ["Œuvray", "Léo"])
  }

  @Test func marksAFieldThatIsNotValidTextInTheForcedEncoding() throws {
    let bytes: [UInt8] = Array("nom;prenom\nDurand;L".utf8) + [0xE9] + Array("a\nMartin;Noé\n".utf8)
    let (_, all) = try records(bytes, encoding: .utf8)
    #expect(all[1].problem == .undecodableFields([1]))
    #expect(all[2] == SourceRecord(fields: ["Martin", "Noé"], line: 3))
  }

  /// Reading on would put the rest of the file (other students, ignored columns) in one cell.
  @Test func refusesAQuoteNeverClosedNamingItsLine() throws {
    #expect(throws: CSVInputError.unterminatedQuote(path: "t.csv", line: 2)) {
      try records("nom;classe\nDurand;\"2NDE1\nMartin;2NDE2\n")
    }
    #expect(throws: CSVInputError.unterminatedQuote(path: "t.csv", line: 1)) {
      try records("nom;\"classe\nDurand;2NDE1\n")
    }
  }

  @Test func keepsTextAfterAClosingQuoteAsWritten() throws {
    let (_, all) = try records("nom;classe\n\"Durand\" Léa;2NDE1\n")
    #expect(all[1].fields == ["\"Durand\" Léa", "2NDE1"])
  }

  @Test(arguments: [16, 17, 31, 64, 1 << 20])
  func givesTheSameRecordsWhateverTheChunkSize(chunkSize: Int) throws {
    var text = "nom;methode;remarque\r\n"
    for index in 0..<200 {
      text += "\"Élève \(index)\";\"Identifiant\nAdresse e-mail\";\"dit \"\"oui\"\"; puis \(index)\"\r\n"
      if index % 7 == 0 { text += "\r\n" }
    }
    let expected = try records(text)
    let chunked = try records(text, chunkSize: chunkSize)
    #expect(chunked.1 == expected.1)
    #expect(chunked.1.count == 201)
    #expect(chunked.1.last?.line == 2 + 199 * 2 + 29)
  }

  @Test func refusesAWorkbook() {
    #expect(throws: CSVInputError.notText(path: "t.csv", kind: .zipWorkbook)) {
      try records([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
    }
  }

  @Test func refusesUTF16() {
    #expect(throws: CSVInputError.utf16(path: "t.csv")) { try records([0xFF, 0xFE, 0x6E, 0x00]) }
  }

  @Test func refusesAFileWithoutAnyLine() {
    #expect(throws: CSVInputError.empty(path: "t.csv")) { try records("\n\r\n  \n") }
  }

  @Test(arguments: ["utf8", "UTF-8", "cp1252", "Windows-1252", "latin9", "ISO-8859-15"])
  func namesEncodingsAsPeopleWriteThem(name: String) {
    #expect(CSVEncoding(name: name) != nil)
  }
}
