import PixReadyCore

/// Everything that can be wrong with a SIECLE export, with the values a message needs.
///
/// Sentences are written in ``SiecleMessages``, once per language. Problems about the file are
/// errors (nothing is read); problems about students are warnings (the student is kept).
public enum SiecleProblem: Error, Sendable, Equatable {
  /// What a file that is not a SIECLE export looks like, for the message.
  public enum Content: Sendable, Equatable {
    /// An empty file.
    case empty
    /// A PDF document.
    case pdf
    /// An office document (xlsx, docx, ods…), which is a zip of several XML files.
    case officeDocument
    /// An old binary Excel or Word file.
    case legacyOfficeDocument
    /// Text beginning with these characters (a CSV file, for example).
    case text(String)
    /// Other binary data.
    case binary
  }

  /// The file cannot be read.
  case unreadable(reason: String)
  /// The file is larger than `limit` bytes, far more than any school's export: not read.
  case fileTooLarge(limit: Int)
  /// Neither an XML file nor a zip archive.
  case notXMLOrZip(found: Content)
  /// The zip archive cannot be read, or breaks a limit.
  case archive(ZipArchive.Failure)
  /// The zip archive holds no `.xml` file; these are its entries.
  case noXMLInArchive(entries: [String])
  /// The zip archive holds several `.xml` files.
  case severalXMLInArchive(names: [String])
  /// The XML declaration names an encoding other than ISO-8859-15, ISO-8859-1, Windows-1252 or UTF-8.
  case unsupportedEncoding(String)
  /// A UTF-8 byte-order mark, but the declaration names another encoding: the file was re-saved.
  case encodingConflict(declared: String)
  /// A document type declaration (`<!DOCTYPE`, `<!ENTITY`), refused: SIECLE exports have none,
  /// and entities are how XML bombs and external-entity attacks work.
  case documentTypeDeclaration
  /// More than 64 KiB before the first element.
  case prologTooLong
  /// The root element is not `BEE_ELEVES`.
  case notSiecleExport(root: String)
  /// The XML is malformed: what the reader found.
  case malformedXML(XMLError.Kind)
  /// No `ELEVE` element at all.
  case noStudents
  /// No `PARAMETRES/UAJ`: Pix Orga refuses the file (UAI check).
  case missingUAI
  /// No `ID_NATIONAL` element: Pix Orga skips the student silently.
  case missingINE
  /// An empty `ID_NATIONAL`: Pix Orga refuses the whole file.
  case emptyINE
  /// The same INE for two students (the other one's line): Pix Orga refuses the file.
  case duplicateINE(ine: String, firstLine: Int)
  /// No division: Pix Orga skips the student silently.
  case missingDivision(SiecleStudent.DivisionGap)
  /// An empty `NOM_DE_FAMILLE`.
  case missingLastName
  /// An empty `PRENOM`.
  case missingFirstName
  /// An empty `DATE_NAISS`: Pix Orga refuses the file.
  case missingBirthdate
  /// A `DATE_NAISS` not in `JJ/MM/AAAA`: Pix Orga refuses the file.
  case invalidBirthdate(String)
  /// An empty `CODE_SEXE`: Pix Orga refuses the file.
  case missingSexCode
  /// Born in France (`CODE_PAYS` 100) without `CODE_COMMUNE_INSEE_NAISS`: Pix Orga refuses the file.
  case missingBirthCityCode

  /// The stable code (`missing-ine`).
  public var code: String {
    switch self {
    case .unreadable: "unreadable"
    case .fileTooLarge: "file-too-large"
    case .notXMLOrZip: "not-xml-or-zip"
    case .archive: "invalid-archive"
    case .noXMLInArchive: "no-xml-in-archive"
    case .severalXMLInArchive: "several-xml-in-archive"
    case .unsupportedEncoding: "unsupported-encoding"
    case .encodingConflict: "encoding-conflict"
    case .documentTypeDeclaration: "doctype-refused"
    case .prologTooLong: "prolog-too-long"
    case .notSiecleExport: "not-siecle-export"
    case .malformedXML: "malformed-xml"
    case .noStudents: "no-students"
    case .missingUAI: "missing-uai"
    case .missingINE: "missing-ine"
    case .emptyINE: "empty-ine"
    case .duplicateINE: "duplicate-ine"
    case .missingDivision: "missing-division"
    case .missingLastName: "missing-last-name"
    case .missingFirstName: "missing-first-name"
    case .missingBirthdate: "missing-birthdate"
    case .invalidBirthdate: "invalid-birthdate"
    case .missingSexCode: "missing-sex-code"
    case .missingBirthCityCode: "missing-birth-city-code"
    }
  }

  /// Errors make the file unusable; warnings concern one student or Pix Orga's import.
  public var severity: Severity {
    switch self {
    case .unreadable, .fileTooLarge, .notXMLOrZip, .archive, .noXMLInArchive, .severalXMLInArchive,
      .unsupportedEncoding,
      .encodingConflict, .documentTypeDeclaration, .prologTooLong, .notSiecleExport, .malformedXML, .noStudents:
      .error
    case .missingUAI, .missingINE, .emptyINE, .duplicateINE, .missingDivision, .missingLastName, .missingFirstName,
      .missingBirthdate, .invalidBirthdate, .missingSexCode, .missingBirthCityCode:
      .warning
    }
  }

  /// Whether this warning makes Pix Orga refuse the whole import of the file (its validation is
  /// not fail-fast: it lists every such problem). Errors are `false`: pixready did not read the file.
  public var pixOrgaRefusesFile: Bool {
    switch self {
    case .missingUAI, .emptyINE, .duplicateINE, .missingBirthdate, .invalidBirthdate, .missingSexCode,
      .missingBirthCityCode:
      true
    case .missingINE, .missingDivision, .missingLastName, .missingFirstName:
      false
    case .unreadable, .fileTooLarge, .notXMLOrZip, .archive, .noXMLInArchive, .severalXMLInArchive,
      .unsupportedEncoding,
      .encodingConflict, .documentTypeDeclaration, .prologTooLong, .notSiecleExport, .malformedXML, .noStudents:
      false
    }
  }
}
