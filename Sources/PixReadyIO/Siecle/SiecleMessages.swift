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

  /// The sentence of `finding`; a student's problem is a sentence about that student, by name
  /// (« Hugo BERNARD n'a pas d'INE dans SIECLE : … »).
  public func message(for finding: SiecleFinding) -> String {
    if let student = finding.student, let sentence = sentence(about: student, finding.problem) {
      return sentence
    }
    switch language {
    case .fr: return french(finding.problem)
    case .en: return english(finding.problem)
    }
  }

  /// « Luciole HANDMADE », or « l'élève d'INE 00000000123 » or « l'élève SIECLE n° 0001 » without a name.
  public func describe(_ student: SiecleStudent) -> String {
    let name = [student.firstName, student.lastName].filter { !$0.isEmpty }.joined(separator: " ")
    if !name.isEmpty { return name }
    let fr = language == .fr
    if !student.ine.isEmpty { return fr ? "l'élève d'INE \(student.ine)" : "the student with INE \(student.ine)" }
    return fr ? "l'élève SIECLE n° \(student.id) (ELEVE_ID)" : "SIECLE student #\(student.id) (ELEVE_ID)"
  }

  /// The sentence about one student, starting with a capital; `nil` for a problem of the whole file.
  private func sentence(about student: SiecleStudent, _ problem: SiecleProblem) -> String? {
    let text: String?
    switch language {
    case .fr: text = french(problem, who: describe(student))
    case .en: text = english(problem, who: describe(student))
    }
    return text.map { $0.prefix(1).uppercased() + $0.dropFirst() }
  }

  private func french(_ problem: SiecleProblem, who: String) -> String? {
    let refused = "Pix Orga refusera tout le fichier"
    let skipped = "cet élève reste dans le fichier"
    switch problem {
    case .missingINE:
      return "\(who) n'a pas d'INE dans SIECLE : \(skipped) (colonne ine vide), mais Pix Orga ne l'importera pas, "
        + "sans message d'erreur. Complétez l'INE dans SIECLE."
    case .emptyINE:
      return "l'INE de \(who) est vide dans SIECLE : \(skipped) (colonne ine vide), mais \(refused) "
        + "(« Le champ INE est obligatoire pour chaque élève. »). Complétez l'INE dans SIECLE."
    case .duplicateINE(let ine, let firstLine):
      return "\(who) a l'INE \(ine), déjà celui de l'élève de la ligne \(firstLine) : \(refused). "
        + "Corrigez ce doublon dans SIECLE."
    case .missingDivision(let gap):
      return "\(who) n'a pas de division dans SIECLE (\(gapText(gap))) : \(skipped) (colonne classe vide), mais "
        + "Pix Orga ne l'importera pas, sans message d'erreur. Affectez cet élève à une division dans SIECLE."
    case .missingLastName:
      return "\(who) n'a pas de nom de famille dans SIECLE. Complétez-le dans SIECLE."
    case .missingFirstName:
      return "\(who) n'a pas de prénom dans SIECLE. Complétez-le dans SIECLE."
    case .missingBirthdate:
      return "\(who) n'a pas de date de naissance dans SIECLE : \(refused). Complétez-la dans SIECLE."
    case .invalidBirthdate(let value):
      return "la date de naissance de \(who) dans SIECLE, « \(value) », n'est pas au format JJ/MM/AAAA : "
        + "\(refused). Corrigez-la dans SIECLE."
    case .missingSexCode:
      return "le sexe de \(who) n'est pas renseigné dans SIECLE : \(refused). Complétez-le dans SIECLE."
    case .missingBirthCityCode:
      return "la commune de naissance en France de \(who) n'est pas renseignée dans SIECLE (code INSEE) : "
        + "\(refused). Complétez-la dans SIECLE."
    case .unreadable, .fileTooLarge, .notXMLOrZip, .archive, .noXMLInArchive, .severalXMLInArchive,
      .unsupportedEncoding,
      .encodingConflict, .documentTypeDeclaration, .prologTooLong, .notSiecleExport, .malformedXML, .noStudents,
      .missingUAI:
      return nil
    }
  }

  private func english(_ problem: SiecleProblem, who: String) -> String? {
    let refused = "Pix Orga will refuse the whole file"
    let skipped = "the student stays in the file"
    switch problem {
    case .missingINE:
      return "\(who) has no INE in SIECLE: \(skipped) (empty ine column), but Pix Orga will not import them, "
        + "without any error message. Fill in the INE in SIECLE."
    case .emptyINE:
      return "the INE of \(who) is empty in SIECLE: \(skipped) (empty ine column), but \(refused) "
        + "(the INE is required for every student). Fill in the INE in SIECLE."
    case .duplicateINE(let ine, let firstLine):
      return "\(who) has INE \(ine), already that of the student on line \(firstLine): \(refused). "
        + "Fix this duplicate in SIECLE."
    case .missingDivision(let gap):
      return "\(who) has no division in SIECLE (\(gapText(gap))): \(skipped) (empty classe column), but Pix Orga "
        + "will not import them, without any error message. Assign the student to a division in SIECLE."
    case .missingLastName:
      return "\(who) has no last name in SIECLE. Complete it in SIECLE."
    case .missingFirstName:
      return "\(who) has no first name in SIECLE. Complete it in SIECLE."
    case .missingBirthdate:
      return "\(who) has no birthdate in SIECLE: \(refused). Complete it in SIECLE."
    case .invalidBirthdate(let value):
      return "the birthdate of \(who) in SIECLE, '\(value)', is not in the DD/MM/YYYY format: \(refused). "
        + "Correct it in SIECLE."
    case .missingSexCode:
      return "the sex of \(who) is not given in SIECLE: \(refused). Complete it in SIECLE."
    case .missingBirthCityCode:
      return "the birth town in France of \(who) is not given in SIECLE (INSEE code): \(refused). "
        + "Complete it in SIECLE."
    case .unreadable, .fileTooLarge, .notXMLOrZip, .archive, .noXMLInArchive, .severalXMLInArchive,
      .unsupportedEncoding,
      .encodingConflict, .documentTypeDeclaration, .prologTooLong, .notSiecleExport, .malformedXML, .noStudents,
      .missingUAI:
      return nil
    }
  }

  private var expected: String {
    switch language {
    case .fr:
      "Il faut l'export SIECLE « Élèves sans adresse » (Exportations > En XML), le .zip tel que téléchargé "
        + "ou le fichier ElevesSansAdresses.xml qu'il contient"
    case .en:
      "Give the SIECLE export 'Élèves sans adresse' (Exportations > En XML), the .zip as downloaded "
        + "or the ElevesSansAdresses.xml file inside it"
    }
  }

  private func french(_ problem: SiecleProblem) -> String {
    switch problem {
    case .unreadable(let reason):
      return
        "fichier illisible (\(SystemErrorText.text(reason, language: .fr))) ; vérifiez le chemin et les droits du fichier."
    case .fileTooLarge(let limit):
      return "le fichier dépasse \(megabytes(limit)) ; non lu. L'export d'un établissement pèse quelques Mio : "
        + "vérifiez que c'est bien l'export « Élèves sans adresse »."
    case .notXMLOrZip(let found):
      return "ce n'est pas un export SIECLE mais \(content(found)). \(expected)."
    case .archive(let failure):
      return archive(failure)
    case .noXMLInArchive(let entries):
      return "l'archive ne contient aucun fichier .xml (\(list(entries))). \(expected)."
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
        + expected + "."
    case .notSiecleExport(let root):
      return "ce n'est pas un export « Élèves sans adresse » (il commence par <\(root)> et non par <BEE_ELEVES>). "
        + "\(expected)."
    case .malformedXML(let kind):
      return "XML mal formé (\(XMLMessages(language: language).text(kind))) ; le fichier est tronqué ou a été modifié. "
        + "Téléchargez à nouveau l'export depuis SIECLE."
    case .noStudents:
      return "aucun élève (aucun élément ELEVE) dans l'export ; vérifiez que c'est bien « Élèves sans adresse »."
    case .missingUAI:
      return "l'export ne donne pas l'UAI de l'établissement (PARAMETRES/UAJ) : Pix Orga refusera ce fichier "
        + "(« L’UAI du fichier SIECLE ne correspond pas à celui de votre établissement. »)."
    case .missingINE, .emptyINE, .duplicateINE, .missingDivision, .missingLastName, .missingFirstName,
      .missingBirthdate, .invalidBirthdate, .missingSexCode, .missingBirthCityCode:
      let text = french(problem, who: "un élève") ?? ""
      return text.prefix(1).uppercased() + text.dropFirst()
    }
  }

  private func english(_ problem: SiecleProblem) -> String {
    switch problem {
    case .unreadable(let reason):
      return "cannot read the file (\(reason)); check its path and permissions."
    case .fileTooLarge(let limit):
      return "the file is larger than \(megabytes(limit)); not read. A school's export weighs a few MiB: "
        + "check that this is the 'Élèves sans adresse' export."
    case .notXMLOrZip(let found):
      return "not a SIECLE export but \(content(found)). \(expected)."
    case .archive(let failure):
      return archive(failure)
    case .noXMLInArchive(let entries):
      return "the archive holds no .xml file (\(list(entries))). \(expected)."
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
        + expected + "."
    case .notSiecleExport(let root):
      return "not an 'Élèves sans adresse' export (it starts with <\(root)>, not <BEE_ELEVES>). \(expected)."
    case .malformedXML(let kind):
      return "malformed XML (\(XMLMessages(language: language).text(kind))); the file is truncated or was edited. "
        + "Download the export from SIECLE again."
    case .noStudents:
      return "no student (no ELEVE element) in the export; check that it is 'Élèves sans adresse'."
    case .missingUAI:
      return "the export gives no school UAI (PARAMETRES/UAJ): Pix Orga will refuse this file (the school's UAI "
        + "does not match)."
    case .missingINE, .emptyINE, .duplicateINE, .missingDivision, .missingLastName, .missingFirstName,
      .missingBirthdate, .invalidBirthdate, .missingSexCode, .missingBirthCityCode:
      let text = english(problem, who: "a student") ?? ""
      return text.prefix(1).uppercased() + text.dropFirst()
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
