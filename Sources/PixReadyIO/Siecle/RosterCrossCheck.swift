import PixReadyCore

/// Cross-checks a class roster against a SIECLE export, one row at a time as the roster streams.
///
/// Rows are matched by INE; a row without INE (or with an INE SIECLE does not know) is matched by
/// last name, first name and birthdate when that designates one student. The check then lists
/// the SIECLE students missing from the roster (the teacher's file, not Pix Orga's list: it says
/// nothing of question 1). When under half the roster is found in the export, the export is
/// probably another school's or another year's: that is said once (``mismatch``) instead of a
/// finding for every student unknown to SIECLE or missing from the roster.
///
/// ```swift
/// var check = RosterCrossCheck(export: SiecleReader.read(path: "ElevesSansAdresses.zip"), currentYear: 2026)
/// check.add(diagnosis.student, row: diagnosis.row, line: diagnosis.line)  // for each row
/// let findings = check.findings()
/// ```
public struct RosterCrossCheck: Sendable {
  /// Which SIECLE students the roster is expected to hold.
  public enum Scope: Sendable, Equatable {
    /// Every student still at school.
    case school
    /// The students of these divisions (compared case- and accent-insensitively).
    case divisions(Set<String>)
    /// The students of the divisions that appear in the roster's `classe` column.
    case rosterDivisions
  }

  /// A row to match by name once every INE is known: some SIECLE students have its name.
  private struct Pending: Sendable {
    var student: StudentIdentity
    var row: Int
    var line: Int?
    /// The students still at school with the row's name (and birthdate, when it has one).
    var candidates: [Int]
    /// The first student gone with the row's name, if any.
    var leftIndex: Int?
  }

  /// Under half of a roster of at least this many rows found in SIECLE: the export does not fit.
  static let mismatchMinimumRows = 4

  /// A roster that mostly does not match the export: its counts, and the export's UAI and year.
  public struct Mismatch: Sendable, Equatable {
    /// Roster rows found in the export (still at school or gone).
    public var matched: Int
    /// Roster rows in all.
    public var rows: Int
    /// The export's UAI, if present.
    public var uai: String?
    /// The export's school year (`2024` for 2024-2025), if present.
    public var schoolYear: String?

    /// Creates a mismatch.
    public init(matched: Int, rows: Int, uai: String?, schoolYear: String?) {
      self.matched = matched
      self.rows = rows
      self.uai = uai
      self.schoolYear = schoolYear
    }
  }

  private let present: SiecleNameIndex
  private let left: SiecleNameIndex
  /// Who has a row's names, and which rows SIECLE surely does not know.
  private let names: RosterScreen
  private let uai: String?
  private let schoolYear: String?
  private let scope: Scope
  /// The keys of the divisions of ``Scope/divisions(_:)``.
  private let scopeDivisions: Set<String>
  private let currentYear: Int
  private var rowCount = 0
  private var duplicateCount = 0
  private var presentByINE: [String: Int] = [:]
  /// SIECLE's INEs made of digits only, without their leading zeros: a spreadsheet drops them.
  private var presentByDigits: [String: Int] = [:]
  private var leftByINE: [String: Int] = [:]
  private var matched = Set<Int>()
  private var firstRowByINE = FirstRowByINE()
  private var rosterDivisions = Set<String>()
  /// The last division seen: rosters are mostly sorted by division.
  private var lastDivision = ""
  /// Every division seen, as written: its key is worked out once.
  private var seenDivisions = Set<String>()
  /// The findings of rows matched by INE, duplicates, and rows matched by name to a student gone.
  private var rowFindings: [RosterFinding] = []
  /// Rows whose name some SIECLE students still at school have: matched once every INE is known.
  private var pending: [Pending] = []
  /// Rows SIECLE does not know, by INE nor by name: listed at the end unless the export does not fit.
  private var unknown = PackedRosterRows()

