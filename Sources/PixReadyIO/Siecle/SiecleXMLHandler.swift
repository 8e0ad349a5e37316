/// Reads a SIECLE export as the ``XMLReader`` streams it: the UAI, each `ELEVE` and each
/// `STRUCTURES_ELEVE`, keeping only the fields pixready uses.
///
/// Depths: `BEE_ELEVES` 1, `PARAMETRES` 2, `UAJ` 3; `DONNEES` 2, `ELEVES` 3, `ELEVE` 4, its fields 5;
/// `STRUCTURES_ELEVE` 4, `STRUCTURE` 5, `CODE_STRUCTURE` 6. Like Pix Orga, any `DONNEES/*/ELEVE`
/// and `DONNEES/*/STRUCTURES_ELEVE` count.
struct SiecleXMLHandler {
  /// A student as read, before divisions are linked.
  struct RawStudent {
    var id: String
    var line: Int
    var fields: [String: String] = [:]
  }

  /// The divisions and structures seen for one `ELEVE_ID`.
  struct Structures {
    var division = ""
    var sawGroup = false
    var sawInactive = false
  }

  private static let studentFields: Set<String> = [
    "ID_NATIONAL", "NOM_DE_FAMILLE", "NOM_USAGE", "PRENOM", "PRENOM2", "PRENOM3", "DATE_NAISS", "DATE_SORTIE",
    "CODE_SEXE", "CODE_PAYS", "CODE_COMMUNE_INSEE_NAISS",
  ]
  private static let maximumValueLength = 1000

  private(set) var uai: String?
  /// `PARAMETRES/ANNEE_SCOLAIRE`, the first year of the school year.
  private(set) var schoolYear: String?
  private(set) var students: [RawStudent] = []
  private(set) var structures: [String: Structures] = [:]
  /// The root element, when it is not `BEE_ELEVES`: reading stops there.
  private(set) var foreignRoot: String?

  private var path: [String] = []
  private var capturing = false
  private var text = ""
  private var student: RawStudent?
  private var structureOwner: String?
  private var structureCode = ""
  private var structureType = ""

  /// Takes in one event of the document.
  mutating func handle(_ event: XMLEvent) {
    switch event {
    case .start(let name, let attributes, let line): start(name, attributes: attributes, line: line)
    case .end(let name, _): end(name)
    case .text(let string, _):
      if capturing, text.utf8.count < Self.maximumValueLength { text += string }
    }
  }

  private mutating func start(_ name: String, attributes: [XMLAttribute], line: Int) {
    path.append(name)
    capturing = false
    switch path.count {
    case 1:
      if name != "BEE_ELEVES" { foreignRoot = name }
    case 3 where path[1] == "PARAMETRES":
      capturing = name == "UAJ" || name == "ANNEE_SCOLAIRE"
    case 4 where path[1] == "DONNEES":
      if name == "ELEVE" {
        student = RawStudent(id: attributes[attribute: "ELEVE_ID"] ?? "", line: line)
      } else if name == "STRUCTURES_ELEVE" {
        structureOwner = attributes[attribute: "ELEVE_ID"] ?? ""
      }
    case 5 where student != nil:
      capturing = Self.studentFields.contains(name)
    case 5 where structureOwner != nil && name == "STRUCTURE":
      structureCode = ""
      structureType = ""
    case 6 where structureOwner != nil && path[4] == "STRUCTURE":
      capturing = name == "CODE_STRUCTURE" || name == "TYPE_STRUCTURE"
    default:
      break
    }
    if capturing { text = "" }
  }

  private mutating func end(_ name: String) {
    if capturing { store(name, value: text.trimmedSpaces) }
    capturing = false
    switch (path.count, name) {
    case (4, "ELEVE"):
      if let student { students.append(student) }
      student = nil
    case (4, "STRUCTURES_ELEVE"):
      structureOwner = nil
    case (5, "STRUCTURE"):
      if let owner = structureOwner { applyStructure(owner: owner) }
    default:
      break
    }
    if !path.isEmpty { path.removeLast() }
  }

  private mutating func store(_ name: String, value: String) {
    switch path.count {
    case 3 where name == "ANNEE_SCOLAIRE": schoolYear = value
    case 3: uai = value
    case 5: student?.fields[name] = value
    case 6 where name == "CODE_STRUCTURE": structureCode = value
    case 6: structureType = value
    default: break
    }
  }

  private mutating func applyStructure(owner: String) {
    guard structureType == "D" else {
      if structureType == "G" { structures[owner, default: Structures()].sawGroup = true }
      return
    }
    if structureCode == "Inactifs" {
      structures[owner, default: Structures()].sawInactive = true
    } else if !structureCode.isEmpty {
      // Like Pix Orga: when several divisions qualify, the last one wins.
      structures[owner, default: Structures()].division = structureCode
    }
  }
}
