import PixReadyCore

/// A difference between a class roster and the SIECLE export: who is missing, unknown, gone, or
/// written differently. Every finding is a warning.
///
/// Its sentence names its place (« ligne 12 : … », the roster's row when no line was given), so it
/// has no ``sourceLocation``: the cross-check does not know the roster's file name.
public struct RosterFinding: Problem, Equatable {
  /// What was found; its raw value is the stable code.
  public enum Kind: String, Sendable, CaseIterable {
    /// A student still at school in SIECLE is not in the roster.
    case missingFromRoster = "missing-from-roster"
    /// A roster row matches no SIECLE student, by INE nor by name and birthdate.
    case unknownToSiecle = "unknown-to-siecle"
    /// A roster row is a student who has left the school (`DATE_SORTIE`).
    case leftSchool = "left-school"
    /// Same INE, different last or first name (and maybe birthdate: see ``parts``).
    case nameDiffers = "name-differs"
    /// Same INE, different birthdate only.
    case birthdateDiffers = "birthdate-differs"
    /// Same name and birthdate as a SIECLE student, different INE.
    case ineDiffers = "ine-differs"
    /// A row without INE matched a SIECLE student by name and birthdate: the INE to add.
    case matchedWithoutINE = "matched-without-ine"
    /// Two roster rows carry the same INE.
    case duplicateINE = "duplicate-ine-in-roster"
    /// The roster's INE is SIECLE's without its leading zeros (a spreadsheet took it for a number):
    /// the student is recognised, the roster should still be corrected.
    case ineWithoutLeadingZeros = "ine-without-leading-zeros"
  }

  /// A part of a student's identity.
  public enum Part: String, Sendable, CaseIterable {
    /// The last name.
    case lastName
    /// The first name.
    case firstName
    /// The birthdate.
    case birthdate
  }

  /// What was found.
  public var kind: Kind
  /// For ``Kind/nameDiffers`` and ``Kind/birthdateDiffers``: the parts that differ, in identity order.
  public var parts: [Part] = []
  /// The roster's data row (from 1, header not counted); `nil` for ``Kind/missingFromRoster``.
  public var row: Int?
  /// The roster's physical line, when the caller gave it.
  public var line: Int?
  /// The roster identity of the row, if any.
  public var roster: StudentIdentity?
  /// The SIECLE student concerned, if any.
  public var siecle: SiecleStudent?
  /// For ``Kind/duplicateINE``: the row that first had the INE.
  public var firstRow: Int?

  /// Creates a finding.
  public init(
    _ kind: Kind, row: Int? = nil, line: Int? = nil, roster: StudentIdentity? = nil, siecle: SiecleStudent? = nil,
    firstRow: Int? = nil
  ) {
    self.kind = kind
    self.row = row
    self.line = line
    self.roster = roster
    self.siecle = siecle
    self.firstRow = firstRow
  }

  /// The stable code (`unknown-to-siecle`).
  public var code: String { kind.rawValue }

  /// Always a warning: the roster is still diagnosed.
  public var severity: Severity { .warning }

  /// The INE concerned: the roster's, or SIECLE's when the roster has none.
  public var ine: String {
    let rosterINE = roster?[.ine].trimmedSpaces ?? ""
    return rosterINE.isEmpty ? siecle?.ine ?? "" : rosterINE
  }

  /// The sentence in `language`.
  public func message(in language: Language) -> String {
    RosterMessages(language: language).message(for: self)
  }
}