  /// Prepares the check of a roster against `export`.
  ///
  /// - Parameter currentYear: the year a two-digit birth year (`05/01/09`) is read against: `2009`
  ///   up to it, `1909` after it (the caller's clock: the library reads none).
  public init(export: SiecleExport, scope: Scope = .school, currentYear: Int) {
    present = SiecleNameIndex(export.students)
    left = SiecleNameIndex(export.leftStudents)
    uai = export.uai
    schoolYear = export.schoolYear
    self.scope = scope
    if case .divisions(let divisions) = scope {
      scopeDivisions = Set(divisions.map { Spelling.key($0) })
    } else {
      scopeDivisions = []
    }
    self.currentYear = currentYear
    names = RosterScreen(present: present, left: left, currentYear: currentYear)
    for (index, student) in export.students.enumerated() where !student.ine.isEmpty {
      let ine = Self.normalisedINE(student.ine)
      presentByINE[ine] = presentByINE[ine] ?? index
      if let digits = Self.withoutLeadingZeros(ine) {
        presentByDigits[digits] = presentByDigits[digits] ?? index
      }
    }
    for (index, student) in export.leftStudents.enumerated() where !student.ine.isEmpty {
      leftByINE[Self.normalisedINE(student.ine)] = index
    }
  }

  /// Adds one roster row.
  ///
  /// - Parameters:
  ///   - student: The identity columns of the row.
  ///   - row: The data row, from 1 (header not counted).
  ///   - line: The physical line in the file, shown in messages when given.
  public mutating func add(_ student: StudentIdentity, row: Int, line: Int? = nil) {
    rowCount += 1
    noteDivision(student[.classe])
    let ine = Self.normalisedINE(student[.ine])
    guard !ine.isEmpty else { return addUnresolved(student, row: row, line: line) }
    // An INE SIECLE knows is no compact row's: the rows logged need no search.
    let known = presentByINE[ine] != nil || leftByINE[ine] != nil
    if let first = firstRowByINE.insert(ine, row: row, searchingLog: !known) {
      duplicateCount += 1
      rowFindings.append(RosterFinding(.duplicateINE, row: row, line: line, roster: student, firstRow: first))
      return
    }
    if let index = presentByINE[ine] {
      matched.insert(index)
      rowFindings += differences(student, index, row: row, line: line)
    } else if ine.utf8.count < 11, let digits = Self.withoutLeadingZeros(ine), let index = presentByDigits[digits],
      !matched.contains(index)
    {
      matched.insert(index)
      rowFindings.append(
        RosterFinding(
          .ineWithoutLeadingZeros, row: row, line: line, roster: student, siecle: present.students[index]))
      rowFindings += differences(student, index, row: row, line: line)
    } else if let index = leftByINE[ine] {
      rowFindings.append(
        RosterFinding(.leftSchool, row: row, line: line, roster: student, siecle: left.students[index]))
    } else {
      addUnresolved(student, row: row, line: line)
    }
  }

  /// What tells the rows SIECLE surely does not know, which may come as bytes (``add(_:)``).
  var screen: RosterScreen { names }

  /// Adds a block's rows: the whole ones as ``add(_:row:line:)`` does, the compact ones (which
  /// ``screen`` found surely unknown to SIECLE) from their bytes, to the same effect once the
  /// run's summary is given (``complete(with:threads:)``, which tells their divisions and duplicates).
  mutating func add(_ rows: ObservedRows) {
    guard !rows.compact.isEmpty else {
      for index in rows.full.indices {
        add(rows.full[index].student, row: rows.full[index].row, line: rows.full[index].line)
      }
      return
    }
    let cells = ObservedRows.Cell.self
    let cellIndex = ObservedRows.cellIndex
    var next = 0
    for index in rows.compact.indices {
      let compact = rows.compact[index]
      guard compact.entry != ObservedRows.nextFull else {
        let row = rows.full[next]
        next += 1
        add(row.student, row: row.row, line: row.line)
        continue
      }
      let (row, line) = (rows.firstRow + index, Int(compact.line))
      rowCount += 1
      // The INE logged, told a duplicate or not once every row is in (``complete(with:threads:)``); a row
      // past 2³² − 1 (not logged) is told now.
      let ine = rows.cell(compact, cells.ine)
      let ineKey = FirstRowByINE.packed(ine)
      if let ineKey, !firstRowByINE.log(packed: ineKey, row: row),
        let first = firstRowByINE.insert(String(decoding: ine, as: UTF8.self), row: row)
      {
        duplicateCount += 1
        rowFindings.append(
          RosterFinding(.duplicateINE, row: row, line: line, roster: rows.student(compact), firstRow: first))
        continue
      }
      unknown.append(row: row, line: line, ineKey: ineKey) { field in
        guard rows.plan.identityColumns & (1 << field) != 0 else { return nil }
        return rows.cell(compact, cellIndex[field])
      }
    }
  }

