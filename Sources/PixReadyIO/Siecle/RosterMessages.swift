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
    switch finding.code {
    case .missingFromRoster:
      return fr
        ? "élève de SIECLE absent de la liste : \(siecle) ; ajoutez-le (pixready template --siecle écrit la liste "
          + "complète)."
        : "SIECLE student missing from the roster: \(siecle); add them (pixready template --siecle writes the "
          + "full list)."
    case .unknownToSiecle:
      return fr
        ? "\(place) : \(roster) est inconnu de SIECLE (ni l'INE, ni le nom et la date de naissance) ; vérifiez "
          + "l'INE, ou prenez un export SIECLE plus récent."
        : "\(place): \(roster) is unknown to SIECLE (neither the INE nor the name and birthdate); check the INE, "
          + "or use a newer SIECLE export."
    case .leftSchool:
      let date = finding.siecle?.leavingDate ?? ""
      return fr
        ? "\(place) : \(roster) a quitté l'établissement le \(date) selon SIECLE ; retirez-le de la liste."
        : "\(place): \(roster) left the school on \(date) according to SIECLE; remove them from the roster."
    case .nameDiffers:
      return fr
        ? "\(place) : même INE, nom différent : \(roster) dans la liste, \(siecle) dans SIECLE ; corrigez la "
          + "liste : Pix Orga reconnaît l'élève à ses nom, prénom et date de naissance."
        : "\(place): same INE, different name: \(roster) in the roster, \(siecle) in SIECLE; correct the roster: "
          + "Pix Orga recognises a student by last name, first name and birthdate."
    case .birthdateDiffers:
      let mine = finding.roster?[.dateNaissance] ?? ""
      let theirs = finding.siecle?.birthdate ?? ""
      if mine.isEmpty && theirs.isEmpty {  // anonymised: the dates are not shown
        return fr
          ? "\(place) : même INE, date de naissance différente pour \(roster) dans la liste et dans SIECLE ; corrigez "
            + "la liste : l'élève en aura besoin pour rejoindre Pix Orga."
          : "\(place): same INE, different birthdate for \(roster) in the roster and in SIECLE; correct the roster: "
            + "the student needs it to join Pix Orga."
      }
      return fr
        ? "\(place) : même INE, date de naissance différente pour \(roster) : \(mine) dans la liste, \(theirs) "
          + "dans SIECLE ; corrigez la liste : l'élève en aura besoin pour rejoindre Pix Orga."
        : "\(place): same INE, different birthdate for \(roster): \(mine) in the roster, \(theirs) in SIECLE; "
          + "correct the roster: the student needs it to join Pix Orga."
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
        ? "\(place) : \(roster) n'a pas d'INE ; SIECLE donne \(theirs) (même nom et date de naissance) : ajoutez-le."
        : "\(place): \(roster) has no INE; SIECLE gives \(theirs) (same name and birthdate): add it."
    case .ineWithoutLeadingZeros:
      let mine = finding.roster?[.ine].trimmedSpaces ?? ""
      let theirs = finding.siecle?.ine ?? ""
      return fr
        ? "\(place) : l'INE « \(mine) » de \(roster) est « \(theirs) » dans SIECLE : le tableur a enlevé ses zéros de "
          + "tête ; l'élève est reconnu, mais corrigez la liste (pixready template -o classe.xlsx garde l'INE en texte)."
        : "\(place): INE '\(mine)' of \(roster) is '\(theirs)' in SIECLE: the spreadsheet removed its leading zeros; "
          + "the student is recognised, but correct the roster (pixready template -o classe.xlsx keeps the INE as text)."
    case .duplicateINE:
      let first = finding.firstRow.map(String.init) ?? "?"
      return fr
        ? "\(place) : INE \(finding.ine) déjà présent à l'élève n° \(first) de la liste ; supprimez le doublon."
        : "\(place): INE \(finding.ine) already on roster student #\(first); remove the duplicate."
    }
  }

  /// The one-line summary of a cross-check, with the state of question 1.
  public func summary(_ findings: [RosterFinding], questionOneDone: Bool) -> String {
    let fr = language == .fr
    let count = { (code: RosterFinding.Code) in findings.filter { $0.code == code }.count }
    let missing = count(.missingFromRoster)
    let differences = count(.nameDiffers) + count(.birthdateDiffers) + count(.ineDiffers)
    let counts =
      fr
      ? "Contrôle SIECLE : \(missing) élève(s) absent(s) de la liste, \(count(.unknownToSiecle)) inconnu(s) de "
        + "SIECLE, \(count(.leftSchool)) parti(s), \(differences) différence(s) d'identité."
      : "SIECLE check: \(missing) student(s) missing from the roster, \(count(.unknownToSiecle)) unknown to SIECLE, "
        + "\(count(.leftSchool)) who left, \(differences) identity difference(s)."
    let question =
      questionOneDone
      ? (fr
        ? " Question 1 : la liste contient tous les élèves de SIECLE."
        : " Question 1: the roster holds every SIECLE student.")
      : (fr
        ? " Question 1 : pas faite, il manque des élèves de SIECLE."
        : " Question 1: not done, SIECLE students are missing.")
    return counts + question
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
    if !birthdate.isEmpty { details.append(language == .fr ? "né(e) le \(birthdate)" : "born \(birthdate)") }
    let quoted = language == .fr ? "« \(name) »" : "'\(name)'"
    return details.isEmpty ? quoted : quoted + " (" + details.joined(separator: ", ") + ")"
  }

  private func place(of finding: RosterFinding) -> String {
    let fr = language == .fr
    if let line = finding.line { return fr ? "ligne \(line)" : "line \(line)" }
    if let row = finding.row { return fr ? "élève n° \(row) de la liste" : "roster student #\(row)" }
    return fr ? "liste" : "roster"
  }
}
