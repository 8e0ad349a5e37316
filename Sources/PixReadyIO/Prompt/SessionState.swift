import PixReadyCore

/// The state of a session: the pre-filled answers with the entries replayed on top.
///
/// School-scope answers hold for every student of the session; student-scope answers belong to
/// the student being diagnosed. Pre-filled student answers belong to the first student only.
struct SessionState: Sendable {
  /// One student of the session.
  struct Student: Sendable {
    /// `nil` until asked; empty when the person gave none.
    var name: String?
    /// The student-scope answers.
    var answers: Answers = [:]
  }

  /// The school-scope answers.
  var school: Answers = [:]
  /// The students, the current one last; never empty.
  var students: [Student] = [Student()]
  /// The person answered « Non » to « Élève suivant ? ».
  var stopped = false

  /// Replays `entries` on top of `prefilled`.
  init(tree: ValidatedTree, prefilled: Answers, entries: [SessionEntry]) {
    for (fact, answer) in prefilled {
      set(fact, answer, tree: tree)
    }
    for entry in entries {
      apply(entry, tree: tree)
    }
  }

  /// Every answer known for student `index`: the school's and the student's own.
  func answers(of index: Int) -> Answers {
    school.merging(students[index].answers) { _, own in own }
  }

  private mutating func apply(_ entry: SessionEntry, tree: ValidatedTree) {
    switch entry {
    case .answer(let fact, let answer):
      set(fact, answer, tree: tree)
    case .name(let name):
      students[students.count - 1].name = name
    case .nextStudent(let more):
      if more {
        students.append(Student())
      } else {
        stopped = true
      }
    }
  }

  private mutating func set(_ fact: String, _ answer: Answer, tree: ValidatedTree) {
    switch Self.scope(of: fact, in: tree) {
    case .school: school[fact] = answer
    case .student: students[students.count - 1].answers[fact] = answer
    }
  }

  private static func scope(of fact: String, in tree: ValidatedTree) -> Fact.Scope {
    tree.fact(fact)?.scope ?? .student
  }
}
