import PixReadyCore

/// Who in a SIECLE export has a roster row's names, and whether the export surely knows a row
/// neither by INE nor by name: the cross-check will then only count it, log its INE (told a
/// duplicate or not at the end), and keep it for the list of students unknown to SIECLE. Such a row can reach the
/// cross-check as bytes (``RosterCrossCheck/add(_:)``), without a `String` per cell; any other row
/// goes the whole way.
///
/// The screen only answers « surely unknown » when ``RosterCrossCheck/add(_:row:line:)`` would
/// end in its list of unknown rows or in a duplicate: an INE of digits and capitals (as
/// `normalisedINE` keeps it) that no student, still at school or gone, has (nor, for digits only,
/// without its leading zeros), and names that match no student (``matches(_:)``, the rule the
/// cross-check itself follows). Anything else (an INE with spaces or small letters, too long to
/// pack) is « not sure ».
///
/// A class, shared by the cross-check and every worker; its ``bytes`` are a value a worker keeps
/// and reads in place, without counting references to a screen every thread reads.
final class RosterScreen: Sendable {
  /// What tells most rows from their bytes alone: their INE is no student's, and their names are
  /// surely no student's.
  struct Bytes: Sendable {
    /// The packed INEs of the students still at school and gone (``FirstRowByINE/packed(_:)``).
    fileprivate let ines: FirstRowByINE
    /// The packed INEs of the students still at school, digits only, without their leading zeros.
    fileprivate let digits: FirstRowByINE
    /// The students' last names, and their last and first names, as filters: most rows have
    /// names no student has, and are told so from their bytes.
    fileprivate let lastNames: NameFilter
    fileprivate let fullNames: NameFilter

    /// Whether a row with this INE cell (UTF-8, as the row's identity holds it) and these last and
    /// first name cells (their bytes in the file, UTF-8 when `utf8`) is surely unknown to the
    /// export: `false` when its INE is known or cannot be packed, `true` when its names are surely
    /// no student's, else what `matching` says (``RosterScreen/surelyUnknownByMatching(_:)``,
    /// asked of the screen only for the rows its bytes cannot tell).
    func surelyUnknown(
      ine: UnsafeBufferPointer<UInt8>, lastName: UnsafeBufferPointer<UInt8>, firstName: UnsafeBufferPointer<UInt8>,
      utf8: Bool, matching: () -> Bool
    ) -> Bool {
      if !ine.isEmpty {
        guard let key = FirstRowByINE.packed(ine), !ines.contains(packed: key) else { return false }
        if ine.count < 11, ine.allSatisfy({ (0x30...0x39).contains($0) }) {
          var start = ine.startIndex
          while start < ine.endIndex - 1, ine[start] == 0x30 { start += 1 }
          guard let short = FirstRowByINE.packed(UnsafeBufferPointer(rebasing: ine[start...])),
            !digits.contains(packed: short)
          else { return false }
        }
      }
      // What ``RosterScreen/matches(_:)`` finds for most rows, from the cells' bytes.
      if lastNames.surelyAbsent(lastName, utf8: utf8) || fullNames.surelyAbsent(lastName, firstName, utf8: utf8) {
        return true
      }
      return matching()
    }
  }

  /// The students still at school, and gone.
  private let present: SiecleNameIndex
  private let left: SiecleNameIndex
  /// The year a two-digit birth year is read against.
  private let currentYear: Int
  /// What tells most rows from their bytes.
  let bytes: Bytes

  /// A screen for an export whose students still at school and gone are `present` and `left`.
  init(present: SiecleNameIndex, left: SiecleNameIndex, currentYear: Int) {
    self.present = present
    self.left = left
    self.currentYear = currentYear
    var ines = FirstRowByINE()
    var digits = FirstRowByINE()
    for student in present.students + left.students {
      let ine = RosterCrossCheck.normalisedINE(student.ine)
      if FirstRowByINE.packed(ine) != nil { _ = ines.insert(ine, row: 0) }
    }
    for student in present.students {
      let ine = RosterCrossCheck.normalisedINE(student.ine)
      if let short = RosterCrossCheck.withoutLeadingZeros(ine), FirstRowByINE.packed(short) != nil {
        _ = digits.insert(short, row: 0)
      }
    }
    bytes = Bytes(
      ines: ines, digits: digits, lastNames: NameFilter(present.lastNames.union(left.lastNames).map { [$0] }),
      fullNames: NameFilter(
        present.names.map { [$0.lastName, $0.firstName] } + left.names.map { [$0.lastName, $0.firstName] }))
  }

  /// Whether ``matches(_:)`` finds no student for the row whose identity cells `cell` gives
  /// (`nil` for a cell that does not decode); `false`, « not sure », when a cell does not decode.
  func surelyUnknownByMatching(_ cell: (StudentIdentity.Field) -> String?) -> Bool {
    var decodes = true
    let found = matches { field in
      guard let text = cell(field) else {
        decodes = false
        return ""
      }
      return text
    }
    return decodes && found.present.isEmpty && found.left == nil
  }

  /// The students still at school with the row's last and first names, narrowed by birthdate when
  /// the row has one, and the first student gone who has them; `cell` gives each identity cell of
  /// the row as written (empty when the roster has no such column).
  func matches(_ cell: (StudentIdentity.Field) -> String) -> (present: [Int], left: Int?) {
    let lastName = Spelling.key(cell(.nom))
    // Most rows SIECLE does not know by INE are unknown by last name too: stop there.
    guard present.knows(lastName: lastName) || left.knows(lastName: lastName) else { return ([], nil) }
    let firstName = Spelling.key(cell(.prenom))
    guard !lastName.isEmpty, !firstName.isEmpty else { return ([], nil) }
    let stillHere = present.named(lastName: lastName, firstName: firstName)
    let gone = left.named(lastName: lastName, firstName: firstName)
    guard !stillHere.isEmpty || !gone.isEmpty else { return ([], nil) }
    let birthdate = cell(.dateNaissance).trimmedSpaces
    guard !birthdate.isEmpty else { return (stillHere, gone.first) }
    guard let iso = SiecleDate.isoDate(birthdate, currentYear: currentYear) else { return ([], nil) }
    return (
      stillHere.filter { present.keys[$0].birthdate == iso }, gone.first { left.keys[$0].birthdate == iso }
    )
  }
}
