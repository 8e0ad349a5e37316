import PixReadyCore
import PixReadyIO

/// The sentences of `pixready template`, in one language. Written here and nowhere else.
struct TemplateMessages: Sendable {
  var language: Language

  private var fr: Bool { language == .fr }

  func unknownDivision(_ name: String, divisions: [String], suggestion: String?) -> String {
    let list = divisions.isEmpty ? (fr ? "aucune" : "none") : divisions.joined(separator: ", ")
    let text =
      fr
      ? "--classe : division « \(name) » absente de l'export SIECLE ; divisions trouvées : \(list)."
      : "--classe: division '\(name)' is not in the SIECLE export; divisions found: \(list)."
    return text + CLIMessages(language: language).suggest(suggestion)
  }

  func studentFact(_ id: String, column: String) -> String {
    fr
      ? "--fact « \(id) » : c'est une question par élève ; remplissez la colonne « \(column) » dans le fichier."
      : "--fact '\(id)': this is a per-student question; fill in the '\(column)' column in the file."
  }

  func needsSiecle(_ option: String) -> String {
    fr
      ? "\(option) ne sert qu'avec --siecle FICHIER (l'export SIECLE « Élèves sans adresse »)."
      : "\(option) only works with --siecle FILE (the SIECLE export « Élèves sans adresse »)."
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
        ? "\(written) élève(s) écrit(s)\(place) (UAI \(uai), divisions : \(list))."
        : "\(written) student(s) written\(place) (UAI \(uai), divisions: \(list))."
    ]
    if left > 0 {
      lines.append(
        includeLeft
          ? (fr
            ? "\(left) élève(s) sorti(s) gardé(s) (--include-left)."
            : "\(left) student(s) who left kept (--include-left).")
          : (fr
            ? "\(left) élève(s) sorti(s) exclu(s) (--include-left pour les garder)."
            : "\(left) student(s) who left excluded (--include-left to keep them)."))
    }
    if withoutINE > 0 || withoutDivision > 0 {
      lines.append(
        fr
          ? "\(withoutINE) sans INE, \(withoutDivision) sans division : cellules vides, voir les avertissements."
          : "\(withoutINE) without INE, \(withoutDivision) without division: empty cells, see the warnings.")
    }
    if refusals > 0 {
      lines.append(
        fr
          ? "\(refusals) problème(s) feront refuser ce fichier par Pix Orga : corrigez-les dans SIECLE avant l'import."
          : "\(refusals) problem(s) will make Pix Orga refuse this file: fix them in SIECLE before importing.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
