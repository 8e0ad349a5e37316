/// One row as a ``ReportDocument`` keeps it: 24 bytes of indices, no text of its own.
struct ReportRecord: Sendable {
  /// The first physical line of the row in the file.
  var line: Int32
  /// The class, trimmed, in the document's class table.
  var classe: Int32
  /// The outcome, in ``ReportDocument/outcomes``.
  var outcome: Int32
  /// The last name as read, in the document's name table; the pseudonym's 32-bit code when
  /// ``prenom`` is ``pseudonymized``.
  var nom: Int32
  /// The first name as read, in the document's name table, or ``pseudonymized``.
  var prenom: Int32
  /// The INE, trimmed, in the name table, when the row has no name; -1 otherwise.
  var ine: Int32

  /// The ``prenom`` of a row whose name is its pseudonym (« Élève 7F3A2C91 », no first name): an
  /// anonymised document keeps the code, not a million distinct names.
  static let pseudonymized: Int32 = -2

  /// The pseudonym's code, when the row's name is its pseudonym.
  var pseudonymCode: UInt32? { prenom == Self.pseudonymized ? UInt32(bitPattern: nom) : nil }
}
