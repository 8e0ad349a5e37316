import PixReadyCore

/// The sentences of `pixready template`, in one language. Written here and nowhere else.
struct TemplateMessages: Sendable {
  var language: Language

  private var fr: Bool { language == .fr }

  func unknownDivision(_ name: String, divisions: [String], suggestion: String?) -> String {
    let list = divisions.isEmpty ? (fr ? "aucune" : "none") : divisions.joined(separator: ", ")
    let text =
      fr
      ? "--classe : la division « \(name) » n'est pas dans l'export SIECLE (divisions trouvées : \(list))."
      : "--classe: division '\(name)' is not in the SIECLE export (divisions found: \(list))."
    return text + language.didYouMean(suggestion)
  }

  func studentFact(_ id: String, column: String) -> String {
    fr
      ? "--fact « \(id) » : c'est une question par élève ; remplissez la colonne « \(column) » dans le fichier."
      : "--fact '\(id)': this is a per-student question; fill in the '\(column)' column in the file."
  }

  func needsSiecle(_ option: String) -> String {
    fr
      ? "\(option) ne sert qu'avec --siecle FICHIER (l'export SIECLE « Élèves sans adresse »)."
      : "\(option) only works with --siecle FILE (the SIECLE export 'Élèves sans adresse')."
  }

  func sameAsInput(_ path: String) -> String {
    fr
      ? "-o « \(path) » est l'export SIECLE lui-même ; choisissez un autre fichier (par exemple classe.csv)."
      : "-o '\(path)' is the SIECLE export itself; choose another file (for example classe.csv)."
  }

  func unusable(_ name: String) -> String {
    fr
      ? "export SIECLE « \(name) » inutilisable ; rien n'est écrit."
      : "SIECLE export '\(name)' unusable; nothing written."
  }

  func workbookNeedsOutput() -> String {
    fr
      ? "un classeur .xlsx ne s'affiche pas dans un terminal : donnez -o classe.xlsx."
      : "an .xlsx workbook cannot be shown in a terminal: give -o classe.xlsx."
  }

  func withoutSiecle() -> String {
    fr
      ? "modèle sans élève : donnez --siecle ElevesSansAdresses.zip pour remplir les colonnes d'identité."
      : "template without students: give --siecle ElevesSansAdresses.zip to fill in the identity columns."
  }

  /// The summary after writing: counts, and what Pix Orga will do with the file.
  func summary(
    written: Int, destination: String?, uai: String?, divisions: [String], left: Int, includeLeft: Bool,
    withoutINE: Int, withoutDivision: Int, refusals: Int
  ) -> String {
    let place = destination.map { fr ? " dans « \($0) »" : " to '\($0)'" } ?? ""
    let uai = uai ?? "?"
    let list = divisions.isEmpty ? (fr ? "aucune" : "none") : divisions.joined(separator: ", ")
    var lines = [
      fr
        ? "\(Plural.fr(written, "élève écrit", "élèves écrits"))\(place) (UAI \(uai), divisions : \(list))."
        : "\(Plural.en(written, "student")) written\(place) (UAI \(uai), divisions: \(list))."
    ]
    if left > 0 { lines.append(leftSentence(left, includeLeft: includeLeft)) }
    if withoutINE > 0 || withoutDivision > 0 {
      lines.append(emptyCellsSentence(withoutINE: withoutINE, withoutDivision: withoutDivision))
    }
    if refusals > 0 {
      lines.append(
        fr
          ? (refusals > 1
            ? "\(refusals) problèmes feront refuser ce fichier par Pix Orga : corrigez-les dans SIECLE avant l'import."
            : "1 problème fera refuser ce fichier par Pix Orga : corrigez-le dans SIECLE avant l'import.")
          : (refusals > 1
            ? "\(refusals) problems will make Pix Orga refuse this file: fix them in SIECLE before importing."
            : "1 problem will make Pix Orga refuse this file: fix it in SIECLE before importing."))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// « 1 élève sorti de l'établissement est exclu (--include-left pour le garder). »
  private func leftSentence(_ left: Int, includeLeft: Bool) -> String {
    let many = left > 1
    switch (language, includeLeft) {
    case (.fr, true):
      return many
        ? "\(left) élèves sortis de l'établissement sont gardés (--include-left)."
        : "1 élève sorti de l'établissement est gardé (--include-left)."
    case (.fr, false):
      return many
        ? "\(left) élèves sortis de l'établissement sont exclus (--include-left pour les garder)."
        : "1 élève sorti de l'établissement est exclu (--include-left pour le garder)."
    case (.en, true):
      return "\(Plural.en(left, "student")) who left the school \(many ? "are" : "is") kept (--include-left)."
    case (.en, false):
      return "\(Plural.en(left, "student")) who left the school \(many ? "are" : "is") left out "
        + "(--include-left to keep them)."
    }
  }

  /// « Cellules vides pour 1 élève sans INE et 2 sans division : voir les avertissements ci-dessus. »
  private func emptyCellsSentence(withoutINE: Int, withoutDivision: Int) -> String {
    var parts: [String] = []
    let noun = { (count: Int) in
      parts.isEmpty ? (self.fr ? Plural.fr(count, "élève") : Plural.en(count, "student")) : "\(count)"
    }
    if withoutINE > 0 { parts.append(noun(withoutINE) + (fr ? " sans INE" : " without INE")) }
    if withoutDivision > 0 { parts.append(noun(withoutDivision) + (fr ? " sans division" : " without division")) }
    let list = parts.joined(separator: fr ? " et " : " and ")
    return fr
      ? "Cellules vides pour \(list) : voir les avertissements ci-dessus."
      : "Empty cells for \(list): see the warnings above."
  }
}
