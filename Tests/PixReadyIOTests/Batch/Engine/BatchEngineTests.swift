import Foundation
import PixReadyCore
import PixReadyTestSupport
import Testing

@testable import PixReadyIO

extension Result {
  /// The error of a failure, `nil` for a success.
  fileprivate var failureError: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

/// The batch engine writes the same report and summary whatever its workers and block size, and
/// rows decided from their bytes are the rows decoded one by one, byte for byte.
struct BatchEngineTests {
  /// Collects what is written.
  final class Sink: ByteOutputStream {
    var bytes: [UInt8] = []
    func write(_ string: String) { bytes += string.utf8 }
    func write(bytes: UnsafeRawBufferPointer) { self.bytes += bytes }
  }

  /// The report formats of `check`.
  enum Format: String, CaseIterable {
    case csvSemicolon, csvComma, csvTab, jsonLines, jsonDocument
    /// Markdown and HTML: no row bytes, every row observed.
    case silent
  }

  /// How a class file is saved.
  struct Dialect: CustomTestStringConvertible {
    var encoding: CSVEncoding
    var delimiter: Character
    var lineEnding: String
    var testDescription: String { "\(encoding.rawValue) \(delimiter.debugDescription) \(lineEnding.debugDescription)" }
  }

  static let dialects = [
    Dialect(encoding: .utf8, delimiter: ";", lineEnding: "\r\n"),
    Dialect(encoding: .utf8, delimiter: ",", lineEnding: "\n"),
    Dialect(encoding: .utf8, delimiter: "\t", lineEnding: "\r"),
    Dialect(encoding: .utf8, delimiter: ";", lineEnding: "mixed"),
    Dialect(encoding: .windows1252, delimiter: ";", lineEnding: "\r\n"),
    Dialect(encoding: .windows1252, delimiter: ",", lineEnding: "mixed"),
    Dialect(encoding: .iso885915, delimiter: "\t", lineEnding: "\n"),
    Dialect(encoding: .iso885915, delimiter: ";", lineEnding: "mixed"),
  ]

  private func formatter(_ format: Format, tree: ValidatedTree, language: Language) -> any ReportFormatter {
    let context = ReportContext(
      tree: tree, language: language, sourceName: "classe.csv", generatedAt: "2026-11-24T10:00:00Z")
    switch format {
    case .csvSemicolon: return CSVReportFormatter(context: context)
    case .csvComma: return CSVReportFormatter(context: context, delimiter: ",")
    case .csvTab: return CSVReportFormatter(context: context, delimiter: "\t", byteOrderMark: false)
    case .jsonLines: return JSONLinesFormatter(context: context)
    case .jsonDocument: return JSONDocumentFormatter(context: context)
    case .silent: return SilentFormatter()
    }
  }

  /// A batch run over `bytes`, as `pixready check` sets it up, and its reader.
  private func batch(
    _ bytes: [UInt8], format: Format, facts: Answers, language: Language = .fr,
    context: BatchContext = BatchContext(), hidden: Bool = false, compilesTable: Bool = true
  ) throws -> (BatchEngine, CSVFileReader) {
    let tree = try IOTestSupport.shippedTree()
    let reader = try CSVFileReader(input: .memory(bytes), path: "classe.csv")
    let header = try #require(reader.header)
    let diagnoser = try IOTestSupport.diagnoser(
      headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, commonAnswers: facts,
      compilesTable: compilesTable)
    let formatter = formatter(format, tree: tree, language: language)
    var context = context
    if hidden { context.pseudonymizer = Pseudonymizer(key: Array("clé".utf8), language: language) }
    return (BatchEngine(diagnoser: diagnoser, formatter: formatter, context: context), reader)
  }

  /// The reference run: one worker, every row decoded, blocks of 256 KiB.
  static let reference = BatchContext(workers: 1, blockSize: 1 << 18, decodesEveryRow: true)

