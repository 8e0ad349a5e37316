import PixReadyCore

/// Tells, from a roster row's cells, that a SIECLE export surely knows the row neither by INE nor
/// by name: the cross-check will only count it, look for its INE among the rows before, and keep it
/// for the list of students unknown to SIECLE. Such a row can reach the cross-check as bytes
/// (``RosterCrossCheck/add(_:)``), without a `String` per cell; any other row goes the whole way.
///
/// The screen only answers « surely unknown » when ``RosterCrossCheck/add(_:row:line:)`` would
/// end in its list of unknown rows or in a duplicate: an INE of digits and capitals (as
/// `normalisedINE` keeps it) that no student, still at school or gone, has (nor, for digits only,
/// without its leading zeros), and a last name key that no student has. Anything else (an INE with
/// spaces or small letters, too long to pack, a name SIECLE knows) is « not sure ».
///
/// A class, shared by every worker: looking at a row retains one reference, not three sets.
final class RosterScreen: Sendable {
  /// The packed INEs of the students still at school and gone (``FirstRowByINE/packed(_:)``).
  private let ines: Set<UInt64>
  /// The packed INEs of the students still at school, digits only, without their leading zeros.
  private let digits: Set<UInt64>
  /// The last and usual last name keys of every student, still at school or gone.
  private let lastNames: Set<String>

  /// A screen for an export whose students still at school and gone are `present` and `left`.
  init(present: SiecleNameIndex, left: SiecleNameIndex) {
    var ines = Set<UInt64>()
    var digits = Set<UInt64>()
    for student in present.students + left.students {
      if let key = FirstRowByINE.packed(RosterCrossCheck.normalisedINE(student.ine)) { ines.insert(key) }
    }
    for student in present.students {
      let ine = RosterCrossCheck.normalisedINE(student.ine)
      if let short = RosterCrossCheck.withoutLeadingZeros(ine), let key = FirstRowByINE.packed(short) {
        digits.insert(key)
      }
    }
    self.ines = ines
    self.digits = digits
    lastNames = present.lastNames.union(left.lastNames)
  }

  /// Whether a row with this INE cell (UTF-8, as the row's identity holds it) and last name is
  /// surely unknown to the export.
  func surelyUnknown(ine: UnsafeBufferPointer<UInt8>, lastName: () -> String?) -> Bool {
    if !ine.isEmpty {
      guard let key = FirstRowByINE.packed(ine), !ines.contains(key) else { return false }
      if ine.count < 11, ine.allSatisfy({ (0x30...0x39).contains($0) }) {
        var start = ine.startIndex
        while start < ine.endIndex - 1, ine[start] == 0x30 { start += 1 }
        guard let short = FirstRowByINE.packed(UnsafeBufferPointer(rebasing: ine[start...])),
          !digits.contains(short)
        else { return false }
      }
    }
    guard let lastName = lastName() else { return false }
    return !lastNames.contains(Spelling.key(lastName))
  }
}
