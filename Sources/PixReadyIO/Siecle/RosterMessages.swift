import PixReadyCore

/// The sentences of the roster cross-check with SIECLE, in one language. Written here and nowhere else.
public struct RosterMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// The sentence of `finding`: where, who, what differs, and what to do.
  public func message(for finding: RosterFinding) -> String {
    let fr = language == .fr
    let roster = finding.roster.map(describe) ?? ""
    let siecle = finding.siecle.map(describe) ?? ""
    let place = place(of: finding)
    switch finding.kind {
    case .missingFromRoster:
      return fr
        ? "\(siecle) est dans SIECLE mais pas dans votre fichier ; ajoutez cet élève (pixready template --siecle "
          + "écrit la liste complète)."
        : "\(siecle) is in SIECLE but not in your file; add the student (pixready template --siecle writes the "
          + "full list)."
    case .unknownToSiecle:
      return fr
        ? "\(place) : SIECLE ne connaît pas \(roster), ni par l'INE, ni par le nom et la date de naissance ; "
          + "vérifiez l'INE, ou prenez un export SIECLE plus récent."
        : "\(place): SIECLE does not know \(roster), neither by INE nor by name and birthdate; check the INE, "
          + "or use a newer SIECLE export."
    case .leftSchool:
      let date = finding.siecle?.leavingDate ?? ""
      return fr
        ? "\(place) : \(roster) a quitté l'établissement le \(date) selon SIECLE ; retirez cet élève de la liste."
        : "\(place): \(roster) left the school on \(date) according to SIECLE; remove them from the roster."
    case .nameDiffers:
      let parts = differing(finding.parts.isEmpty ? [.lastName] : finding.parts)
      return fr
        ? "\(place) : même INE mais \(parts), \(roster) dans votre fichier et \(siecle) dans SIECLE. Corrigez votre "
          + "fichier, car Pix Orga reconnaît l'élève à ses nom, prénom et date de naissance."
        : "\(place): same INE but \(parts), \(roster) in your file and \(siecle) in SIECLE. Correct your file, "
          + "as Pix Orga recognises a student by last name, first name and birthdate."
    case .birthdateDiffers:
      let mine = finding.roster?[.dateNaissance] ?? ""
      let theirs = finding.siecle?.birthdate ?? ""
      if mine.isEmpty && theirs.isEmpty {  // anonymised: the dates are not shown
        return fr
          ? "\(place) : même INE mais date de naissance différente pour \(roster) dans la liste et dans SIECLE. "
            + "Corrigez la liste, car l'élève en aura besoin pour rejoindre Pix Orga."
          : "\(place): same INE but a different birthdate for \(roster) in the roster and in SIECLE. Correct the "
            + "roster, as the student needs it to join Pix Orga."
      }
      return fr
        ? "\(place) : même INE mais date de naissance différente pour \(roster), \(mine) dans la liste et "
          + "\(theirs) dans SIECLE. Corrigez la liste, car l'élève en aura besoin pour rejoindre Pix Orga."
        : "\(place): same INE but a different birthdate for \(roster), \(mine) in the roster and \(theirs) in "
          + "SIECLE. Correct the roster, as the student needs it to join Pix Orga."
    case .ineDiffers:
      let theirs = finding.siecle?.ine ?? ""
      return fr
        ? "\(place) : \(roster) a le même nom et la même date de naissance que l'élève d'INE \(theirs) dans "
          + "SIECLE ; corrigez l'INE."
        : "\(place): \(roster) has the same name and birthdate as the student with INE \(theirs) in SIECLE; "
          + "correct the INE."
    case .matchedWithoutINE:
      let theirs = finding.siecle?.ine ?? ""
      return fr
        ? "\(place) : \(roster) n'a pas d'INE ; SIECLE donne \(theirs) (même nom et date de naissance), ajoutez-le."
        : "\(place): \(roster) has no INE; SIECLE gives \(theirs) (same name and birthdate), add it."
    case .ineWithoutLeadingZeros:
      let mine = finding.roster?[.ine].trimmedSpaces ?? ""
      let theirs = finding.siecle?.ine ?? ""
      return fr
        ? "\(place) : l'INE « \(mine) » de \(roster) est « \(theirs) » dans SIECLE, car le tableur a enlevé ses zéros "
          + "de tête. L'élève est reconnu, mais corrigez la liste (pixready template -o classe.xlsx garde l'INE en "
          + "texte)."
        : "\(place): INE '\(mine)' of \(roster) is '\(theirs)' in SIECLE: the spreadsheet removed its leading zeros; "
          + "the student is recognised, but correct the roster (pixready template -o classe.xlsx keeps the INE as text)."
    case .duplicateINE:
      let first = finding.firstRow.map(String.init) ?? "?"
      return fr
        ? "\(place) : l'INE \(finding.ine) est déjà celui du \(first == "1" ? "1er" : first + "e") élève de la liste ; "
          + "supprimez le doublon."
        : "\(place): INE \(finding.ine) already belongs to student #\(first) of the roster; remove the duplicate."
    }
  }

  /// The one-line summary of a cross-check: what your file lacks or holds in excess compared with
  /// SIECLE, or, when the export does not fit (`mismatch`), that it is probably another school's or year's.
  ///
  /// It says nothing of question 1: the roster is your file, not Pix Orga's list.
  public func summary(_ findings: [RosterFinding], mismatch: RosterCrossCheck.Mismatch? = nil) -> String {
    let fr = language == .fr
    let count = { (kind: RosterFinding.Kind) in findings.count { $0.kind == kind } }
    let differences = count(.nameDiffers) + count(.birthdateDiffers) + count(.ineDiffers)
    if let mismatch { return mismatchSentence(mismatch) + " " + rest(count(.leftSchool), differences) }
    let missing = count(.missingFromRoster)
    let unknown = count(.unknownToSiecle)
    let head =
      fr
      ? "Contrôle SIECLE : \(Plural.fr(missing, "élève", "élèves")) de SIECLE \(missing > 1 ? "absents" : "absent") de "
        + "votre fichier\(missing == 0 ? "" : missing > 1 ? " (ajoutez-les)" : " (ajoutez-le)"), "
        + "\(Plural.fr(unknown, "inconnu", "inconnus")) de SIECLE, "
      : "SIECLE check: \(Plural.en(missing, "SIECLE student")) missing from your file"
        + "\(missing == 0 ? "" : missing > 1 ? " (add them)" : " (add it)"), \(unknown) unknown to SIECLE, "
    return head + rest(count(.leftSchool), differences)
  }

  private func rest(_ left: Int, _ differences: Int) -> String {
    language == .fr
      ? "\(Plural.fr(left, "parti", "partis")), \(Plural.fr(differences, "différence", "différences")) d'identité."
      : "\(left) who left, \(Plural.en(differences, "identity difference"))."
  }

  /// « Seuls 2 des 30 élèves de votre fichier sont dans l'export SIECLE (UAI 0350099X, année 2024-2025) : … »
  private func mismatchSentence(_ mismatch: RosterCrossCheck.Mismatch) -> String {
    let fr = language == .fr
    var about: [String] = []
    if let uai = mismatch.uai, !uai.isEmpty { about.append("UAI \(uai)") }
    if let year = mismatch.schoolYear, let first = Int(year) {
      about.append((fr ? "année " : "year ") + "\(first)-\(first + 1)")
    } else if let year = mismatch.schoolYear, !year.isEmpty {
      about.append((fr ? "année " : "year ") + year)
    }
    let export = about.isEmpty ? "" : " (" + about.joined(separator: ", ") + ")"
    let found =
      switch mismatch.matched {
      case 0: "aucun des \(mismatch.rows) élèves de votre fichier n'est"
      case 1: "un seul des \(mismatch.rows) élèves de votre fichier est"
      default: "seuls \(mismatch.matched) des \(mismatch.rows) élèves de votre fichier sont"
      }
    return fr
      ? "Contrôle SIECLE : \(found) dans l'export SIECLE\(export), qui vient sans doute d'un autre établissement "
        + "ou d'une autre année. Prenez l'export de l'établissement pour l'année en cours (les élèves inconnus de "
        + "SIECLE ne sont pas listés un à un)."
      : "SIECLE check: only \(mismatch.matched) of the \(mismatch.rows) students of your file are in the SIECLE "
        + "export\(export), which probably comes from another school or another year. Use the school's export for "
        + "the current year (students unknown to SIECLE are not listed one by one)."
  }

  /// « nom et prénom différents », « date de naissance différente », “different first name”.
  private func differing(_ parts: [RosterFinding.Part]) -> String {
    let fr = language == .fr
    let words = parts.map { part in
      switch part {
      case .lastName: fr ? "nom" : "last name"
      case .firstName: fr ? "prénom" : "first name"
      case .birthdate: fr ? "date de naissance" : "birthdate"
      }
    }
    let list =
      words.count > 1
      ? words.dropLast().joined(separator: ", ") + (fr ? " et " : " and ") + (words.last ?? "") : words.first ?? ""
    guard fr else { return "different " + list }
    if parts.count > 1 { return list + " différents" }
    return list + (parts == [.birthdate] ? " différente" : " différent")
  }

  /// « Léa MARTIN (INE 123456789AB, 2NDE3, née le 14/02/2009) » from a roster row.
  public func describe(_ student: StudentIdentity) -> String {
    describe(
      name: student.displayName, ine: student[.ine].trimmedSpaces, division: student[.classe].trimmedSpaces,
      birthdate: student[.dateNaissance].trimmedSpaces)
  }

  /// The same from a SIECLE student.
  public func describe(_ student: SiecleStudent) -> String {
    describe(name: student.displayName, ine: student.ine, division: student.division, birthdate: student.birthdate)
  }

  private func describe(name: String, ine: String, division: String, birthdate: String) -> String {
    var details: [String] = []
    if !ine.isEmpty { details.append("INE \(ine)") }
    if !division.isEmpty { details.append(division) }
    if !birthdate.isEmpty {
      details.append(language == .fr ? "date de naissance \(birthdate)" : "born \(birthdate)")
    }
    let quoted = language.quoted(name)
    return details.isEmpty ? quoted : quoted + " (" + details.joined(separator: ", ") + ")"
  }

  private func place(of finding: RosterFinding) -> String {
    let fr = language == .fr
    if let line = finding.line { return fr ? "ligne \(line)" : "line \(line)" }
    if let row = finding.row { return fr ? "élève n° \(row) de la liste" : "roster student #\(row)" }
    return fr ? "liste" : "roster"
  }
}