  /// Runs `bytes` in `context`: the report, the summary or the error, the rows decided from their
  /// bytes and the rows observed (when `observed`).
  private func report(
    _ bytes: [UInt8], format: Format, facts: Answers, language: Language, context: BatchContext, hidden: Bool,
    observed: Bool, compilesTable: Bool = true
  ) throws -> (bytes: [UInt8], result: Result<BatchSummary, any Error>, byteRows: Int, rows: [RowDiagnosis]) {
    let (engine, reader) = try batch(
      bytes, format: format, facts: facts, language: language, context: context, hidden: hidden,
      compilesTable: compilesTable)
    var output = Sink()
    var rows: [RowDiagnosis] = []
    var observe: ((RowDiagnosis) -> Void)?
    if observed { observe = { rows.append($0) } }
    let result = Result { try engine.runCounting(.csv(reader), to: &output, observe: observe) }
    return (output.bytes, result.map(\.summary), (try? result.get().byteRows) ?? 0, rows)
  }

  /// The reports of `bytes` by the reference run and by 3 workers on blocks of `blockSize` bytes: the same bytes, summary (or error) and observed rows. Returns the rows and the fewest
  /// rows decided from their bytes.
  private func compare(
    _ bytes: [UInt8], format: Format, facts: Answers = [:], blockSize: Int = 1 << 18, language: Language = .fr,
    hidden: Bool = false, observed: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (rows: Int, fastRows: Int) {
    let expected = try report(
      bytes, format: format, facts: facts, language: language, context: Self.reference, hidden: hidden,
      observed: observed)
    var fewest = Int.max
    // The reference has one worker: this compares it with three.
    for workers in [3] {
      let context = BatchContext(workers: workers, blockSize: blockSize)
      let got = try report(
        bytes, format: format, facts: facts, language: language, context: context, hidden: hidden,
        observed: observed)
      fewest = min(fewest, got.byteRows)
      guard case .success(let expectedSummary) = expected.result else {
        // Both runs refuse the file the same way (a quote never closed).
        let expectedError = expected.result.failureError as? CSVInputError
        #expect(expectedError != nil, sourceLocation: sourceLocation)
        #expect(got.result.failureError as? CSVInputError == expectedError, sourceLocation: sourceLocation)
        return (0, 0)
      }
      if expected.bytes != got.bytes {
        let expectedLines = String(decoding: expected.bytes, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        let gotLines = String(decoding: got.bytes, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        let first =
          zip(expectedLines, gotLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
          ?? min(expectedLines.count, gotLines.count)
        let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
        let gotLine = first < gotLines.count ? String(gotLines[first]) : "<end>"
        Issue.record(
          Comment(
            rawValue:
              "\(workers) worker(s), blocks of \(blockSize): first difference at line \(first + 1):\n"
              + "expected: \(expectedLine)\ngot: \(gotLine)"),
          sourceLocation: sourceLocation)
      }
      #expect(try got.result.get() == expectedSummary, sourceLocation: sourceLocation)
      #expect(got.rows == expected.rows, sourceLocation: sourceLocation)
    }
    return ((try? expected.result.get().rows) ?? 0, fewest)
  }

  /// The report and summary of the reference run, which must throw.
  private func referenceRun(_ bytes: [UInt8], format: Format) throws -> BatchSummary {
    let (engine, reader) = try batch(bytes, format: format, facts: [:], context: Self.reference)
    var sink = Sink()
    return try engine.run(.csv(reader), to: &sink)
  }

  @Test(arguments: dialects, Format.allCases)
  func writesTheSameBytesOnAnyWorkersForEveryDialectAndFormat(dialect: Dialect, format: Format) throws {
    let generator = ClassFileGenerator(
      encoding: dialect.encoding, delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, seed: 7)
    let bytes = generator.bytes(rows: 300)
    for blockSize in [200, 1500, 1 << 18] {
      let counts = try compare(bytes, format: format, blockSize: blockSize)
      #expect(counts.rows > 250)
    }
    let facts: Answers = ["siecleImported": .value("yes"), "garAssigned": .value("no")]
    _ = try compare(bytes, format: format, facts: facts, blockSize: 700, language: .en)
    _ = try compare(bytes, format: format, blockSize: 1500, hidden: true)
    _ = try compare(bytes, format: format, facts: facts, blockSize: 700, language: .en, hidden: true)
  }

  /// A small file's rows are walked through the tree one by one, without compiling its table
  /// (`check` on a class): the same report, summary and observed rows as the reference, which
  /// decides every row from the table, and no row decided from its bytes.
  @Test(arguments: [dialects[0], dialects[5]], Format.allCases)
  func writesTheSameBytesWithoutTheTreesTable(dialect: Dialect, format: Format) throws {
    let generator = ClassFileGenerator(
      encoding: dialect.encoding, delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, seed: 11)
    let bytes = generator.bytes(rows: 300)
    let facts: Answers = ["siecleImported": .value("yes"), "garAssigned": .value("no")]
    for (facts, language, hidden) in [([:], Language.fr, false), (facts, .en, true)] as [(Answers, Language, Bool)] {
      let expected = try report(
        bytes, format: format, facts: facts, language: language, context: Self.reference, hidden: hidden,
        observed: true)
      for workers in [1, 3] {
        let got = try report(
          bytes, format: format, facts: facts, language: language, context: BatchContext(workers: workers),
          hidden: hidden, observed: true, compilesTable: false)
        #expect(got.bytes == expected.bytes, "\(workers) worker(s)")
        #expect(try got.result.get() == expected.result.get())
        #expect(got.rows == expected.rows)
        #expect(got.byteRows == 0, "without a table, no row is decided from its bytes")
      }
      #expect(try expected.result.get().rows > 250)
    }
  }

  @Test(arguments: [Format.csvSemicolon, .jsonLines])
  func noticesDamagedIdentitiesOnAnyWorkers(format: Format) throws {
    var text = "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    let identities = [
      "070123400AB;Roux;Léa;05/01/2009;2NDE1", "123;Durand;Zoé;05/01/09;3,00E+01",
      "070123401AB;Lefèvre;Noé;1/2/09;2NDE2",
      "4,5E+10;Martin;Anaïs;07/07/2009;1G1", "00000000123;Roux;Paul;17/09/2009;2NDE1",
    ]
    for index in 0..<400 { text += identities[index % identities.count] + ";oui;oui;ENT;ENT\n" }
    let summary = try referenceRun(Array(text.utf8), format: format)
    #expect(
      summary.identityDamage.findings.map(\.kind) == [
        .shortINE, .scientificNotation, .twoDigitYear, .scientificNotation,
      ])
    #expect(summary.identityDamage.findings.map(\.count) == [80, 80, 160, 80])
    #expect(summary.identityDamage.findings[0].lines == Array(stride(from: 3, to: 100, by: 5).prefix(20)))
    _ = try compare(Array(text.utf8), format: format, blockSize: 900)
  }

  @Test func decidesEveryOrdinaryRowFromItsBytes() throws {
    let bytes = ClassFileGenerator(odd: false, seed: 3).bytes(rows: 2000)
    let counts = try compare(bytes, format: .jsonLines, blockSize: 4096)
    #expect(counts.rows == 2000)
    #expect(counts.fastRows == 2000, "clean rows, rejected ones included, never need decoding")
  }

  /// Issue 17, point 1: a row with several bad cells lists them all, the same on any workers, and
  /// the summary names the same rejected rows.
  @Test(arguments: Format.allCases)
  func listsEveryBadCellOfARowOnAnyWorkers(format: Format) throws {
    var text = "ine;nom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
    for row in 0..<40 {
      switch row % 4 {
      case 0: text += "\(row);A;oui;oui;Mediacentr;Identifant;peut-etre\n"
      case 1: text += "\(row);B;oui;oui;Identifiants;ENT;oui\n"
      case 2: text += "\(row);C;oui;oui;Médiacentre et Identifiant;ENT;o\n"
      default: text += "\(row);D;oui;oui;fax;mail;peut-etre\n"
      }
    }
    let counts = try compare(Array(text.utf8), format: format, blockSize: 300)
    #expect(counts.rows == 40)
  }

  @Test func readsRecordByRecordWhenARecordIsLongerThanABlock() throws {
    let bytes = ClassFileGenerator(seed: 11).bytes(rows: 120)
    let counts = try compare(bytes, format: .jsonLines, blockSize: 64)
    #expect(counts.rows > 100)
  }

  @Test(arguments: ["", "\n", "\r\n", "oui\r\n"])
  func refusesAQuoteNeverClosedAtItsLineOnAnyWorkers(after: String) throws {
    var bytes = ClassFileGenerator(odd: false, seed: 5).bytes(rows: 50)
    let lines = String(decoding: bytes, as: UTF8.self).filter { $0 == "\n" || $0 == "\r\n" }.count
    bytes += Array("9AB;\"Jamais fermé;Léa;;1G1;oui;oui;ENT;ENT;oui\r\n".utf8) + Array(after.utf8)
    for format in Format.allCases {
      for blockSize in [300, 1 << 18] {
        #expect(throws: CSVInputError.unterminatedQuote(path: "classe.csv", line: lines + 1)) {
          try referenceRun(bytes, format: format)
        }
        #expect(try compare(bytes, format: format, blockSize: blockSize) == (0, 0))
      }
    }
  }

  /// Issue 15, point 17: a record of delimiters alone used to cost about 60 bytes per byte.
  @Test func refusesARecordWithMoreFieldsThanASpreadsheetOnAnyWorkers() throws {
    var bytes = ClassFileGenerator(odd: false, seed: 5).bytes(rows: 50)
    let lines = String(decoding: bytes, as: UTF8.self).filter { $0 == "\n" || $0 == "\r\n" }.count
    let accepted = bytes + [UInt8](repeating: UInt8(ascii: ";"), count: CSVScanner.maximumFields - 1) + [0x0A]
    #expect(try compare(accepted, format: .jsonLines, blockSize: 1 << 18).rows == 50, "16,384 fields are read")
    bytes += [UInt8](repeating: UInt8(ascii: ";"), count: CSVScanner.maximumFields) + Array("\nA;B\n".utf8)
    for format in Format.allCases {
      for blockSize in [300, 1 << 18] {
        let limit = CSVScanner.maximumFields
        #expect(throws: CSVInputError.tooManyFields(path: "classe.csv", line: lines + 1, limit: limit)) {
          try referenceRun(bytes, format: format)
        }
        #expect(try compare(bytes, format: format, blockSize: blockSize) == (0, 0))
      }
    }
  }

