/// One row as a ``ReportDocument`` keeps it: 24 bytes of indices, no text of its own.
struct ReportRecord: Sendable {
  /// The first physical line of the row in the file.
  var line: Int32
  /// The class, trimmed, in the document's class table.
  var classe: Int32
  /// The outcome, in ``ReportDocument/outcomes``.
  var outcome: Int32
  /// The last name as read, in the document's name table.
  var nom: Int32
  /// The first name as read, in the document's name table.
  var prenom: Int32
  /// The INE, trimmed, in the name table, when the row has no name; -1 otherwise.
  var ine: Int32
}
