import PixReadyCore
import PixReadyIO

/// The sentences of `pixready diff --on`, in one language. Written here and nowhere else.
struct DiffMessages: Sendable {
  var language: Language

  private var fr: Bool {
    switch language {
    case .fr: true
    case .en: false
    }
  }

  func classHeading(_ path: String, changed: Int, rows: Int) -> String {
    if changed == 0 {
      return fr
        ? "Classe « \(path) » : aucun des \(rows) élève(s) ne changerait de verdict ni d'étapes."
        : "Class '\(path)': none of the \(rows) student(s) would change verdict or steps."
    }
    return fr
      ? "Classe « \(path) » : \(changed) élève(s) sur \(rows) changeraient de verdict ou d'étapes :"
      : "Class '\(path)': \(changed) student(s) out of \(rows) would change verdict or steps:"
  }

  func studentLine(_ student: ClassDiff.Student) -> String {
    let name = student.student.displayName.isEmpty ? "?" : student.student.displayName
    let classe = student.student[.classe].isEmpty ? "" : " (\(student.student[.classe]))"
    return (fr ? "ligne \(student.line) · " : "line \(student.line) · ") + name + classe + " : "
      + status(student.old) + " → " + status(student.new)
  }

  func status(_ row: RowDiagnosis) -> String {
    switch row.status {
    case .verdict(let verdict): verdict.rawValue
    case .pending(let fact): (fr ? "en attente de " : "pending on ") + fact
    case .error(let error): (fr ? "rejetée (" : "rejected (") + "\(error.column))"
    }
  }

  func steps(old: Bool, _ row: RowDiagnosis) -> String {
    let list = row.steps.isEmpty ? (fr ? "aucune étape" : "no step") : row.steps.map(\.id).joined(separator: ", ")
    switch (old, fr) {
    case (true, true): return "avant : " + list
    case (false, true): return "après : " + list
    case (true, false): return "before: " + list
    case (false, false): return "after:  " + list
    }
  }
}