  /// Issue 17, point 5: a NUL byte after the first 64 KiB refuses the file as one within them does.
  @Test(arguments: [0, 1])
  func refusesANULByteAfterTheFirst64KiBOnAnyWorkers(position: Int) throws {
    var bytes = ClassFileGenerator(odd: false, seed: 5).bytes(rows: 3000)
    #expect(bytes.count > 80_000)
    let row = Array("9AB;NUL;Léa;;1G1;oui;oui;ENT;ENT;oui\r\n".utf8)
    bytes += row.prefix(5 + position) + [0] + row.dropFirst(5 + position) + Array("1AB;A;B;;1G1;oui\r\n".utf8)
    for format in [Format.csvSemicolon, .jsonLines] {
      for blockSize in [300, 1 << 18] {
        #expect(throws: CSVInputError.notText(path: "classe.csv", kind: .binary)) {
          try referenceRun(bytes, format: format)
        }
        #expect(try compare(bytes, format: format, blockSize: blockSize) == (0, 0))
      }
    }
  }

  /// A file of `asciiRows` plain rows, then `tail` (raw bytes), then ten more plain rows.
  private func lateAccentFile(asciiRows: Int, tail: [UInt8]) -> (bytes: [UInt8], tailLine: Int) {
    var text =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
      + "connait_identifiants\r\n"
    for row in 0..<asciiRows { text += "\(100_000 + row)AB;DURAND;Paul;01/02/2009;2NDE1;oui;oui;ENT;ENT;oui\r\n" }
    var bytes = Array(text.utf8) + tail
    for row in 0..<10 { bytes += Array("\(200_000 + row)AB;ROUX;Ana;01/02/2009;2NDE2;oui;oui;ENT;ENT;oui\r\n".utf8) }
    return (bytes, asciiRows + 2)
  }

