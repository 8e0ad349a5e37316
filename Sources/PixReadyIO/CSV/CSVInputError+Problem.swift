import PixReadyCore

/// A class file that cannot be used is a problem of the whole run: the sentence names the file.
extension CSVInputError: Problem {
  /// The stable code (`unterminated-quote`).
  public var code: String {
    switch self {
    case .cannotOpen: "cannot-open"
    case .readFailed: "read-failed"
    case .empty: "empty-file"
    case .notText: "not-text"
    case .utf16: "utf16"
    case .recordTooLong: "record-too-long"
    case .unterminatedQuote: "unterminated-quote"
    case .tooManyFields: "too-many-fields"
    }
  }

  /// The sentence in `language`: what is wrong with the file and what to do.
  public func message(in language: Language) -> String {
    let fr = language == .fr
    switch self {
    case .cannotOpen(let path, let reason), .readFailed(let path, let reason):
      let reason = SystemErrorText.text(reason, language: language)
      return fr ? "impossible de lire « \(path) » : \(reason)." : "cannot read '\(path)': \(reason)."
    case .empty(let path):
      return fr
        ? "« \(path) » est vide : il faut une ligne d'en-tête (noms de colonnes) puis une ligne par élève."
        : "'\(path)' is empty: it needs a header line (column names), then one line per student."
    case .notText(let path, let kind):
      switch kind {
      case .zipWorkbook:
        // Only standard input gets here: a named workbook is read directly.
        return fr
          ? "« \(path) » est un classeur (xlsx ou ods) : donnez-le par son nom (pixready check classe.xlsx) plutôt "
            + "que sur l'entrée standard."
          : "'\(path)' is a workbook (xlsx or ods): give it by name (pixready check classe.xlsx) rather than on "
            + "standard input."
      case .legacyWorkbook:
        return fr
          ? "« \(path) » est un ancien classeur Excel (xls) : dans Excel ou LibreOffice, « Enregistrer sous » > "
            + "« Classeur Excel (.xlsx) » ou « .ods », puis relancez avec ce fichier."
          : "'\(path)' is an old Excel workbook (xls): in Excel or LibreOffice use 'Save as' > 'Excel workbook "
            + "(.xlsx)' or '.ods', then run again on that file."
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
    case .tooManyFields(let path, let line, let limit):
      return fr
        ? "« \(path) », ligne \(line) : plus de \(limit) cellules dans une ligne (le maximum d'un tableur) ; le fichier "
          + "n'est sans doute pas un fichier de classe, ou son séparateur est mal choisi."
        : "'\(path)', line \(line): more than \(limit) cells in one line (a spreadsheet's maximum); the file is probably "
          + "not a class file, or its delimiter is wrong."
    }
  }
}
