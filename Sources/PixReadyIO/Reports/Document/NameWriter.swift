/// Writes students' names for a renderer: straight from the outline's name table when the format
/// shows both names as they are (worked out once per name, not once per listing), or the
/// pseudonym, or the name escaped by the format.
struct NameWriter {
  private let outline: ReportOutline
  /// The UTF-8 bytes of the names the format shows as they are, one after the other.
  private let bytes: [UInt8]
  /// Where each name of the table is in ``bytes``; `nil` when the format escapes it.
  private let ranges: [Range<Int>?]
  private let escape: (String) -> String

  /// A writer for a format where `isPlain` tells a text shown as it is, and `escape` makes any
  /// other text safe.
  init(_ outline: ReportOutline, isPlain: (String) -> Bool, escape: @escaping (String) -> String) {
    self.outline = outline
    var bytes: [UInt8] = []
    ranges = outline.names.map { name in
      guard isPlain(name) else { return nil }
      let start = bytes.count
      bytes.append(contentsOf: name.utf8)
      return start..<bytes.count
    }
    self.bytes = bytes
    self.escape = escape
  }

  /// Writes « Durand Léa », the pseudonym, the INE or « ligne 12 » (``ReportOutline/name(_:)``).
  func write(_ record: ReportRecord, to out: inout ReportWriter) {
    if let code = record.pseudonymCode { return outline.writePseudonym(code, to: &out) }
    if record.ine < 0, let nom = ranges[Int(record.nom)], let prenom = ranges[Int(record.prenom)],
      !nom.isEmpty || !prenom.isEmpty
    {
      bytes.withUnsafeBufferPointer { bytes in
        out.append(UnsafeBufferPointer(rebasing: bytes[nom]))
        if !nom.isEmpty && !prenom.isEmpty { out.append(byte: 0x20) }
        out.append(UnsafeBufferPointer(rebasing: bytes[prenom]))
      }
      return
    }
    out.append(escape(outline.name(record)))
  }
}