  /// The JSON Lines report of `bytes` by the reference run, with its summary and reader; any workers agree.
  private func readBothWays(_ bytes: [UInt8]) throws -> (report: String, summary: BatchSummary, reader: CSVFileReader) {
    for blockSize in [300, 4096, 1 << 18] { _ = try compare(bytes, format: .jsonLines, blockSize: blockSize) }
    let (engine, reader) = try batch(bytes, format: .jsonLines, facts: [:], context: Self.reference)
    var sink = Sink()
    let summary = try engine.run(.csv(reader), to: &sink)
    return (String(decoding: sink.bytes, as: UTF8.self), summary, reader)
  }

  /// Issue 17, point 4: a Windows-1252 file whose first 64 KiB are plain ASCII.
  @Test func switchesOnceToWindows1252AtTheFirstAccentAfter64KiB() throws {
    let tail =
      Array("9AB;LEF".utf8) + [0xC8] + Array("VRE;Zo".utf8) + [0xE9] + Array(";;2NDE1;oui;oui;ENT;ENT;oui\r\n".utf8)
    let file = lateAccentFile(asciiRows: 1500, tail: tail)
    #expect(file.bytes.count > 70_000)
    let read = try readBothWays(file.bytes)
    #expect(read.summary.errors == 0)
    #expect(read.report.contains("\"nom\":\"LEFÈVRE\",\"prenom\":\"Zoé\""))
    #expect(read.reader.dialect.encoding == .windows1252)
    #expect(read.reader.encodingSwitchLine == file.tailLine)
  }

