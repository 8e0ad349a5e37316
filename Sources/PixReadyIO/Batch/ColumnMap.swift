import PixReadyCore

/// Which column of a class file holds which fact or identity field.
///
/// Headers are matched to the tree's declared column names case-, accent- and spacing-insensitively
/// (`Méthode Orga` = `methode_orga`), with the validator's ``ColumnKey/key(_:)``.
public struct ColumnMap: Sendable, Equatable {
  /// The column index of each fact found.
  public var facts: [String: Int]
  /// The column index of each identity field found.
  public var identity: [StudentIdentity.Field: Int]
  /// Headers matched to nothing (never copied to any output).
  public var ignored: [String]
  /// Student facts whose column is missing.
  public var missingStudentFacts: [String]
  /// School facts whose column is missing.
  public var missingSchoolFacts: [String]
  /// Facts whose column is missing but may be: every question asking them plans « je ne sais pas »,
  /// so every row reads as not knowing them.
  public var omittedFacts: [String]
  /// The header of each column, as written, trimmed of whitespace (``Whitespace/trimmed(_:)``).
  public var headers: [String]
  /// Facts named by more than one column, with every such column index: the file is ambiguous.
  public var duplicates: [Duplicate]

  /// Identity fields whose column name is repeated (`nom` twice), with every such column index:
  /// which one to copy is unknown.
  public var identityDuplicates: [IdentityDuplicate] = []

  /// An identity field whose column name appears several times.
  public struct IdentityDuplicate: Sendable, Equatable {
    /// The identity field.
    public var field: StudentIdentity.Field
    /// The indices of the columns with that name, in file order.
    public var columns: [Int]
  }

  /// A fact named by several columns.
  public struct Duplicate: Sendable, Equatable {
    /// The fact id.
    public var fact: String
    /// The indices of the columns that name it, in file order.
    public var columns: [Int]
  }

  /// The number of columns up to the last one with a header: what a full row has (empty
  /// headers at the end, from trailing delimiters, do not count).
  public var width: Int {
    (headers.lastIndex { !$0.isEmpty } ?? -1) + 1
  }

  /// The comparison key of a column header: ``ColumnKey/key(_:)``, shared with the validator.
  public static func key(_ header: String) -> String {
    ColumnKey.key(header)
  }

  /// Maps `headers` (as read, trimmed here) to the facts of `tree`.
  public init(headers: [String], tree: ValidatedTree) {
    let headers = headers.map(Whitespace.trimmed)
    self.headers = headers
    var byKey: [String: Int] = [:]
    for (index, header) in headers.enumerated() where byKey[Self.key(header)] == nil {
      byKey[Self.key(header)] = index
    }
    var used: Set<Int> = []
    duplicates = []
    facts = [:]
    missingStudentFacts = []
    missingSchoolFacts = []
    omittedFacts = []
    for fact in tree.tree.facts {
      let names = ColumnKey.names(of: fact)
      let keys = Set(names.map(Self.key))
      let all = headers.indices.filter { keys.contains(Self.key(headers[$0])) }
      if all.count > 1 { duplicates.append(Duplicate(fact: fact.id, columns: all)) }
      if let index = names.lazy.compactMap({ byKey[Self.key($0)] }).first {
        facts[fact.id] = index
        used.insert(index)
      } else if tree.mayOmitColumn(of: fact.id) {
        omittedFacts.append(fact.id)
      } else {
        switch fact.scope {
        case .school: missingSchoolFacts.append(fact.id)
        case .student: missingStudentFacts.append(fact.id)
        }
      }
    }
    identity = [:]
    for field in StudentIdentity.Field.allCases {
      let aliases = Self.identityAliases[field, default: []] + [field.rawValue]
      if let index = aliases.lazy.compactMap({ byKey[Self.key($0)] }).first(where: { !used.contains($0) }) {
        identity[field] = index
        used.insert(index)
        let key = Self.key(headers[index])
        let same = headers.indices.filter { Self.key(headers[$0]) == key }
        if same.count > 1 { identityDuplicates.append(IdentityDuplicate(field: field, columns: same)) }
      }
    }
    ignored = headers.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }.map(\.element)
  }

  /// Other headers accepted for the identity columns (Pix Orga and SIECLE spellings).
  static let identityAliases: [StudentIdentity.Field: [String]] = [
    .ine: ["INE", "identifiant national", "ID_NATIONAL", "numero INE"],
    .nom: ["nom de famille", "NOM_DE_FAMILLE", "last name", "nom élève"],
    .prenom: ["prénom", "first name", "prenom eleve"],
    .dateNaissance: ["date de naissance", "DATE_NAISS", "naissance", "birthdate", "né le"],
    .classe: ["division", "classe", "CODE_STRUCTURE", "class"],
  ]
}
