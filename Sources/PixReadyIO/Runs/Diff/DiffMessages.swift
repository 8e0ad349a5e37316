import PixReadyCore

/// The sentences of `pixready diff --on`, in one language. Written here and nowhere else.
struct DiffMessages: Sendable {
  var language: Language
  /// The trees compared, to name a pending question by its number.
  var old: ValidatedTree
  var new: ValidatedTree

  private var fr: Bool {
    switch language {
    case .fr: true
    case .en: false
    }
  }

  func classHeading(_ path: String, changed: Int, rows: Int) -> String {
    if changed == 0 {
      switch (language, rows) {
      case (.fr, 1): return "Classe « \(path) » : son élève garderait le même résultat et les mêmes étapes."
      case (.fr, _): return "Classe « \(path) » : aucun des \(rows) élèves ne changerait de résultat ni d'étapes."
      case (.en, 1): return "Class '\(path)': its student would keep the same result and steps."
      case (.en, _): return "Class '\(path)': none of the \(rows) students would change result or steps."
      }
    }
    return fr
      ? "Classe « \(path) » : sur \(Plural.fr(rows, "élève")), \(changed) \(changed > 1 ? "changeraient" : "changerait") "
        + "de résultat ou d'étapes :"
      : "Class '\(path)': \(changed) student\(changed > 1 ? "s" : "") out of \(rows) would change result or steps:"
  }

  func studentLine(_ student: ClassDiff.Student) -> String {
    let name = student.student.displayName.isEmpty ? "?" : student.student.displayName
    let classe = student.student[.classe].isEmpty ? "" : " (\(student.student[.classe]))"
    return (fr ? "ligne \(student.line) · " : "line \(student.line) · ") + name + classe + " : "
      + status(student.old, in: old) + " → " + status(student.new, in: new)
  }

  /// The result in words; a pending row names its question by number (« en attente, question 5 »).
  func status(_ row: RowDiagnosis, in tree: ValidatedTree) -> String {
    switch row.status {
    case .verdict(let verdict): AuthoringMessages(language: language).verdictWord(verdict)
    case .pending(let fact):
      (fr ? "en attente" : "pending")
        + (tree.questionNumber(of: fact).map { ", question \($0)" } ?? "")
    case .error(let error): (fr ? "ligne à corriger (" : "row to fix (") + "\(error.column))"
    }
  }

  func steps(old: Bool, _ row: RowDiagnosis) -> String {
    let list =
      row.steps.isEmpty
      ? (fr ? "aucune étape" : "no step")
      : row.steps.map { $0.title.text(in: language) }.joined(separator: fr ? " ; " : "; ")
    switch (old, fr) {
    case (true, true): return "avant : " + list
    case (false, true): return "après : " + list
    case (true, false): return "before: " + list
    case (false, false): return "after:  " + list
    }
  }
}