  /// Takes from the summary of the run that added rows with ``add(_:)`` the divisions of the rows
  /// that came compact: the summary counts every row by its class (``BatchSummary/byClass``), so
  /// they are not noted again one row at a time.
  ///
  /// The compact rows whose INE a row before them had are told then too: they leave the rows
  /// unknown to SIECLE for their findings.
  ///
  /// - Parameter threads: How many threads tell the duplicates.
  mutating func complete(with summary: BatchSummary, threads: Int = 1) {
    for division in summary.byClass.keys { noteDivision(division) }
    let duplicates = firstRowByINE.loggedDuplicates(threads: threads)
    guard !duplicates.isEmpty else { return }
    let rows = unknown.remove(duplicates.map(\.row))
    for (duplicate, row) in zip(duplicates, rows) {
      rowFindings.append(
        RosterFinding(.duplicateINE, row: row.row, line: row.line, roster: row.student, firstRow: duplicate.first))
    }
    duplicateCount += duplicates.count
  }

  /// Every finding: rows in order, then the SIECLE students missing from the roster by division and name.
  ///
  /// When the export does not fit the roster (``mismatch``), students unknown to SIECLE and
  /// SIECLE students missing from the roster are not listed one by one: the mismatch says it once.
  public func findings() -> [RosterFinding] {
    let resolution = resolve()
    if mismatch(resolution) != nil {
      return (rowFindings + resolution.findings).filter { $0.kind != .unknownToSiecle }.sorted(by: Self.byRow)
    }
    let unknownRows = unknown.rows.map {
      RosterFinding(.unknownToSiecle, row: $0.row, line: $0.line, roster: $0.student)
    }
    let rows = (rowFindings + resolution.findings + unknownRows).sorted(by: Self.byRow)
    return rows + missing(resolution.taken).map { RosterFinding(.missingFromRoster, siecle: present.students[$0]) }
  }

  /// Whether the roster holds every SIECLE student in scope.
  public var holdsEverySiecleStudent: Bool { missingCount == 0 }

  /// The number of SIECLE students in scope missing from the roster.
  public var missingCount: Int {
    let taken = resolve().taken
    return present.students.indices.count { !taken.contains($0) && inScope($0) }
  }

  /// Set when under half the roster (of at least ``mismatchMinimumRows`` rows) is found in the
  /// export: it is probably another school's or another year's.
  public var mismatch: Mismatch? { mismatch(resolve()) }

  /// What matching the pending rows by name gives.
  private struct Resolution {
    /// Their findings, in row order.
    var findings: [RosterFinding] = []
    /// The SIECLE students matched, by INE or by name.
    var taken: Set<Int>
    /// The rows SIECLE does not know, those kept and those of the pending rows.
    var unknownCount: Int
  }

  private func mismatch(_ resolution: Resolution) -> Mismatch? {
    guard rowCount >= Self.mismatchMinimumRows else { return nil }
    let found = rowCount - duplicateCount - resolution.unknownCount
    guard found * 2 < rowCount - duplicateCount else { return nil }
    return Mismatch(matched: found, rows: rowCount - duplicateCount, uai: uai, schoolYear: schoolYear)
  }

  /// Matches the pending rows by name, in row order, each to a student no other row took.
  private func resolve() -> Resolution {
    var resolution = Resolution(taken: matched, unknownCount: unknown.count)
    for entry in pending {
      let candidates = entry.candidates.filter { !resolution.taken.contains($0) }
      if candidates.count == 1, let index = candidates.first {
        resolution.taken.insert(index)
        let student = present.students[index]
        let hasINE = !entry.student[.ine].trimmedSpaces.isEmpty
        if hasINE, student.ine.isEmpty {
          continue  // SIECLE has no INE for this student: its own finding says so.
        } else if hasINE {
          resolution.findings.append(
            RosterFinding(.ineDiffers, row: entry.row, line: entry.line, roster: entry.student, siecle: student))
        } else if !student.ine.isEmpty {
          resolution.findings.append(
            RosterFinding(.matchedWithoutINE, row: entry.row, line: entry.line, roster: entry.student, siecle: student))
        }
      } else if let index = entry.leftIndex {
        resolution.findings.append(
          RosterFinding(
            .leftSchool, row: entry.row, line: entry.line, roster: entry.student, siecle: left.students[index]))
      } else {
        resolution.unknownCount += 1
        resolution.findings.append(
          RosterFinding(.unknownToSiecle, row: entry.row, line: entry.line, roster: entry.student))
      }
    }
    return resolution
  }

