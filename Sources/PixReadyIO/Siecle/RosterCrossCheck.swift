import Foundation
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

  private struct Row: Sendable {
    var student: StudentIdentity
    var row: Int
    var line: Int?
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

  private let present: [SiecleStudent]
  private let uai: String?
  private let schoolYear: String?
  private var rowCount = 0
  private let left: [SiecleStudent]
  private let scope: Scope
  private let currentYear: Int
  private var presentByINE: [String: Int] = [:]
  /// SIECLE's INEs made of digits only, without their leading zeros: a spreadsheet drops them.
  private var presentByDigits: [String: Int] = [:]
  private var leftByINE: [String: Int] = [:]
  private var matched = Set<Int>()
  private var firstRowByINE: [String: Int] = [:]
  private var rosterDivisions = Set<String>()
  private var rowFindings: [RosterFinding] = []
  /// Rows to match by name once every INE is known: without INE, or with an INE SIECLE lacks.
  private var unresolved: [Row] = []

  /// Prepares the check of a roster against `export`.
  ///
  /// - Parameter currentYear: the year a two-digit birth year (`05/01/09`) is read against: `2009`
  ///   up to it, `1909` after it (the caller's clock: the library reads none).
  public init(export: SiecleExport, scope: Scope = .school, currentYear: Int) {
    present = export.students
    left = export.leftStudents
    uai = export.uai
    schoolYear = export.schoolYear
    self.scope = scope
    self.currentYear = currentYear
    for (index, student) in present.enumerated() where !student.ine.isEmpty {
      presentByINE[Self.normalisedINE(student.ine)] = presentByINE[Self.normalisedINE(student.ine)] ?? index
      if let digits = Self.withoutLeadingZeros(Self.normalisedINE(student.ine)) {
        presentByDigits[digits] = presentByDigits[digits] ?? index
      }
    }
    for (index, student) in left.enumerated() where !student.ine.isEmpty {
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
    let division = Spelling.key(student[.classe])
    if !division.isEmpty { rosterDivisions.insert(division) }
    let ine = Self.normalisedINE(student[.ine])
    guard !ine.isEmpty else {
      unresolved.append(Row(student: student, row: row, line: line))
      return
    }
    if let first = firstRowByINE[ine] {
      rowFindings.append(RosterFinding(.duplicateINE, row: row, line: line, roster: student, firstRow: first))
      return
    }
    firstRowByINE[ine] = row
    if let index = presentByINE[ine] {
      matched.insert(index)
      rowFindings += differences(student, present[index], row: row, line: line)
    } else if ine.count < 11, let digits = Self.withoutLeadingZeros(ine), let index = presentByDigits[digits],
      !matched.contains(index)
    {
      matched.insert(index)
      rowFindings.append(
        RosterFinding(.ineWithoutLeadingZeros, row: row, line: line, roster: student, siecle: present[index]))
      rowFindings += differences(student, present[index], row: row, line: line)
    } else if let index = leftByINE[ine] {
      rowFindings.append(RosterFinding(.leftSchool, row: row, line: line, roster: student, siecle: left[index]))
    } else {
      unresolved.append(Row(student: student, row: row, line: line))
    }
  }

  /// Every finding: rows in order, then the SIECLE students missing from the roster by division and name.
  ///
  /// When the export does not fit the roster (``mismatch``), students unknown to SIECLE and
  /// SIECLE students missing from the roster are not listed one by one: the mismatch says it once.
  public func findings() -> [RosterFinding] {
    let (byName, stillMissing) = resolve()
    var rows = (rowFindings + byName).sorted { ($0.row ?? 0) < ($1.row ?? 0) }
    if mismatch != nil {
      rows.removeAll { $0.code == .unknownToSiecle }
      return rows
    }
    return rows + stillMissing.map { RosterFinding(.missingFromRoster, siecle: $0) }
  }

  /// Whether the roster holds every SIECLE student in scope.
  public var holdsEverySiecleStudent: Bool { resolve().missing.isEmpty }

  /// The number of SIECLE students in scope missing from the roster.
  public var missingCount: Int { resolve().missing.count }

  /// Set when under half the roster (of at least ``mismatchMinimumRows`` rows) is found in the
  /// export: it is probably another school's or another year's.
  public var mismatch: Mismatch? {
    guard rowCount >= Self.mismatchMinimumRows else { return nil }
    let unknown = resolve().findings.filter { $0.code == .unknownToSiecle }.count
    let duplicates = rowFindings.filter { $0.code == .duplicateINE }.count
    let found = rowCount - duplicates - unknown
    guard found * 2 < rowCount - duplicates else { return nil }
    return Mismatch(matched: found, rows: rowCount - duplicates, uai: uai, schoolYear: schoolYear)
  }

  private func resolve() -> (findings: [RosterFinding], missing: [SiecleStudent]) {
    var taken = matched
    var findings: [RosterFinding] = []
    for entry in unresolved {
      let hasINE = !entry.student[.ine].trimmedSpaces.isEmpty
      let candidates = nameMatches(entry.student, in: present).filter { !taken.contains($0) }
      if candidates.count == 1, let index = candidates.first {
        taken.insert(index)
        let student = present[index]
        if hasINE, student.ine.isEmpty {
          continue  // SIECLE has no INE for this student: its own finding says so.
        } else if hasINE {
          findings.append(
            RosterFinding(.ineDiffers, row: entry.row, line: entry.line, roster: entry.student, siecle: student))
        } else if !student.ine.isEmpty {
          findings.append(
            RosterFinding(.matchedWithoutINE, row: entry.row, line: entry.line, roster: entry.student, siecle: student))
        }
      } else if let index = nameMatches(entry.student, in: left).first {
        findings.append(
          RosterFinding(.leftSchool, row: entry.row, line: entry.line, roster: entry.student, siecle: left[index]))
      } else {
        findings.append(RosterFinding(.unknownToSiecle, row: entry.row, line: entry.line, roster: entry.student))
      }
    }
    let missing = present.indices.filter { !taken.contains($0) && inScope(present[$0]) }.map { present[$0] }
      .sorted {
        if $0.division != $1.division {
          return $0.division.compare($1.division, options: .numeric) == .orderedAscending
        }
        return (Spelling.key($0.lastName), Spelling.key($0.firstName)) < (
          Spelling.key($1.lastName), Spelling.key($1.firstName)
        )
      }
    return (findings, missing)
  }

  private func inScope(_ student: SiecleStudent) -> Bool {
    switch scope {
    case .school: true
    case .divisions(let divisions): divisions.map { Spelling.key($0) }.contains(Spelling.key(student.division))
    case .rosterDivisions: rosterDivisions.contains(Spelling.key(student.division))
    }
  }

  /// The differences between a roster row and the SIECLE student with its INE, in one finding
  /// naming the parts that differ: ``RosterFinding/Code/nameDiffers`` when the last or first name
  /// does, ``RosterFinding/Code/birthdateDiffers`` when only the birthdate does.
  private func differences(
    _ roster: StudentIdentity, _ siecle: SiecleStudent, row: Int, line: Int?
  ) -> [RosterFinding] {
    var parts: [RosterFinding.Part] = []
    if !Self.sameLastName(roster[.nom], siecle) { parts.append(.lastName) }
    if !Self.sameFirstName(roster[.prenom], siecle) { parts.append(.firstName) }
    let birthdate = roster[.dateNaissance].trimmedSpaces
    if !birthdate.isEmpty,
      SiecleDate.isoDate(birthdate, currentYear: currentYear) != SiecleDate.isoDate(siecle.birthdate)
    {
      parts.append(.birthdate)
    }
    guard !parts.isEmpty else { return [] }
    let code: RosterFinding.Code = parts == [.birthdate] ? .birthdateDiffers : .nameDiffers
    var finding = RosterFinding(code, row: row, line: line, roster: roster, siecle: siecle)
    finding.parts = parts
    return [finding]
  }

  /// An empty roster cell matches anything: a roster may carry only some columns.
  private static func sameLastName(_ name: String, _ student: SiecleStudent) -> Bool {
    let key = Spelling.key(name)
    return key.isEmpty || key == Spelling.key(student.lastName)
      || (!student.usualLastName.isEmpty && key == Spelling.key(student.usualLastName))
  }

  private static func sameFirstName(_ name: String, _ student: SiecleStudent) -> Bool {
    let key = Spelling.key(name)
    return key.isEmpty || key == Spelling.key(student.firstName)
      || key == Spelling.key(([student.firstName] + student.otherFirstNames).joined(separator: " "))
  }

  /// The students with the row's last and first names, narrowed by birthdate when the row has one.
  private func nameMatches(_ roster: StudentIdentity, in students: [SiecleStudent]) -> [Int] {
    guard !Spelling.key(roster[.nom]).isEmpty, !Spelling.key(roster[.prenom]).isEmpty else { return [] }
    let byName = students.indices.filter {
      Self.sameLastName(roster[.nom], students[$0]) && Self.sameFirstName(roster[.prenom], students[$0])
    }
    let birthdate = roster[.dateNaissance].trimmedSpaces
    guard !birthdate.isEmpty else { return byName }
    let iso = SiecleDate.isoDate(birthdate, currentYear: currentYear)
    return byName.filter { iso != nil && SiecleDate.isoDate(students[$0].birthdate) == iso }
  }

  /// An INE of digits only without its leading zeros (`00000000123` → `123`); `nil` otherwise.
  private static func withoutLeadingZeros(_ ine: String) -> String? {
    guard !ine.isEmpty, ine.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let digits = String(ine.drop { $0 == "0" })
    return digits.isEmpty ? "0" : digits
  }

  private static func normalisedINE(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }).uppercased()
  }
}
