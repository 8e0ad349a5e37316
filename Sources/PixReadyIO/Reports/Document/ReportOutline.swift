import Foundation
import PixReadyCore

/// What both renderers show, worked out once from a document: rows in reading order, counts by
/// class, worklists by actor, questions still to ask.
struct ReportOutline {
  /// One actor's list: what they do once for the school, and per step the students concerned.
  struct Worklist {
    var actor: Actor
    var schoolSteps: [Step]
    var items: [(step: Step, rows: [ReportRow])]

    /// The students concerned, each once.
    var studentCount: Int { Set(items.flatMap { $0.rows.map(\.row) }).count }
  }

  /// A question still unanswered and the students who need it.
  struct Question {
    var fact: Fact
    var rows: [ReportRow]
  }

  let document: ReportDocument
  let tree: ValidatedTree
  let messages: ReportMessages
  /// Rows with a verdict or pending, by class (natural order), then name.
  let students: [ReportRow]
  /// Rejected rows, in file order.
  let rejected: [ReportRow]
  /// The classes met, in natural order (2NDE2 before 2NDE10), no class last.
  let classes: [String]
  let worklists: [Worklist]
  /// Actors of the tree with nothing to do.
  let idleActors: [Actor]
  let questions: [Question]
  /// The counts by category of each class, and of all rows under `nil`.
  private let countsByClass: [String?: [RowCategory: Int]]
  /// ``students`` by class, each in reading order.
  private let studentsByClass: [String: [ReportRow]]

  init(_ document: ReportDocument) {
    self.document = document
    tree = document.context.tree
    messages = ReportMessages(language: document.context.language)
    let sorted = Self.readingOrder(document.rows)
    students = sorted.filter { RowCategory($0.status) != .error }
    rejected = document.rows.filter { RowCategory($0.status) == .error }.sorted { $0.line < $1.line }
    classes = Self.naturalOrder(Set(document.rows.map { $0.student[.classe].trimmedSpaces }))
    let schoolIDs = Set(document.summary.schoolSteps.map(\.id))
    let lists = Self.worklists(tree: tree, rows: students, school: document.summary.schoolSteps, schoolIDs: schoolIDs)
    worklists = lists.filter { !$0.items.isEmpty || !$0.schoolSteps.isEmpty }
    idleActors = lists.filter { $0.items.isEmpty && $0.schoolSteps.isEmpty }.map(\.actor)
    var pendingByFact: [String: [ReportRow]] = [:]
    for row in students {
      if case .pending(let fact) = row.status { pendingByFact[fact, default: []].append(row) }
    }
    questions = tree.tree.facts.compactMap { fact in pendingByFact[fact.id].map { Question(fact: fact, rows: $0) } }
    var counts: [String?: [RowCategory: Int]] = [:]
    for row in document.rows {
      let category = RowCategory(row.status)
      counts[nil, default: [:]][category, default: 0] += 1
      counts[row.student[.classe].trimmedSpaces, default: [:]][category, default: 0] += 1
    }
    countsByClass = counts
    studentsByClass = Dictionary(grouping: students) { $0.student[.classe].trimmedSpaces }
  }

  /// The students of `classe`, in reading order.
  func students(in classe: String) -> [ReportRow] {
    studentsByClass[classe] ?? []
  }

  /// How many rows of `classe` (all rows when `nil`) fall in each category.
  func counts(in classe: String? = nil) -> [RowCategory: Int] {
    countsByClass[classe] ?? [:]
  }

  /// The steps of a row, found in the tree.
  func steps(of row: ReportRow) -> [Step] {
    row.stepIDs.compactMap { tree.step($0) }
  }

  /// « Q3 » for a fact: the number of the question asking it (``ValidatedTree/questionNumber(of:)``).
  func questionNumber(_ factID: String) -> String {
    "Q" + (tree.questionNumber(of: factID).map(String.init) ?? factID)
  }

  /// The label of an answer in the report's language.
  func answerLabel(_ answer: Answer, fact factID: String) -> String {
    let language = document.context.language
    guard let fact = tree.fact(factID) else { return "\(answer)" }
    switch answer {
    case .value(let id):
      return fact.value(id)?.label.text(in: language) ?? id
    case .values(let ids):
      if ids.isEmpty { return fact.emptySet?.label.text(in: language) ?? "-" }
      return fact.values.filter { ids.contains($0.id) }.map { $0.label.text(in: language) }.joined(separator: " + ")
    case .unknown:
      return Fact.unknownLabel.text(in: language)
    }
  }

  /// « Q1 Oui · Q3 Médiacentre · … »: the answers that led to the verdict.
  func why(_ row: ReportRow) -> String {
    row.trace.map { questionNumber($0.fact) + " " + answerLabel($0.answer, fact: $0.fact) }.joined(separator: " · ")
  }

  /// « Durand Léa », or the pseudonym, or the line when the file has no name.
  func name(_ row: ReportRow) -> String {
    let name = [row.student[.nom], row.student[.prenom]].map(\.trimmedSpaces).filter { !$0.isEmpty }
      .joined(separator: " ")
    if !name.isEmpty { return name }
    let ine = row.student[.ine].trimmedSpaces
    return ine.isEmpty ? messages.unnamed(line: row.line) : ine
  }

  /// The class as shown, with a label when empty.
  func classLabel(_ classe: String) -> String {
    classe.isEmpty ? messages.noClass : classe
  }

  /// The actors of a step, by label.
  func actorLabels(_ step: Step) -> String {
    step.actors.map { tree.actor($0)?.label.text(in: document.context.language) ?? $0 }.joined(separator: ", ")
  }

  /// The rows by class (natural order), then name and first name (compared by their spelling
  /// keys), then line. Each row's keys are worked out once, not at every comparison: a school's
  /// report sorts hundreds of thousands of rows.
  private static func readingOrder(_ rows: [ReportRow]) -> [ReportRow] {
    let classes = rows.map { $0.student[.classe].trimmedSpaces }
    // Two spellings of one class the natural order finds equal (`2nde1`, `2NDE1`) keep a fixed order.
    let ordered = Set(classes).sorted { naturalLess($0, $1) || (!naturalLess($1, $0) && $0 < $1) }
    let rank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
    let keys = rows.indices.map { index in
      let row = rows[index]
      return (rank[classes[index]] ?? 0, Spelling.key(row.student[.nom]), Spelling.key(row.student[.prenom]), row.line)
    }
    return rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
  }

  /// Classes in natural order; the empty class last.
  static func naturalOrder(_ classes: Set<String>) -> [String] {
    classes.sorted(by: naturalLess)
  }

  private static func naturalLess(_ a: String, _ b: String) -> Bool {
    if a.isEmpty || b.isEmpty { return b.isEmpty && !a.isEmpty }
    return a.compare(b, options: [.numeric, .caseInsensitive]) == .orderedAscending
  }

  private static func worklists(tree: ValidatedTree, rows: [ReportRow], school: [Step], schoolIDs: Set<String>)
    -> [Worklist]
  {
    var rowsByStep: [String: [ReportRow]] = [:]
    for row in rows {
      for id in row.stepIDs where !schoolIDs.contains(id) { rowsByStep[id, default: []].append(row) }
    }
    return tree.tree.actors.map { actor in
      let items = tree.tree.steps.compactMap { step -> (step: Step, rows: [ReportRow])? in
        guard step.actors.contains(actor.id), let rows = rowsByStep[step.id] else { return nil }
        return (step, rows)
      }
      return Worklist(actor: actor, schoolSteps: school.filter { $0.actors.contains(actor.id) }, items: items)
    }
  }
}