  /// The first accent after 64 KiB is UTF-8: the file stays UTF-8, and a later stray byte is that row's error.
  @Test func staysUTF8WhenTheFirstAccentAfter64KiBIsUTF8() throws {
    let tail =
      Array("9AB;LEFÈVRE;Zoé;;2NDE1;oui;oui;ENT;ENT;oui\r\n".utf8) + Array("8AB;LEF".utf8) + [0xC8]
      + Array("VRE;Paul;;2NDE1;oui;oui;ENT;ENT;oui\r\n".utf8)
    let read = try readBothWays(lateAccentFile(asciiRows: 1500, tail: tail).bytes)
    #expect(read.summary.errors == 1)
    #expect(read.report.contains("\"nom\":\"LEFÈVRE\",\"prenom\":\"Zoé\""))
    #expect(read.reader.dialect.encoding == .utf8)
    #expect(read.reader.encodingSwitchLine == nil)
  }

  /// Issue 15, point 9: one stray Windows-1252 byte among UTF-8 names in the first 64 KiB.
  @Test func keepsAUTF8FileWithOneStrayByteInUTF8() throws {
    var text =
      "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;"
      + "connait_identifiants\r\n"
    for row in 0..<20 { text += "\(100 + row)AB;LEFÈVRE;Zoé;01/02/2009;2NDE1;oui;oui;ENT;ENT;oui\r\n" }
    let bytes = Array(text.utf8) + Array("9AB;CAF".utf8) + [0xC9] + Array(";Léa;;2NDE1;oui;oui;ENT;ENT;oui\r\n".utf8)
    let read = try readBothWays(bytes)
    #expect(read.reader.dialect.encoding == .utf8)
    #expect(read.summary.errors == 1, "the row with the stray byte, and only it")
    #expect(read.report.components(separatedBy: "\"prenom\":\"Zoé\"").count == 21)
  }

