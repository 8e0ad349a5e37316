import PixReadyCore

/// The sentences of SIECLE findings, in one language. Written here and nowhere else.
///
/// Each says what is wrong, for which student, what Pix Orga does with it, and what to do.
public struct SiecleMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// The sentence of `finding`, naming its student when it has one.
  public func message(for finding: SiecleFinding) -> String {
    let text: String
    switch language {
    case .fr: text = french(finding.problem)
    case .en: text = english(finding.problem)
    }
    guard let student = finding.student else { return text }
    return describe(student) + (language == .fr ? " : " : ": ") + text
  }

  /// « élève Luciole HANDMADE (ELEVE_ID 0001, INE 00000000123) ».
  public func describe(_ student: SiecleStudent) -> String {
    var keys = ["ELEVE_ID \(student.id)"]
    if !student.ine.isEmpty { keys.append("INE \(student.ine)") }
    let fr = language == .fr
    return (fr ? "élève « " : "student '") + student.displayName + (fr ? " » (" : "' (")
      + keys.joined(separator: ", ") + ")"
  }

  private var expected: String {
    switch language {
    case .fr:
      "attendu : l'export SIECLE « Élèves sans adresse » (Exportations > En XML), le .zip tel que téléchargé "
        + "ou le fichier ElevesSansAdresses.xml qu'il contient"
    case .en:
      "expected: the SIECLE export « Élèves sans adresse » (Exportations > En XML), the .zip as downloaded "
        + "or the ElevesSansAdresses.xml file inside it"
    }
  }

  private func french(_ problem: SiecleProblem) -> String {
    switch problem {
    case .unreadable(let reason):
      return
        "fichier illisible (\(SystemErrorText.text(reason, language: .fr))) ; vérifiez le chemin et les droits du fichier."
    case .notXMLOrZip(let found):
      return "ce n'est pas un export SIECLE ; \(expected) ; trouvé : \(content(found))."
    case .archive(let failure):
      return archive(failure)
    case .noXMLInArchive(let entries):
      return "l'archive ne contient aucun fichier .xml (\(list(entries))) ; \(expected)."
    case .severalXMLInArchive(let names):
      return "l'archive contient plusieurs fichiers .xml (\(list(names))) alors qu'un export SIECLE n'en a qu'un ; "
        + "donnez le fichier ElevesSansAdresses.xml lui-même."
    case .unsupportedEncoding(let name):
      return "encodage « \(name) » non pris en charge ; les exports SIECLE sont en ISO-8859-15 (ou UTF-8). "
        + "Téléchargez à nouveau l'export sans le modifier."
    case .encodingConflict(let declared):
      return "le fichier commence par une marque UTF-8 (BOM) mais déclare l'encodage « \(declared) » : il a été "
        + "réenregistré par un éditeur. Téléchargez à nouveau l'export sans le modifier."
    case .documentTypeDeclaration:
      return "déclaration <!DOCTYPE ou <!ENTITY refusée : un export SIECLE n'en contient pas, et c'est ainsi que "
        + "fonctionnent les attaques par entités XML. Téléchargez à nouveau l'export sans le modifier."
    case .prologTooLong:
      return "plus de 64 Kio avant le premier élément XML : un export SIECLE commence par <BEE_ELEVES>. "
        + expected.prefix(1).uppercased() + expected.dropFirst() + "."
    case .notSiecleExport(let root):
      return "ce n'est pas un export « Élèves sans adresse » : l'élément racine est <\(root)>, "
        + "attendu <BEE_ELEVES> ; \(expected)."
    case .malformedXML(let kind):
      return "XML mal formé (\(XMLMessages(language: language).text(kind))) ; le fichier est tronqué ou a été modifié. "
        + "Téléchargez à nouveau l'export depuis SIECLE."
    case .noStudents:
      return "aucun élève (aucun élément ELEVE) dans l'export ; vérifiez que c'est bien « Élèves sans adresse »."
    case .missingUAI:
      return "pas d'UAI (PARAMETRES/UAJ) : Pix Orga refusera ce fichier (« L’UAI du fichier SIECLE ne correspond "
        + "pas à celui de votre établissement. »)."
    case .missingINE:
      return "pas d'INE (ID_NATIONAL absent) : gardé avec une cellule ine vide ; Pix Orga l'ignore sans le dire "
        + "(élève pas encore arrivé ?). Complétez l'INE dans SIECLE."
    case .emptyINE:
      return "INE vide (ID_NATIONAL) : gardé avec une cellule ine vide ; Pix Orga refuse tout le fichier "
        + "(« Le champ INE est obligatoire pour chaque élève. »). Complétez l'INE dans SIECLE."
    case .duplicateINE(let ine, let firstLine):
      return "INE \(ine) déjà porté par l'élève de la ligne \(firstLine) : Pix Orga refuse tout le fichier. "
        + "Corrigez les doublons dans SIECLE."
    case .missingDivision(let gap):
      return "pas de division (\(gapText(gap))) : gardé avec une cellule classe vide ; Pix Orga l'ignore sans "
        + "le dire. Affectez l'élève à une division dans SIECLE."
    case .missingLastName:
      return "nom de famille vide (NOM_DE_FAMILLE) ; complétez-le dans SIECLE."
    case .missingFirstName:
      return "prénom vide (PRENOM) ; complétez-le dans SIECLE."
    case .missingBirthdate:
      return "date de naissance vide (DATE_NAISS) : Pix Orga refuse tout le fichier ; complétez-la dans SIECLE."
    case .invalidBirthdate(let value):
      return "date de naissance « \(value) » au mauvais format (attendu JJ/MM/AAAA) : Pix Orga refuse tout le "
        + "fichier."
    case .missingSexCode:
      return "sexe non renseigné (CODE_SEXE vide) : Pix Orga refuse tout le fichier ; complétez-le dans SIECLE."
    case .missingBirthCityCode:
      return "né en France sans code commune de naissance (CODE_COMMUNE_INSEE_NAISS) : Pix Orga refuse tout le "
        + "fichier ; complétez-le dans SIECLE."
    }
  }

  private func english(_ problem: SiecleProblem) -> String {
    switch problem {
    case .unreadable(let reason):
      return "cannot read the file (\(reason)); check its path and permissions."
    case .notXMLOrZip(let found):
      return "not a SIECLE export; \(expected); found: \(content(found))."
    case .archive(let failure):
      return archive(failure)
    case .noXMLInArchive(let entries):
      return "the archive holds no .xml file (\(list(entries))); \(expected)."
    case .severalXMLInArchive(let names):
      return "the archive holds several .xml files (\(list(names))) while a SIECLE export has one; "
        + "give the ElevesSansAdresses.xml file itself."
    case .unsupportedEncoding(let name):
      return "encoding '\(name)' is not supported; SIECLE exports are ISO-8859-15 (or UTF-8). "
        + "Download the export again and do not edit it."
    case .encodingConflict(let declared):
      return "the file starts with a UTF-8 byte-order mark but declares the encoding '\(declared)': it was "
        + "re-saved by an editor. Download the export again and do not edit it."
    case .documentTypeDeclaration:
      return "<!DOCTYPE or <!ENTITY declaration refused: a SIECLE export has none, and this is how XML entity "
        + "attacks work. Download the export again and do not edit it."
    case .prologTooLong:
      return "more than 64 KiB before the first XML element: a SIECLE export starts with <BEE_ELEVES>. "
        + expected.prefix(1).uppercased() + expected.dropFirst() + "."
    case .notSiecleExport(let root):
      return "not an « Élèves sans adresse » export: the root element is <\(root)>, expected <BEE_ELEVES>; "
        + "\(expected)."
    case .malformedXML(let kind):
      return "malformed XML (\(XMLMessages(language: language).text(kind))); the file is truncated or was edited. "
        + "Download the export from SIECLE again."
    case .noStudents:
      return "no student (no ELEVE element) in the export; check that it is « Élèves sans adresse »."
    case .missingUAI:
      return "no UAI (PARAMETRES/UAJ): Pix Orga will refuse this file (the school's UAI does not match)."
    case .missingINE:
      return "no INE (no ID_NATIONAL): kept with an empty ine cell; Pix Orga skips the student silently "
        + "(not arrived yet?). Fill in the INE in SIECLE."
    case .emptyINE:
      return "empty INE (ID_NATIONAL): kept with an empty ine cell; Pix Orga refuses the whole file "
        + "(the INE is required for every student). Fill in the INE in SIECLE."
    case .duplicateINE(let ine, let firstLine):
      return "INE \(ine) is already used by the student on line \(firstLine): Pix Orga refuses the whole file. "
        + "Remove the duplicates in SIECLE."
    case .missingDivision(let gap):
      return "no division (\(gapText(gap))): kept with an empty classe cell; Pix Orga skips the student "
        + "silently. Assign the student to a division in SIECLE."
    case .missingLastName:
      return "empty last name (NOM_DE_FAMILLE); fill it in SIECLE."
    case .missingFirstName:
      return "empty first name (PRENOM); fill it in SIECLE."
    case .missingBirthdate:
      return "empty birthdate (DATE_NAISS): Pix Orga refuses the whole file; fill it in SIECLE."
    case .invalidBirthdate(let value):
      return "birthdate '\(value)' is not JJ/MM/AAAA (DD/MM/YYYY): Pix Orga refuses the whole file."
    case .missingSexCode:
      return "sex not given (empty CODE_SEXE): Pix Orga refuses the whole file; fill it in SIECLE."
    case .missingBirthCityCode:
      return "born in France without a birth city code (CODE_COMMUNE_INSEE_NAISS): Pix Orga refuses the whole "
        + "file; fill it in SIECLE."
    }
  }

  private func content(_ content: SiecleProblem.Content) -> String {
    let fr = language == .fr
    switch content {
    case .empty: return fr ? "un fichier vide" : "an empty file"
    case .pdf: return fr ? "un document PDF" : "a PDF document"
    case .officeDocument:
      return fr ? "un document bureautique (xlsx, docx, ods…)" : "an office document (xlsx, docx, ods…)"
    case .legacyOfficeDocument:
      return fr ? "un ancien document Excel ou Word (xls, doc)" : "an old Excel or Word document (xls, doc)"
    case .text(let start):
      return fr ? "du texte qui commence par « \(start) »" : "text beginning with '\(start)'"
    case .binary: return fr ? "des données binaires inconnues" : "unknown binary data"
    }
  }

  private func archive(_ failure: ZipArchive.Failure) -> String {
    let fr = language == .fr
    let redownload = fr ? " Téléchargez à nouveau l'export depuis SIECLE." : " Download the export from SIECLE again."
    switch failure {
    case .notAnArchive, .corrupt:
      return (fr ? "archive zip illisible (tronquée ou abîmée)." : "unreadable zip archive (truncated or damaged).")
        + redownload
    case .zip64:
      return fr
        ? "archive zip64 (plus de 4 Gio) non prise en charge ; un export SIECLE est bien plus petit."
        : "zip64 archive (over 4 GiB) not supported; a SIECLE export is far smaller."
    case .tooManyEntries(let count, let limit):
      return fr
        ? "l'archive contient \(count) fichiers (au plus \(limit)) ; ce n'est pas un export SIECLE."
        : "the archive holds \(count) files (at most \(limit)); this is not a SIECLE export."
    case .entryTooLarge(let name, let size, let limit):
      return fr
        ? "« \(name) » ferait \(megabytes(size)) une fois décompressé (au plus \(megabytes(limit))) ; refusé."
        : "'\(name)' would be \(megabytes(size)) once extracted (at most \(megabytes(limit))); refused."
    case .suspiciousRatio(let name, let ratio, let limit):
      return fr
        ? "« \(name) » est compressé \(ratio) fois (au plus \(limit)) : bombe zip probable, refusé."
        : "'\(name)' is compressed \(ratio) times (at most \(limit)): likely a zip bomb, refused."
    case .encrypted(let name):
      return fr
        ? "« \(name) » est chiffré ; donnez l'export tel que SIECLE le fournit, sans mot de passe."
        : "'\(name)' is encrypted; give the export as SIECLE provides it, without a password."
    case .unsupportedMethod(let name, let method):
      return fr
        ? "« \(name) » utilise la méthode de compression \(method) ; seules « stockée » et « deflate » sont lues."
        : "'\(name)' uses compression method \(method); only stored and deflate are read."
    case .invalidData(let name, _), .checksumMismatch(let name):
      return
        (fr
        ? "les données de « \(name) » sont abîmées (taille ou somme de contrôle CRC-32 fausse)."
        : "the data of '\(name)' is damaged (wrong size or CRC-32 checksum).") + redownload
    }
  }

  private func gapText(_ gap: SiecleStudent.DivisionGap) -> String {
    switch (gap, language) {
    case (.noStructure, .fr): "aucune structure"
    case (.noStructure, .en): "no structure"
    case (.groupsOnly, .fr): "seulement des groupes"
    case (.groupsOnly, .en): "groups only"
    case (.inactive, .fr): "division « Inactifs »"
    case (.inactive, .en): "division 'Inactifs'"
    }
  }

  private func megabytes(_ bytes: Int) -> String {
    let value = (bytes + (1 << 19)) >> 20
    return language == .fr ? "\(value) Mio" : "\(value) MiB"
  }

  private func list(_ names: [String]) -> String {
    if names.isEmpty { return language == .fr ? "archive vide" : "empty archive" }
    let shown = names.prefix(5).joined(separator: ", ")
    return names.count > 5 ? shown + ", …" : shown
  }
}
