/// The identity columns carried from the input to every output, and nothing else.
///
/// Other columns of the class file are never copied anywhere (data minimisation).
public struct StudentIdentity: Sendable, Equatable, Hashable {
  /// The identity columns, in output order, with the column name used in files.
  public enum Field: String, Sendable, CaseIterable, Codable {
    /// Identifiant national élève.
    case ine
    /// Nom de famille.
    case nom
    /// Prénom.
    case prenom
    /// Date de naissance, as written.
    case dateNaissance = "date_naissance"
    /// Classe (division).
    case classe
  }

  // One stored value per field (`nil` when the column is missing): a row's identity is read and
  // copied for every row, and a dictionary would be allocated and hashed each time.
  private var ine: String?
  private var nom: String?
  private var prenom: String?
  private var dateNaissance: String?
  private var classe: String?

  /// The values, by field; absent when the column is missing.
  public var values: [Field: String] {
    get {
      var values: [Field: String] = [:]
      for field in Field.allCases { if let value = self[ifPresent: field] { values[field] = value } }
      return values
    }
    set {
      for field in Field.allCases { self[ifPresent: field] = newValue[field] }
    }
  }

  /// An identity with no column (every field absent).
  public init() {}

  /// Creates an identity.
  public init(values: [Field: String]) {
    for (field, value) in values { self[ifPresent: field] = value }
  }

  /// The value of a field, empty when absent.
  public subscript(field: Field) -> String {
    get { self[ifPresent: field] ?? "" }
    set { self[ifPresent: field] = newValue }
  }

  /// The value of a field, `nil` when absent (the column is missing).
  public subscript(ifPresent field: Field) -> String? {
    get {
      switch field {
      case .ine: ine
      case .nom: nom
      case .prenom: prenom
      case .dateNaissance: dateNaissance
      case .classe: classe
      }
    }
    set {
      switch field {
      case .ine: ine = newValue
      case .nom: nom = newValue
      case .prenom: prenom = newValue
      case .dateNaissance: dateNaissance = newValue
      case .classe: classe = newValue
      }
    }
  }

  /// « Prénom Nom », or the INE, or an empty string.
  public var displayName: String {
    let name = [self[.prenom], self[.nom]].filter { !$0.isEmpty }.joined(separator: " ")
    return name.isEmpty ? self[.ine] : name
  }
}

extension StudentIdentity.Field {
  /// The field's index in `allCases` (bit `position` of the byte path's masks), without a search.
  var position: Int {
    switch self {
    case .ine: 0
    case .nom: 1
    case .prenom: 2
    case .dateNaissance: 3
    case .classe: 4
    }
  }
}
