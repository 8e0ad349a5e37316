/// Writes students' names for a renderer: straight from the outline's name table when the format
/// shows both names as they are (worked out once per name, not once per listing), or the
/// pseudonym, or the name escaped by the format.
///
/// A writer is small and keeps no outline: the renderers pass it for every row, on several
/// threads, and an outline is a few kilobytes to copy each time.
struct NameWriter {
  /// The UTF-8 bytes of each name of the table the format shows as it is; empty for the others.
  private let plain: ByteTable
  /// Whether the format shows each name of the table as it is (else it escapes it).
  private let isShownAsIs: [Bool]
  /// « Élève » and its space, before a pseudonym's code (``ReportOutline/pseudonymPrefix``).
  private let pseudonymPrefix: [UInt8]
  /// The name of a row as the outline tells it, escaped by the format: the rare rows not written
  /// from the table.
  private let escapedName: (ReportRecord) -> String

  /// A writer for a format where `isPlain` tells a text shown as it is, and `escape` makes any
  /// other text safe.
  init(_ outline: ReportOutline, isPlain: (String) -> Bool, escape: @escaping (String) -> String) {
    isShownAsIs = outline.names.map(isPlain)
    plain = ByteTable(utf8: zip(outline.names, isShownAsIs).map { $1 ? $0 : "" })
    pseudonymPrefix = outline.pseudonymPrefix
    escapedName = { escape(outline.name($0)) }
  }

  /// Writes « Durand Léa », the pseudonym, the INE or « ligne 12 » (``ReportOutline/name(_:)``).
  func write(_ record: ReportRecord, to out: inout ReportWriter) {
    if let code = record.pseudonymCode {
      // ``ReportOutline/pseudonym(_:)`` without making a string.
      out.append(pseudonymPrefix)
      out.append(word: Pseudonymizer.hexDigits(code))
      return
    }
    if record.ine < 0, isShownAsIs[Int(record.nom)], isShownAsIs[Int(record.prenom)] {
      let (nom, prenom) = (plain[Int(record.nom)], plain[Int(record.prenom)])
      if !nom.isEmpty || !prenom.isEmpty {
        out.append(nom)
        if !nom.isEmpty && !prenom.isEmpty { out.append(byte: 0x20) }
        out.append(prenom)
        return
      }
    }
    out.append(escapedName(record))
  }
}
