import PixReadyCore

/// The sentences of `pixready check` about its input and output files, in one language.
struct CheckMessages: Sendable {
  var language: Language

  private var fr: Bool { language == .fr }

  func missingColumns(
    _ path: String, line: Int, missing: [(fact: String, column: String)], found: [String], delimiter: String?
  ) -> String {
    let names = missing.map { language.quoted($0.column) }.joined(separator: ", ")
    let seen = found.isEmpty ? "-" : found.joined(separator: " | ")
    let read =
      delimiter.map { fr ? "Colonnes lues avec le séparateur « \($0) »" : "Columns read with delimiter '\($0)'" }
      ?? (fr ? "Colonnes lues" : "Columns read")
    let several = missing.count > 1
    return fr
      ? "« \(path) », ligne \(line) (en-tête) : \(several ? "colonnes manquantes" : "colonne manquante") \(names). "
        + "\(read) : \(seen). \(several ? "Ajoutez-les" : "Ajoutez-la") (pixready template en donne le modèle)."
      : "'\(path)', line \(line) (header): missing \(several ? "columns" : "column") \(names). \(read): \(seen). "
        + "Add \(several ? "them" : "it") (pixready template gives the layout)."
  }

  func duplicateColumns(_ path: String, line: Int, columns: [Int], headers: [String]) -> String {
    let list = columns.map { fr ? "\($0 + 1) (« \(headers[$0]) »)" : "\($0 + 1) ('\(headers[$0])')" }
      .joined(separator: fr ? " et " : " and ")
    return fr
      ? "« \(path) », ligne \(line) (en-tête) : les colonnes \(list) désignent \(columns.count > 2 ? "toutes " : "")la même question ; "
        + "gardez-en une seule."
      : "'\(path)', line \(line) (header): columns \(list) all name the same question; keep only one."
  }

  func duplicateIdentityColumns(_ path: String, line: Int, columns: [Int], headers: [String]) -> String {
    let list = columns.map { fr ? "\($0 + 1) (« \(headers[$0]) »)" : "\($0 + 1) ('\(headers[$0])')" }
      .joined(separator: fr ? " et " : " and ")
    return fr
      ? "« \(path) », ligne \(line) (en-tête) : les colonnes \(list) portent le même nom : pixready ne sait pas "
        + "laquelle recopier dans le rapport ; gardez-en une seule (ou renommez l'autre)."
      : "'\(path)', line \(line) (header): columns \(list) have the same name: pixready cannot tell which one to "
        + "copy into the report; keep only one (or rename the other)."
  }

  func missingSchoolColumns(_ path: String, missing: [(fact: String, column: String)]) -> String {
    let names = missing.map { language.quoted($0.column) }.joined(separator: ", ")
    let example = missing.map { "--fact \($0.column)=\(fr ? "oui" : "yes")" }.joined(separator: " ")
    let several = missing.count > 1
    return fr
      ? "« \(path) » : pas de colonne \(names) pour les questions de l'établissement ; "
        + "\(several ? "ajoutez-les" : "ajoutez-la") ou répondez pour toute la classe, par exemple : \(example)."
      : "'\(path)': no column \(names) for the school questions; add \(several ? "them" : "it") or answer for the "
        + "whole class, for example: \(example)."
  }

  /// Columns left out of the file whose questions plan « je ne sais pas »: every row reads as not knowing.
  func omittedColumns(_ path: String, omitted: [(fact: String, column: String)]) -> String {
    let names = omitted.map { fr ? "« \($0.column) »" : "'\($0.column)'" }.joined(separator: ", ")
    return fr
      ? "« \(path) » : pas de colonne \(names) ; chaque élève y est compté comme « je ne sais pas »."
      : "'\(path)': no column \(names); every student counts as 'don't know' there."
  }

  func outputIsInput(_ path: String) -> String {
    fr
      ? "« \(path) » est le fichier d'entrée : choisissez un autre nom pour -o, le fichier de la classe ne sera "
        + "jamais écrasé."
      : "'\(path)' is the input file: choose another name for -o; the class file is never overwritten."
  }

