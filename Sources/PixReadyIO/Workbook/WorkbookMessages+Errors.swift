/// The sentences of ``WorkbookReadError``: where (file, sheet, cell or line), what, and what to do.
extension WorkbookMessages {
  /// The sentence of `error` in the file at `path`.
  public func message(_ error: WorkbookReadError, path: String) -> String {
    var place = language.quoted(path)
    if let sheet = error.sheet { place += fr ? ", feuille « \(sheet) »" : ", sheet '\(sheet)'" }
    if let cell = error.cell {
      place += fr ? ", cellule \(cell)" : ", cell \(cell)"
    } else if let part = error.part {
      let line = error.line.map { line in
        (fr ? ", ligne \(line)" : ", line \(line)")
          + (error.column.map { fr ? ", colonne \($0)" : ", column \($0)" } ?? "")
      }
      place += " (\(part)" + (line ?? "") + ")"
    }
    return place + " : " + what(error)
  }

  private func what(_ error: WorkbookReadError) -> String {
    let resave =
      fr
      ? " Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx ou .ods."
      : " Open it in Excel or LibreOffice and save it again as .xlsx or .ods."
    let value = error.value.map { fr ? " (« \($0) »)" : " ('\($0)')" } ?? ""
    switch error.code {
    case .archive(let failure): return archive(failure) + resave
    case .notAWorkbook:
      return
        (fr
        ? "archive zip qui n'est ni un classeur .xlsx ni un .ods." : "a zip archive that is neither .xlsx nor .ods.")
        + resave
    case .missingPart:
      return (fr ? "partie du classeur manquante\(value)." : "part of the workbook missing\(value).") + resave
    case .xml(let kind): return XMLMessages(language: language).text(kind) + "." + resave
    case .noSheet: return (fr ? "aucune feuille." : "no sheet.") + resave
    case .emptySheet:
      return fr
        ? "la première feuille est vide : il faut une ligne d'en-tête (noms de colonnes) puis une ligne par élève."
        : "the first sheet is empty: it needs a header row (column names), then one row per student."
    case .badCellReference:
      return (fr ? "référence de cellule invalide\(value)." : "invalid cell reference\(value).") + resave
    case .badSharedString:
      return (fr ? "texte partagé introuvable\(value)." : "shared string not found\(value).") + resave
    case .tooManyCells(let limit):
      return fr
        ? "plus de \(limit) cellules remplies : ce n'est pas une liste de classe, refusé."
        : "more than \(limit) filled cells: not a class list, refused."
    }
  }

  private func archive(_ failure: ZipArchive.Failure) -> String {
    switch failure {
    case .notAnArchive, .corrupt:
      return fr ? "archive zip illisible (tronquée ou abîmée)." : "unreadable zip archive (truncated or damaged)."
    case .zip64:
      return fr ? "archive zip64 (plus de 4 Gio) non prise en charge." : "zip64 archive (over 4 GiB) not supported."
    case .tooManyEntries(let count, let limit):
      return fr
        ? "\(count) fichiers dans l'archive (au plus \(limit))." : "\(count) files in the archive (at most \(limit))."
    case .entryTooLarge(let name, _, let limit):
      return fr
        ? "« \(name) » dépasse \(limit >> 20) Mio une fois décompressé ; refusé."
        : "'\(name)' exceeds \(limit >> 20) MiB once extracted; refused."
    case .suspiciousRatio(let name, let ratio, let limit):
      return fr
        ? "« \(name) » est compressé \(ratio) fois (au plus \(limit)) : bombe zip probable, refusé."
        : "'\(name)' is compressed \(ratio) times (at most \(limit)): likely a zip bomb, refused."
    case .encrypted:
      return fr
        ? "classeur protégé par mot de passe ; enlevez le mot de passe."
        : "password-protected workbook; remove the password."
    case .unsupportedMethod(let name, let method):
      return fr
        ? "« \(name) » utilise la méthode de compression \(method) (seules « stockée » et « deflate » sont lues)."
        : "'\(name)' uses compression method \(method) (only stored and deflate are read)."
    case .invalidData(let name, _), .checksumMismatch(let name):
      return fr
        ? "les données de « \(name) » sont abîmées (taille ou CRC-32 faux)."
        : "the data of '\(name)' is damaged (wrong size or CRC-32)."
    }
  }
}
