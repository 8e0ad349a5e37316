/// A student of a SIECLE export (`DONNEES/ELEVES/ELEVE`), with the division found in `STRUCTURES`.
///
/// Values are as written in the file, trimmed; an absent element reads as an empty string.
public struct SiecleStudent: Sendable, Equatable, Hashable {
  /// Why a student has no division.
  public enum DivisionGap: String, Sendable, Equatable, Hashable, CaseIterable {
    /// No `STRUCTURES_ELEVE` for the student.
    case noStructure = "no-structure"
    /// Only groups (`TYPE_STRUCTURE` `G`), no division.
    case groupsOnly = "groups-only"
    /// The division is `Inactifs`.
    case inactive
  }

  /// `ELEVE_ID`, the key that links the student to its structures.
  public var id: String
  /// `ID_NATIONAL`, the INE.
  public var ine: String
  /// Whether the `ID_NATIONAL` element is present (Pix Orga skips a student without it, and
  /// refuses the whole file when it is present but empty).
  public var hasINEElement: Bool
  /// `NOM_DE_FAMILLE`.
  public var lastName: String
  /// `NOM_USAGE`, the usual last name, often empty.
  public var usualLastName: String
  /// `PRENOM`.
  public var firstName: String
  /// `PRENOM2` and `PRENOM3`, when not empty.
  public var otherFirstNames: [String]
  /// `DATE_NAISS`, as written (`JJ/MM/AAAA`).
  public var birthdate: String
  /// `DATE_SORTIE`: not empty when the student has left the school.
  public var leavingDate: String
  /// `CODE_SEXE`, or `nil` when the element is absent.
  public var sexCode: String?
  /// `CODE_PAYS` (`100` = France).
  public var birthCountryCode: String
  /// `CODE_COMMUNE_INSEE_NAISS`.
  public var birthCityCode: String
  /// The division (`CODE_STRUCTURE` of a `D` structure other than `Inactifs`), or empty.
  public var division: String
  /// Why ``division`` is empty, if it is.
  public var divisionGap: DivisionGap?
  /// The line of the `ELEVE` element in the XML.
  public var line: Int

  /// Creates a student; absent values are empty.
  public init(
    id: String, ine: String = "", hasINEElement: Bool = true, lastName: String = "", usualLastName: String = "",
    firstName: String = "", otherFirstNames: [String] = [], birthdate: String = "", leavingDate: String = "",
    sexCode: String? = nil, birthCountryCode: String = "", birthCityCode: String = "", division: String = "",
    divisionGap: DivisionGap? = nil, line: Int = 0
  ) {
    self.id = id
    self.ine = ine
    self.hasINEElement = hasINEElement
    self.lastName = lastName
    self.usualLastName = usualLastName
    self.firstName = firstName
    self.otherFirstNames = otherFirstNames
    self.birthdate = birthdate
    self.leavingDate = leavingDate
    self.sexCode = sexCode
    self.birthCountryCode = birthCountryCode
    self.birthCityCode = birthCityCode
    self.division = division
    self.divisionGap = divisionGap
    self.line = line
  }

  /// Whether the student has left the school (`DATE_SORTIE` not empty).
  public var hasLeft: Bool { !leavingDate.isEmpty }

  /// « Prénom NOM », or the INE, or the `ELEVE_ID`.
  public var displayName: String {
    let name = [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
    if !name.isEmpty { return name }
    return ine.isEmpty ? id : ine
  }

  /// The identity columns of the class file: INE, last name, first name, birthdate as written, division.
  public var identity: StudentIdentity {
    StudentIdentity(values: [
      .ine: ine, .nom: lastName, .prenom: firstName, .dateNaissance: birthdate, .classe: division,
    ])
  }
}