  @Test(arguments: 1...12)
  func splitsAnyByteSoupAsTheReaderDoes(seed: Int) throws {
    var random = SplitMix(seed: UInt64(seed))
    let alphabet: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("\"".utf8), Array(";".utf8), Array("\n".utf8), Array("\r".utf8),
      Array(" ".utf8), Array("oui".utf8), Array("ENT".utf8), [0xC2, 0xA0], Array("\"\"".utf8),
    ]
    var bytes = Array(
      "ine;nom;prenom;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n".utf8)
    for _ in 0..<3000 { bytes += alphabet[Int(random.next() % UInt64(alphabet.count))] }
    for blockSize in [64, 100, 333, 1 << 18] {
      _ = try compare(bytes, format: .jsonLines, blockSize: blockSize)
    }
  }

  @Test(arguments: [
    "Examples/classe-2nde.csv", "Tests/PixReadyCLITests/Fixtures/check/class-utf8-bom-semicolon-crlf.csv",
    "Tests/PixReadyCLITests/Fixtures/check/class-windows1252-semicolon.csv",
    "Tests/PixReadyCLITests/Fixtures/check/class-iso885915-tab.csv",
    "Tests/PixReadyCLITests/Fixtures/check/class-utf8-comma-lf.csv",
    "Tests/PixReadyCLITests/Fixtures/check/class-blank-lines-trailing-columns.csv",
    "Tests/PixReadyCLITests/Fixtures/check/class-no-school-columns.csv",
  ])
  func readsTheShippedClassFilesTheSameOnAnyWorkers(path: String) throws {
    let bytes = Array(try Data(contentsOf: IOTestSupport.packageRoot.appendingPathComponent(path)))
    for format in Format.allCases {
      for blockSize in [100, 1 << 18] {
        _ = try compare(bytes, format: format, blockSize: blockSize)
        _ = try compare(bytes, format: format, facts: ["siecleImported": .value("yes")], blockSize: blockSize)
      }
    }
  }

  /// Inputs the fuzzing harness `fuzz-csv` found written differently on several workers: the
  /// same bytes now, in every format and language, with and without common answers and observers.
  @Test func writesTheFuzzersFindingsTheSameOnAnyWorkers() throws {
    let folder = IOTestSupport.packageRoot.appendingPathComponent("Tests/PixReadyIOTests/Fixtures/csv-crashes")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
      for format in Format.allCases {
        for language in [Language.fr, .en] {
          for facts: Answers in [[:], ["siecleImported": .value("yes")]] {
            for blockSize in [64, 256, 1 << 18] {
              for observed in [false, true] {
                _ = try compare(
                  bytes, format: format, facts: facts, blockSize: blockSize, language: language, observed: observed)
              }
            }
          }
        }
      }
    }
  }

  @Test func tellsProgressAtEveryMultipleOfItsStep() throws {
    let bytes = ClassFileGenerator(odd: false, seed: 9).bytes(rows: 1000)
    for context in [BatchContext(workers: 3, blockSize: 2000), Self.reference] {
      let (engine, reader) = try batch(bytes, format: .csvSemicolon, facts: [:], context: context)
      var output = Sink()
      var told: [Int] = []
      _ = try engine.run(.csv(reader), to: &output, progressEvery: 300) { told.append($0) }
      #expect(told == [300, 600, 900])
    }
  }

  /// A report format without a byte layout.
  struct OtherFormatter: ReportFormatter {
    func header() -> String { "" }
    func row(_ diagnosis: RowDiagnosis, index: Int) -> String { "\(diagnosis.row);\(index)\n" }
    func footer(_ summary: BatchSummary) -> String { "" }
  }

  @Test(arguments: [Format.csvSemicolon, .jsonLines, .jsonDocument])
  func pseudonymisesRowsTheSameWayOnAnyNumberOfWorkers(format: Format) throws {
    let bytes = ClassFileGenerator(seed: 4).bytes(rows: 200)
    let counts = try compare(bytes, format: format, blockSize: 500, hidden: true)
    #expect(counts.rows > 150)
    let clean = ClassFileGenerator(odd: false, seed: 3).bytes(rows: 500)
    let fast = try compare(clean, format: format, blockSize: 700, hidden: true).fastRows
    #expect(format == .jsonLines ? fast == 500 : fast > 400, "pseudonyms are written from the bytes")
  }

  /// Without INE the code comes from the names and birthdate; a name already pseudonymised, and a
  /// row with nothing to hide, are written as they are.
  @Test(arguments: [Format.csvSemicolon, .jsonLines], [Language.fr, .en])
  func pseudonymisesRowsWithoutINEOnAnyNumberOfWorkers(format: Format, language: Language) throws {
    // No birthdate column: an empty birthdate would send its row to the decoding path.
    var text = "nom;prenom;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    let identities = [
      "Durand;Léa;2NDE1", "DURAND;LEA;2NDE1", "Élève 0A1B2C3D;;2NDE2", "Student 0A1B2C3D;;2NDE2",
      "Élève 0a1b2c3d;;2NDE2", ";;2NDE3", "Roux;;1G1", "Élève FC897D67;Zoé;1G1",
    ]
    for index in 0..<160 { text += identities[index % identities.count] + ";oui;oui;ENT;ENT\n" }
    let counts = try compare(Array(text.utf8), format: format, blockSize: 300, language: language, hidden: true)
    #expect(counts == (160, 160))
  }

  @Test func decodesEveryRowOfAFormatWithoutByteLayout() throws {
    let reader = try CSVFileReader(input: .memory(ClassFileGenerator().bytes(rows: 30)), path: "classe.csv")
    let other = BatchEngine(
      diagnoser: try diagnoser(of: reader), formatter: OtherFormatter(),
      context: BatchContext(workers: 2, blockSize: 200))
    var output = Sink()
    let result = try other.runCounting(.csv(reader), to: &output)
    #expect(result.byteRows == 0)
    #expect(String(decoding: output.bytes, as: UTF8.self).hasPrefix("1;0\n2;1\n"))
  }

  /// The diagnoser `check` builds for the file `reader` reads.
  private func diagnoser(of reader: CSVFileReader) throws -> BatchDiagnoser {
    let tree = try IOTestSupport.shippedTree()
    let header = try #require(reader.header)
    let columns = ColumnMap(headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, tree: tree)
    return BatchDiagnoser(tree: tree, columns: columns, commonAnswers: [:])
  }

  @Test(arguments: [Format.csvSemicolon, .jsonDocument, .silent])
  func handsObserversEveryRowInInputOrderWhateverTheWorkers(format: Format) throws {
    let bytes = ClassFileGenerator(seed: 13).bytes(rows: 400)
    for blockSize in [64, 700, 1 << 18] {
      let counts = try compare(bytes, format: format, blockSize: blockSize, observed: true)
      #expect(counts.rows > 350)
      // Observing sends no row to the decoding path: observed rows are built from their bytes too.
      let unobserved = try compare(bytes, format: format, blockSize: blockSize)
      #expect(counts.fastRows == unobserved.fastRows)
      if blockSize > 64 { #expect(counts.fastRows > 0) }
      // With pseudonyms written, observers still see who the rows are (the SIECLE cross-check).
      _ = try compare(bytes, format: format, blockSize: blockSize, hidden: true, observed: true)
    }
    let (engine, reader) = try batch(
      bytes, format: format, facts: [:], context: BatchContext(workers: 3, blockSize: 300))
    var output = Sink()
    var rows: [Int] = []
    let summary = try engine.run(.csv(reader), to: &output, observe: { rows.append($0.row) })
    #expect(rows == Array(1...summary.rows))
  }
}
