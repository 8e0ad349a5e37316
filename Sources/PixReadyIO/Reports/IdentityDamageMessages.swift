import PixReadyCore

/// The sentences about identity cells a spreadsheet damaged, in one language. Written here and
/// nowhere else.
public struct IdentityDamageMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// One sentence for a kind of damage in a column: how many, an example, the rows, what to do.
  public func message(for finding: IdentityDamage.Finding) -> String {
    let fr = language == .fr
    let shown = finding.lines.map(String.init).joined(separator: ", ")
    let more = finding.count > finding.lines.count ? "…" : ""
    let several = finding.count > 1
    let rows = (fr ? (several ? "lignes " : "ligne ") : (several ? "lines " : "line ")) + shown + more
    let column = fr ? "colonne « \(finding.field.rawValue) »" : "column '\(finding.field.rawValue)'"
    // An anonymised report has no example (an INE or a birthdate would name the student).
    let example =
      finding.example.isEmpty ? "" : fr ? "ex. « \(finding.example) », " : "e.g. '\(finding.example)', "
    let template =
      fr
      ? "pixready template -o classe.xlsx garde ces colonnes en texte."
      : "pixready template -o classe.xlsx keeps these columns as text."
    switch (finding.kind, fr) {
    case (.shortINE, true):
      return "\(column) : \(finding.count) INE de chiffres seulement, plus \(several ? "courts" : "court") que les 11 "
        + "caractères de SIECLE "
        + "(\(example)\(rows)) : le tableur a sans doute enlevé les zéros de tête. Avec --siecle, ils sont "
        + "comparés sans ces zéros ; pour Pix Orga, corrigez la liste. \(template)"
    case (.shortINE, false):
      return
        "\(column): \(Plural.en(finding.count, "INE")) of digits only, shorter than SIECLE's 11 characters (\(example)"
        + "\(rows)): the spreadsheet probably removed the leading zeros. With --siecle they are compared without "
        + "those zeros; for Pix Orga, correct the roster. \(template)"
    case (.scientificNotation, true):
      return
        "\(column) : \(Plural.fr(finding.count, "valeur")) en notation scientifique (\(example)\(rows)) : le tableur a "
        + "pris le texte pour un nombre (3E1 devient 30). Corrigez ces cellules. \(template)"
    case (.scientificNotation, false):
      return
        "\(column): \(Plural.en(finding.count, "value")) in scientific notation (\(example)\(rows)): the spreadsheet "
        + "took the text for a number (3E1 becomes 30). Correct these cells. \(template)"
    case (.twoDigitYear, true):
      return
        "\(column) : \(Plural.fr(finding.count, "date")) à l'année sur deux chiffres (\(example)\(rows)) : le tableur a "
        + "raccourci l'année. Avec --siecle, l'année est lue dans le siècle passé qui convient ; Pix Orga demande "
        + "JJ/MM/AAAA : corrigez la liste. \(template)"
    case (.twoDigitYear, false):
      return
        "\(column): \(Plural.en(finding.count, "date")) with a two-digit year (\(example)\(rows)): the spreadsheet "
        + "shortened the year. With --siecle the year is read in the past century that fits; Pix Orga requires "
        + "JJ/MM/AAAA: correct the roster. \(template)"
    }
  }

  /// The headline when only identity damage is reported.
  public func summary(_ findings: [IdentityDamage.Finding]) -> String {
    language == .fr
      ? "Identités abîmées par un tableur (\(Plural.fr(findings.count, "avertissement"))) :"
      : "Identities damaged by a spreadsheet (\(Plural.en(findings.count, "warning"))):"
  }
}
