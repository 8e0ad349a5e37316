import PixReadyCore
import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// The SIECLE cross-check fed compact rows (those its screen finds surely unknown to SIECLE, as
/// bytes) finds what it finds fed every row whole, one by one: the same findings, in the same order,
/// the same mismatch and the same students missing, whatever the encoding, workers and blocks.
struct CompactRosterRowsTests {
  /// What a cross-check ends with.
  private struct Outcome: Equatable {
    var findings: [RosterFinding]
    var mismatch: RosterCrossCheck.Mismatch?
    var missing: Int
  }

  /// The rows of `bytes`, decoded one by one.
  private static func rows(_ bytes: [UInt8]) throws -> [RowDiagnosis] {
    var rows: [RowDiagnosis] = []
    _ = try run(bytes, context: BatchContext(workers: 1, blockSize: 1 << 18, decodesEveryRow: true), request: nil) {
      rows += $0.full
    }
    return rows
  }

  /// Runs the engine over `bytes`, handing each block's rows to `observe`.
  private static func run(
    _ bytes: [UInt8], context: BatchContext, request: ObservedRows.Request?,
    observe: @escaping (ObservedRows) -> Void
  ) throws -> BatchSummary {
    let reader = try CSVFileReader(input: .memory(bytes), path: "classe.csv")
    let header = try #require(reader.header)
    let engine = BatchEngine(
      diagnoser: try IOTestSupport.diagnoser(headers: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }),
      formatter: SilentFormatter(), context: context)
    var output = CompactRowsTests.Discard()
    return try engine.run(.csv(reader), to: &output, observeRows: observe, compactRows: request)
  }

  /// The cross-check of `bytes` against `export`, fed whole rows or compact ones on three workers
  /// with blocks of `blockSize`, on the calling thread or (as `check` runs it) on its own; with how
  /// many rows came compact.
  private static func check(
    _ bytes: [UInt8], export: SiecleExport, compact: Bool, blockSize: Int, onItsThread: Bool = false
  ) throws -> (Outcome, compactRows: Int) {
    var check = RosterCrossCheck(export: export, scope: .rosterDivisions, currentYear: 2026)
    var compactRows = 0
    let context =
      compact
      ? BatchContext(workers: 3, blockSize: blockSize)
      : BatchContext(workers: 1, blockSize: 1 << 18, decodesEveryRow: true)
    let request = compact ? ObservedRows.Request(screen: check.screen) : nil
    let thread = onItsThread ? ObserverThread(check) { $0.add($1) } : nil
    let summary = try run(bytes, context: context, request: request) { rows in
      compactRows += rows.compact.filter { $0.entry != ObservedRows.nextFull }.count
      if let thread { thread.add(rows) } else { check.add(rows) }
    }
    if let thread { check = thread.finish() }
    check.complete(with: summary)
    return (Outcome(findings: check.findings(), mismatch: check.mismatch, missing: check.missingCount), compactRows)
  }

  /// Compares the two ways over `blockSizes`; returns the most rows that came compact.
  private static func compare(
    _ bytes: [UInt8], export: SiecleExport, blockSizes: [Int],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Int {
    let expected = try check(bytes, export: export, compact: false, blockSize: 0).0
    var most = 0
    for blockSize in blockSizes {
      let got = try check(bytes, export: export, compact: true, blockSize: blockSize)
      #expect(got.0 == expected, "blocks of \(blockSize)", sourceLocation: sourceLocation)
      most = max(most, got.compactRows)
    }
    // Small blocks, more of them than the thread's queue holds.
    let onItsThread = try check(bytes, export: export, compact: true, blockSize: 512, onItsThread: true)
    #expect(onItsThread.0 == expected, "on its thread", sourceLocation: sourceLocation)
    return most
  }

  /// A SIECLE student with `identity`'s cells.
  private static func student(_ id: Int, _ identity: StudentIdentity, ine: String? = nil, left: Bool = false)
    -> SiecleStudent
  {
    SiecleStudent(
      id: "\(id)", ine: ine ?? identity[.ine], lastName: identity[.nom].uppercased(), firstName: identity[.prenom],
      birthdate: identity[.dateNaissance], leavingDate: left ? "15/11/2025" : "", division: identity[.classe])
  }

  @Test(arguments: BatchEngineTests.dialects)
  func compactRowsFindWhatWholeRowsFind(dialect: BatchEngineTests.Dialect) throws {
    let bytes = ClassFileGenerator(
      encoding: dialect.encoding, delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, seed: 31
    ).bytes(rows: 400)
    // An export that knows some rows by INE (some still at school, some gone), some by name only,
    // one by its INE without leading zeros, and none with the other last names.
    let rows = try Self.rows(bytes)
    var present: [SiecleStudent] = []
    var left: [SiecleStudent] = []
    for (index, row) in rows.enumerated() where ["Durand", "Roux", "Zoé"].contains(row.student[.nom]) {
      switch index % 4 {
      case 0: present.append(Self.student(index, row.student))
      case 1: left.append(Self.student(index, row.student, left: true))
      case 2: present.append(Self.student(index, row.student, ine: ""))
      default: break
      }
    }
    let export = SiecleExport(sourceName: "siecle.xml", students: present, leftStudents: left)
    let compactRows = try Self.compare(bytes, export: export, blockSizes: [900, 1 << 18])
    #expect(compactRows > 50, "many rows come compact")
  }

  /// A roster of many short divisions in no order (more than the table of short divisions holds,
  /// so that some are told by the set), each met many times: every one is a division of the
  /// roster, and only those: the SIECLE students missing are those of its divisions.
  @Test func everyDivisionOfTheRosterIsSeenWhateverTheirNumberAndOrder() throws {
    let header = "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    var text = header
    var state: UInt64 = 88_172_645_463_325_252
    for row in 0..<3_000 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      // « D7 » to « D000000007 »: every length a short division packs, and longer.
      let number = String(state % 300)
      let division = "D" + String(repeating: "0", count: max(0, Int(state % 300 % 9) - number.count)) + number
      text += "\(100_000_000 + row)AB;Inconnu\(row % 50);Léa;14/02/2009;\(division);oui;oui;Mediacentre;ENT\n"
    }
    // One SIECLE student in each of 400 divisions, none of them in the roster.
    let students = (0..<400).map { index in
      SiecleStudent(
        id: "\(index)", ine: "\(900_000_000 + index)ZZ", lastName: "ELEVE", firstName: "N\(index)",
        birthdate: "01/01/2009",
        division: "D" + String(repeating: "0", count: max(0, index % 9 - String(index).count)) + String(index))
    }
    let export = SiecleExport(sourceName: "siecle.xml", students: students, leftStudents: [])
    _ = try Self.compare(Array(text.utf8), export: export, blockSizes: [700, 1 << 18])
    let compact = try Self.check(Array(text.utf8), export: export, compact: true, blockSize: 1 << 18).0
    #expect(compact.missing == 300)
  }

  @Test func everyKindOfINEAndName() throws {
    // Rows SIECLE knows, by INE (written as SIECLE does, in small letters, with a space, without
    // its leading zeros, of a student gone) or by name (accents and capitals aside); rows it does
    // not know, with an INE met before (a duplicate), none, or one too long to pack.
    let header = "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    let cells = [
      "123456789AB;Martin;Léa;14/02/2009;2NDE3", "123456789ab;Martin;Léa;14/02/2009;2NDE3",
      "12345678;Petit;Jules;01/01/2009;2NDE1", "012345678;Inconnu;Jules;01/01/2009;2NDE1",
      "555555555ZZ;Lefevre;Anaïs;30/06/2007;1G2", ";Inconnu;Anaïs;30/06/2007;1G2",
      "777777777AA;Inconnu;Noé;03/07/2009;1G2", "777777777AA;Autre;Noé;03/07/2009;1G2",
      "1234567890123;Inconnu;Hugo;05/05/2009;2NDE1", "1234567890123;Inconnu;Hugo;05/05/2009;2NDE1",
      "888888888BB;Départ;Théo;02/02/2008;TLE1", "999999999CC;Absent;Zoé;01/01/2009;2NDE3",
      "666666666EE;Seul;Max;04/04/2009;2NDE3",
    ]
    var text = header
    for index in 0..<260 { text += cells[index % cells.count] + ";oui;oui;Mediacentre;ENT\n" }
    text += "12 3456789AB;Martin;Léa;14/02/2009;2NDE3;oui;oui;Mediacentre;ENT\n"
    let export = SiecleExport(
      sourceName: "siecle.xml",
      students: [
        SiecleStudent(
          id: "1", ine: "123456789AB", lastName: "MARTIN", firstName: "Léa", birthdate: "14/02/2009",
          division: "2NDE3"),
        SiecleStudent(
          id: "2", ine: "00012345678", lastName: "PETIT", firstName: "Jules", birthdate: "01/01/2009",
          division: "2NDE1"),
        SiecleStudent(
          id: "3", ine: "", lastName: "LEFÈVRE", firstName: "Anaïs", birthdate: "30/06/2007", division: "1G2"),
        SiecleStudent(id: "5", ine: "444444444DD", lastName: "ABSENT", firstName: "Paul", division: "2NDE3"),
      ],
      leftStudents: [
        SiecleStudent(
          id: "4", ine: "888888888BB", lastName: "DEPART", firstName: "Théo", birthdate: "02/02/2008",
          leavingDate: "15/11/2025", division: "TLE1")
      ])
    let compactRows = try Self.compare(Array(text.utf8), export: export, blockSizes: [64, 1 << 18])
    // The rows SIECLE knows neither by INE nor by name (a namesake with another first name
    // included), with an INE that packs: 4 of every 13 (a row without INE, as any INE under 11
    // characters, is decoded to look for damage).
    #expect(compactRows == 80)
  }

  /// The compact rows' INEs are told duplicates at the end, the whole rows' at once: an INE met
  /// first in a compact row then in a whole one (a student's names, or a cell in quotes), or the
  /// other way, or in compact rows only, is the duplicate of the same row either way.
  @Test func duplicatesAcrossCompactAndWholeRows() throws {
    let header = "ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel\n"
    var text = header
    for index in 0..<150 {
      // Each INE met four times, in each order of compact rows and whole ones.
      let ine = "\(100_000_000 + index % 37)AB"
      let cells = [
        "\(ine);Inconnu\(index % 5);Noé;03/07/2009;1G2", "\(ine);Lefevre;Anaïs;30/06/2007;1G2",
        "\"\(ine)\";Inconnu;Noé;03/07/2009;1G2", "\(ine);Autre;Zoé;01/01/2009;2NDE3",
      ]
      text += cells[(index / 37 + index) % 4] + ";oui;oui;Mediacentre;ENT\n"
    }
    let export = SiecleExport(
      sourceName: "siecle.xml",
      students: [
        SiecleStudent(
          id: "3", ine: "", lastName: "LEFÈVRE", firstName: "Anaïs", birthdate: "30/06/2007", division: "1G2")
      ])
    let compactRows = try Self.compare(Array(text.utf8), export: export, blockSizes: [64, 300, 1 << 18])
    #expect(compactRows > 40)
    let findings = try Self.check(Array(text.utf8), export: export, compact: true, blockSize: 64).0.findings
    #expect(findings.filter { $0.kind == .duplicateINE }.count == 150 - 37)
  }

  @Test func aThreadLeftUnfinishedEnds() throws {
    // Under a watchdog: a thread that waited for ever would hang the run.
    let observed = try Watchdog.run { () -> (blocks: Int, dropped: Bool) in
      let bytes = ClassFileGenerator(encoding: .utf8, delimiter: ";", lineEnding: "\n", seed: 5).bytes(rows: 400)
      var thread: ObserverThread<RosterCrossCheck>? = ObserverThread(
        RosterCrossCheck(export: SiecleExport(sourceName: "siecle.xml", students: []), currentYear: 2026)
      ) { $0.add($1) }
      var blocks = 0
      _ = try Self.run(bytes, context: BatchContext(workers: 2, blockSize: 512), request: nil) { rows in
        blocks += 1
        thread?.add(rows)
      }
      // A run that throws drops its thread without finishing it: the thread must not wait for ever.
      weak let dropped = thread
      thread = nil
      return (blocks, dropped == nil)
    }
    let result = try #require(observed)
    #expect(result.blocks > ObserverThread<RosterCrossCheck>.capacity)
    #expect(result.dropped)
  }

  @Test func aFieldsPositionIsItsIndex() {
    for (index, field) in StudentIdentity.Field.allCases.enumerated() { #expect(field.position == index) }
  }

  @Test func theScreenLetsThroughOnlyRowsSurelyUnknown() {
    let present = SiecleNameIndex([
      SiecleStudent(id: "1", ine: "00012345678", lastName: "PETIT", firstName: "Jules"),
      SiecleStudent(
        id: "2", ine: "123456789AB", lastName: "LEFÈVRE", firstName: "Anaïs", birthdate: "30/06/2007"),
    ])
    let left = SiecleNameIndex([SiecleStudent(id: "3", ine: "888888888BB", lastName: "DÉPART", firstName: "Théo")])
    let screen = RosterScreen(present: present, left: left, currentYear: 2026)
    func unknown(_ ine: String, _ nom: String?, _ prenom: String = "Anaïs", _ date: String = "") -> Bool {
      // A last name that does not decode is a byte past ASCII in the file.
      let lastName = nom.map { Array($0.utf8) } ?? [0xFF]
      return Array(ine.utf8).withUnsafeBufferPointer { ine in
        lastName.withUnsafeBufferPointer { lastName in
          Array(prenom.utf8).withUnsafeBufferPointer { firstName in
            screen.bytes.surelyUnknown(ine: ine, lastName: lastName, firstName: firstName, utf8: true) {
              screen.surelyUnknownByMatching { field in
                switch field {
                case .nom: nom
                case .prenom: prenom
                case .dateNaissance: date
                case .ine, .classe: ""
                }
              }
            }
          }
        }
      }
    }
    #expect(unknown("555555555ZZ", "Inconnu"))
    #expect(unknown("", "Inconnu"))
    #expect(unknown("0012345679", "Inconnu"))
    #expect(unknown("555555555ZZ", "Lefevre", "Paul"), "a namesake with another first name")
    #expect(unknown("555555555ZZ", "Lefevre", "Anaïs", "01/01/2009"), "a namesake born another day")
    #expect(!unknown("555555555ZZ", "Lefevre"), "the names of a student, accents aside")
    #expect(!unknown("555555555ZZ", "Lefevre", "ANAIS", "30/06/2007"), "the names and birthdate of a student")
    #expect(!unknown("555555555ZZ", "Depart", "Théo"), "the names of a student gone")
    #expect(!unknown("123456789AB", "Inconnu"))
    #expect(!unknown("888888888BB", "Inconnu"), "the INE of a student gone")
    #expect(!unknown("0012345678", "Inconnu"), "the INE of a student without its leading zeros")
    #expect(!unknown("12345678", "Inconnu"))
    #expect(!unknown("123456789ab", "Inconnu"), "small letters: worked out the whole way")
    #expect(!unknown(" 123456789AB", "Inconnu"))
    #expect(!unknown("1234567890123", "Inconnu"), "too long to pack")
    #expect(!unknown("555555555ZZ", nil), "a name that does not decode")
  }

}
