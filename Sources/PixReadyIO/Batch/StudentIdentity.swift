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

  /// The values, by field; absent when the column is missing.
  public var values: [Field: String]

  /// Creates an identity.
  public init(values: [Field: String] = [:]) {
    self.values = values
  }

  /// The value of a field, empty when absent.
  public subscript(field: Field) -> String {
    get { values[field] ?? "" }
    set { values[field] = newValue }
  }

  /// « Prénom Nom », or the INE, or an empty string.
  public var displayName: String {
    let name = [self[.prenom], self[.nom]].filter { !$0.isEmpty }.joined(separator: " ")
    return name.isEmpty ? self[.ine] : name
  }
}