  /// `Lu : …`: the encoding (and the line that decided it, when the start of the file was plain
  /// ASCII), the delimiter and the columns ignored.
  func readLine(_ path: String, dialect: CSVDialect, switchLine: Int? = nil, ignored: [String]) -> String {
    let encoding =
      switchLine.map { line in
        fr
          ? "\(dialect.encoding.rawValue) à partir de la ligne \(line), la première qui n'est pas en ASCII ; "
            + "avant elle, le fichier se lit de même dans tous les encodages"
          : "\(dialect.encoding.rawValue) from line \(line), the first that is not ASCII; the lines before it read "
            + "the same in every encoding"
      } ?? dialect.encoding.rawValue
    let ignoredText =
      ignored.isEmpty
      ? ""
      : (fr ? " ; colonnes ignorées, jamais recopiées : " : "; ignored columns, never copied: ")
        + ignored.joined(separator: ", ")
    let path = path == "-" ? (fr ? "entrée standard" : "standard input") : path
    return fr
      ? "Lu : \(path) (\(encoding), séparateur « \(dialect.delimiterName) »)\(ignoredText)."
      : "Read: \(path) (\(encoding), delimiter '\(dialect.delimiterName)')\(ignoredText)."
  }

  /// What was read from a workbook: its kind, its sheet, and the school answers' sheet.
  func readWorkbook(_ path: String, source: WorkbookRecordSource, kind: Workbook.Kind, ignored: [String]) -> String {
    let ignoredText =
      ignored.isEmpty
      ? ""
      : (fr ? " ; colonnes ignorées, jamais recopiées : " : "; ignored columns, never copied: ")
        + ignored.joined(separator: ", ")
    let school =
      source.schoolSheetName.map { name in
        let cells = source.schoolAnswers.map { answer in
          answer.value.isEmpty
            ? (fr ? "\(answer.column) sans réponse (\(answer.cell))" : "\(answer.column) unanswered (\(answer.cell))")
            : fr
              ? "\(answer.column) = « \(answer.value) » (\(answer.cell))"
              : "\(answer.column) = '\(answer.value)' (\(answer.cell))"
        }.joined(separator: ", ")
        return fr
          ? " ; réponses de l'établissement (feuille « \(name) ») : \(cells)"
          : "; school answers (sheet '\(name)'): \(cells)"
      } ?? ""
    return fr
      ? "Lu : \(path) (classeur \(kind.rawValue), feuille « \(source.sheetName) »)\(school)\(ignoredText)."
      : "Read: \(path) (\(kind.rawValue) workbook, sheet '\(source.sheetName)')\(school)\(ignoredText)."
  }

  func noIdentityColumn() -> String {
    fr
      ? "aucune colonne d'identité (ine, nom, prenom, date_naissance, classe) : les élèves ne seront désignés que "
        + "par leur numéro de ligne."
      : "no identity column (ine, nom, prenom, date_naissance, classe): students will be known by row number only."
  }

  func progress(rows: Int) -> String {
    fr ? "\r\(Plural.fr(rows, "ligne traitée", "lignes traitées"))…" : "\r\(Plural.en(rows, "row")) done…"
  }

  /// The report is written; `ownerOnly` for a file pixready created (not a FIFO or a device).
  func written(_ path: String, rows: Int, ownerOnly: Bool = true) -> String {
    switch (fr, ownerOnly) {
    case (true, true): "Rapport écrit : \(path) (\(Plural.fr(rows, "ligne")), lisible par vous seul)."
    case (true, false):
      "Rapport écrit : \(path) (\(Plural.fr(rows, "ligne")), écrites directement dans ce tube ou périphérique)."
    case (false, true): "Report written: \(path) (\(Plural.en(rows, "row")), owner-only)."
    case (false, false):
      "Report written: \(path) (\(Plural.en(rows, "row")), written straight into this pipe or device)."
    }
  }

  func siecleUnusable(_ path: String) -> String {
    fr
      ? "l'export SIECLE « \(path) » n'est pas utilisable (voir ci-dessus) ; rien n'a été écrit."
      : "the SIECLE export '\(path)' cannot be used (see above); nothing was written."
  }

  func moreWarnings(_ count: Int) -> String {
    fr
      ? "  … et \(Plural.fr(count, "autre avertissement", "autres avertissements")), dans le rapport."
      : "  … and \(count) more \(count == 1 ? "warning" : "warnings"), in the report."
  }

  func failOnReached(_ word: String, count: Int) -> String {
    fr
      ? "--fail-on \(word) : \(Plural.fr(count, "élève concerné", "élèves concernés")) ; code de sortie 1."
      : "--fail-on \(word): \(Plural.en(count, "student")) concerned; exit code 1."
  }
}
