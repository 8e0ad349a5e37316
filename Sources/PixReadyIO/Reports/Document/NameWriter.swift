/// Writes students' names for a renderer: straight from the outline's name table when the format
/// shows both names as they are (worked out once per name, not once per listing), or the
/// pseudonym, or the name escaped by the format.
struct NameWriter {
  private let outline: ReportOutline
  /// The UTF-8 bytes of each name of the table the format shows as it is; empty for the others.
  private let plain: ByteTable
  /// Whether the format shows each name of the table as it is (else it escapes it).
  private let isShownAsIs: [Bool]
  private let escape: (String) -> String

  /// A writer for a format where `isPlain` tells a text shown as it is, and `escape` makes any
  /// other text safe.
  init(_ outline: ReportOutline, isPlain: (String) -> Bool, escape: @escaping (String) -> String) {
    self.outline = outline
    isShownAsIs = outline.names.map(isPlain)
    plain = ByteTable(utf8: zip(outline.names, isShownAsIs).map { $1 ? $0 : "" })
    self.escape = escape
  }

  /// Writes « Durand Léa », the pseudonym, the INE or « ligne 12 » (``ReportOutline/name(_:)``).
  func write(_ record: ReportRecord, to out: inout ReportWriter) {
    if let code = record.pseudonymCode { return outline.writePseudonym(code, to: &out) }
    if record.ine < 0, isShownAsIs[Int(record.nom)], isShownAsIs[Int(record.prenom)] {
      let (nom, prenom) = (plain[Int(record.nom)], plain[Int(record.prenom)])
      if !nom.isEmpty || !prenom.isEmpty {
        out.append(nom)
        if !nom.isEmpty && !prenom.isEmpty { out.append(byte: 0x20) }
        out.append(prenom)
        return
      }
    }
    out.append(escape(outline.name(record)))
  }
}