  /// A row without INE, or with an INE SIECLE lacks: a student gone or unknown when no student
  /// still at school has its name, else matched by name once every INE is known.
  private mutating func addUnresolved(_ student: StudentIdentity, row: Int, line: Int?) {
    let (candidates, leftIndex) = names.matches { student[$0] }
    if !candidates.isEmpty {
      pending.append(Pending(student: student, row: row, line: line, candidates: candidates, leftIndex: leftIndex))
    } else if let leftIndex {
      rowFindings.append(
        RosterFinding(.leftSchool, row: row, line: line, roster: student, siecle: left.students[leftIndex]))
    } else {
      unknown.append(student, row: row, line: line)
    }
  }

  private mutating func noteDivision(_ division: String) {
    guard division != lastDivision else { return }  // already noted
    lastDivision = division
    guard seenDivisions.insert(division).inserted else { return }
    let key = Spelling.key(division)
    if !key.isEmpty { rosterDivisions.insert(key) }
  }

  /// The SIECLE students in scope no row took, by division and name.
  private func missing(_ taken: Set<Int>) -> [Int] {
    let indices = present.students.indices.filter { !taken.contains($0) && inScope($0) }
    let ranks = NaturalOrder.classRanks(indices.map { present.students[$0].division })
    return indices.sorted {
      let (first, second) = (ranks[present.students[$0].division] ?? 0, ranks[present.students[$1].division] ?? 0)
      if first != second { return first < second }
      let (one, other) = (present.keys[$0], present.keys[$1])
      return (one.lastName, one.firstName) < (other.lastName, other.firstName)
    }
  }

  private func inScope(_ index: Int) -> Bool {
    switch scope {
    case .school: true
    case .divisions: scopeDivisions.contains(present.keys[index].division)
    case .rosterDivisions: rosterDivisions.contains(present.keys[index].division)
    }
  }

  private static func byRow(_ first: RosterFinding, _ second: RosterFinding) -> Bool {
    (first.row ?? 0) < (second.row ?? 0)
  }

  /// The differences between a roster row and the SIECLE student with its INE, in one finding
  /// naming the parts that differ: ``RosterFinding/Kind/nameDiffers`` when the last or first name
  /// does, ``RosterFinding/Kind/birthdateDiffers`` when only the birthdate does.
  private func differences(_ roster: StudentIdentity, _ index: Int, row: Int, line: Int?) -> [RosterFinding] {
    var parts: [RosterFinding.Part] = []
    if !present.sameLastName(Spelling.key(roster[.nom]), index) { parts.append(.lastName) }
    if !present.sameFirstName(Spelling.key(roster[.prenom]), index) { parts.append(.firstName) }
    let siecle = present.students[index]
    let birthdate = roster[.dateNaissance].trimmedSpaces
    let iso = present.keys[index].birthdate
    // The same text as SIECLE's, when that is a date, is the same date: no need to read it.
    if !birthdate.isEmpty, iso == nil || birthdate != siecle.birthdate,
      SiecleDate.isoDate(birthdate, currentYear: currentYear) != iso
    {
      parts.append(.birthdate)
    }
    guard !parts.isEmpty else { return [] }
    let kind: RosterFinding.Kind = parts == [.birthdate] ? .birthdateDiffers : .nameDiffers
    var finding = RosterFinding(kind, row: row, line: line, roster: roster, siecle: siecle)
    finding.parts = parts
    return [finding]
  }

  /// An INE of digits only without its leading zeros (`00000000123` → `123`); `nil` otherwise.
  static func withoutLeadingZeros(_ ine: String) -> String? {
    guard !ine.isEmpty, ine.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
    let digits = String(ine.drop { $0 == "0" })
    return digits.isEmpty ? "0" : digits
  }

  /// The INE without whitespace, in capitals; an INE as SIECLE writes it is returned as it is.
  static func normalisedINE(_ text: String) -> String {
    if text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }) { return text }
    return String(text.unicodeScalars.filter { !$0.properties.isWhitespace }).uppercased()
  }
}
