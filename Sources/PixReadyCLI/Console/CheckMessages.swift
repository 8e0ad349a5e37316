import PixReadyCore
import PixReadyIO

/// The sentences of `pixready check` about its input and output files, in one language.
struct CheckMessages: Sendable {
  var language: Language

  private var fr: Bool { language == .fr }

  func inputError(_ error: CSVInputError) -> String {
    switch error {
    case .cannotOpen(let path, let reason), .readFailed(let path, let reason):
      let reason = SystemErrorText.text(reason, language: language)
      return fr ? "impossible de lire « \(path) » : \(reason)." : "cannot read '\(path)': \(reason)."
    case .empty(let path):
      return fr
        ? "« \(path) » est vide : il faut une ligne d'en-tête (noms de colonnes) puis une ligne par élève."
        : "'\(path)' is empty: it needs a header line (column names), then one line per student."
    case .notText(let path, let kind):
      switch kind {
      case .zipWorkbook, .legacyWorkbook:
        return fr
          ? "« \(path) » est un classeur (\(kind.rawValue)), pas un fichier CSV : dans Excel ou LibreOffice, "
            + "« Enregistrer sous » > « CSV (séparateur : point-virgule) », puis relancez avec ce fichier."
          : "'\(path)' is a workbook (\(kind.rawValue)), not a CSV file: in Excel or LibreOffice use "
            + "'Save as' > 'CSV', then run again on that file."
      case .binary:
        return fr
          ? "« \(path) » n'est pas un fichier texte (octets nuls) : il faut un fichier CSV."
          : "'\(path)' is not a text file (NUL bytes): a CSV file is needed."
      }
    case .utf16(let path):
      return fr
        ? "« \(path) » est en UTF-16 (« Texte Unicode ») : réenregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : "
          + "point-virgule) »."
        : "'\(path)' is UTF-16 ('Unicode text'): save it again as 'CSV UTF-8'."
    case .unterminatedQuote(let path, let line):
      return fr
        ? "« \(path) », ligne \(line) : un guillemet (\") ouvert dans cette ligne n'est jamais fermé, et le reste du "
          + "fichier ne peut pas être lu ; fermez-le ou retirez-le, puis relancez."
        : "'\(path)', line \(line): a quote (\") opened in this line is never closed, so the rest of the file cannot "
          + "be read; close or remove it, then run again."
    case .recordTooLong(let path, let line, let limit):
      return fr
        ? "« \(path) », ligne \(line) : enregistrement de plus de \(limit / (1 << 20)) Mio ; un guillemet (\") "
          + "n'est sans doute jamais fermé."
        : "'\(path)', line \(line): record larger than \(limit / (1 << 20)) MiB; a quote (\") is probably never closed."
    }
  }

  func missingColumns(
    _ path: String, line: Int, missing: [(fact: String, column: String)], found: [String], delimiter: String
  ) -> String {
    let names = missing.map { fr ? "« \($0.column) » (\($0.fact))" : "'\($0.column)' (\($0.fact))" }
      .joined(separator: ", ")
    let seen = found.isEmpty ? "-" : found.joined(separator: " | ")
    let several = missing.count > 1
    return fr
      ? "« \(path) », ligne \(line) (en-tête) : \(several ? "colonnes manquantes" : "colonne manquante") \(names). "
        + "Colonnes lues avec le séparateur « \(delimiter) » : \(seen). \(several ? "Ajoutez-les" : "Ajoutez-la") "
        + "(pixready template en donne le modèle)."
      : "'\(path)', line \(line) (header): missing \(several ? "columns" : "column") \(names). Columns read with "
        + "delimiter '\(delimiter)': \(seen). Add \(several ? "them" : "it") (pixready template gives the layout)."
  }

  func duplicateColumns(_ path: String, line: Int, fact: String, columns: [Int], headers: [String]) -> String {
    let list = columns.map { fr ? "\($0 + 1) (« \(headers[$0]) »)" : "\($0 + 1) ('\(headers[$0])')" }
      .joined(separator: fr ? " et " : " and ")
    return fr
      ? "« \(path) », ligne \(line) (en-tête) : les colonnes \(list) désignent toutes la même question (\(fact)) ; "
        + "gardez-en une seule."
      : "'\(path)', line \(line) (header): columns \(list) all name the same question (\(fact)); keep only one."
  }

  func missingSchoolColumns(_ path: String, missing: [(fact: String, column: String)]) -> String {
    let names = missing.map { fr ? "« \($0.column) »" : "'\($0.column)'" }.joined(separator: ", ")
    let example = missing.map { "--fact \($0.fact)=\(fr ? "oui" : "yes")" }.joined(separator: " ")
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

  func readLine(_ path: String, dialect: CSVDialect, ignored: [String]) -> String {
    let ignoredText =
      ignored.isEmpty
      ? ""
      : (fr ? " ; colonnes ignorées, jamais recopiées : " : "; ignored columns, never copied: ")
        + ignored.joined(separator: ", ")
    let path = path == "-" ? (fr ? "entrée standard" : "standard input") : path
    return fr
      ? "Lu : \(path) (\(dialect.encoding.rawValue), séparateur « \(dialect.delimiterName) »)\(ignoredText)."
      : "Read: \(path) (\(dialect.encoding.rawValue), delimiter '\(dialect.delimiterName)')\(ignoredText)."
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

  func written(_ path: String, rows: Int) -> String {
    fr
      ? "Rapport écrit : \(path) (\(Plural.fr(rows, "ligne")), lisible par vous seul)."
      : "Report written: \(path) (\(Plural.en(rows, "row")), owner-only)."
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
