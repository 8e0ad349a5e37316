import PixReadyCore

/// The class file to fill in: identity columns filled, one empty column per fact of the tree.
///
/// `;`-separated UTF-8 with a byte-order mark, so that it opens in Excel in French; rows sorted by
/// class in natural order (students without one last), then name, then first name. School facts given with `--fact` are pre-filled.
public struct ClassTemplate: Sendable {
  /// The tree whose fact columns the template carries.
  public var tree: ValidatedTree
  /// Answers written in every row (school facts from `--fact`).
  public var prefill: Answers
  /// The language of pre-filled labels.
  public var language: Language

  /// Creates a template.
  public init(tree: ValidatedTree, prefill: Answers = [:], language: Language = .fr) {
    self.tree = tree
    self.prefill = prefill
    self.language = language
  }

  /// The whole file, header and rows.
  public func render(_ students: [StudentIdentity]) -> String {
    let facts = tree.tree.facts
    let header = StudentIdentity.Field.allCases.map(\.rawValue) + facts.map { $0.columns.first ?? $0.id }
    let prefilled = facts.map { fact in prefill[fact.id].map { Self.label($0, fact: fact, language: language) } ?? "" }
    var text = "\u{FEFF}" + CSVReportFormatter.line(header, delimiter: ";")
    for student in Self.ordered(students) {
      text += CSVReportFormatter.line(StudentIdentity.Field.allCases.map { student[$0] } + prefilled, delimiter: ";")
    }
    return text
  }

  /// The students in the order of a class file: classes in natural order (2NDE2 before 2NDE10),
  /// students without a class last, then by name and first name.
  public static func ordered(_ students: [StudentIdentity]) -> [StudentIdentity] {
    let ranks = NaturalOrder.classRanks(students.map { $0[.classe] })
    // Each student's sort key worked out once, not at every comparison.
    return students.map {
      (rank: ranks[$0[.classe]] ?? 0, nom: Spelling.key($0[.nom]), prenom: Spelling.key($0[.prenom]), student: $0)
    }
    .sorted { ($0.rank, $0.nom, $0.prenom) < ($1.rank, $1.nom, $1.prenom) }.map(\.student)
  }

  /// How a pre-filled answer is written: its label, labels joined by `, ` for a set.
  static func label(_ answer: Answer, fact: Fact, language: Language) -> String {
    switch answer {
    case .value(let id):
      return fact.value(id)?.label.text(in: language) ?? id
    case .values(let ids):
      if ids.isEmpty { return fact.emptySet?.label.text(in: language) ?? "-" }
      return fact.values.filter { ids.contains($0.id) }.map { $0.label.text(in: language) }.joined(separator: ", ")
    case .unknown:
      return ""
    }
  }
}
