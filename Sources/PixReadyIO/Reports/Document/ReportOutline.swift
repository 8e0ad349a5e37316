import PixReadyCore

/// What both renderers show, worked out once from a document: rows in reading order, counts by
/// class, worklists by actor, questions still to ask. Rows are the document's records, copied once
/// into reading order: the renderers then read them one after the other, never all over memory.
struct ReportOutline {
  /// One actor's list: what they do once for the school, and per step the students concerned.
  struct Worklist {
    var actor: Actor
    var schoolSteps: [Step]
    var items: [Selection]
    /// The students concerned, each once.
    var studentCount: Int
  }

  /// The students of one step (or one question), in reading order: those whose outcome is picked.
  struct Selection {
    /// The step, for a worklist item.
    var step: Step?
    /// How many times each outcome lists the step (1 for a question's outcomes, 0 when not picked).
    var times: [Int]
    /// How many rows are listed.
    var count: Int
  }

  /// A question still unanswered and the students who need it.
  struct Question {
    var fact: Fact
    var rows: Selection
  }

  let document: ReportDocument
  let tree: ValidatedTree
  let messages: ReportMessages
  /// Rows with a verdict or pending, by class (natural order), then name, then line.
  let students: [ReportRecord]
  /// The outcome of each of ``students``, side by side: picking rows by outcome (once per step of
  /// the worklists) reads 4 bytes per row, not a whole record.
  private let studentOutcomes: [Int32]
  /// Rejected rows, in file order.
  let rejected: [ReportRecord]
  /// The classes met, in natural order (2NDE2 before 2NDE10), no class last.
  let classes: [String]
  let worklists: [Worklist]
  /// Actors of the tree with nothing to do.
  let idleActors: [Actor]
  let questions: [Question]
  /// The category of each outcome.
  let categories: [RowCategory]
  /// The document's names, trimmed (``ReportRecord/nom``, ``ReportRecord/prenom`` and
  /// ``ReportRecord/ine`` index them).
  let names: [String]
  /// ``students`` of each of ``classes``, as a range of ``students``.
  private let classRanges: [Range<Int>]
  /// The counts by category of each of ``classes``.
  private let classCounts: [[RowCategory: Int]]
  /// The counts by category of all rows.
  private let allCounts: [RowCategory: Int]
  /// « Élève » and its space as UTF-8: a pseudonym is that and its code (as
  /// ``Pseudonymizer/isPseudonym(_:)`` reads it).
  let pseudonymPrefix: [UInt8]

  /// The outline of `document`; classes are sorted on up to `threads` threads at once (at most
  /// ``ReportWriter/mostThreads``).
  init(_ document: ReportDocument, threads: Int = 1) {
    self.document = document
    tree = document.context.tree
    messages = ReportMessages(language: document.context.language)
    pseudonymPrefix = Array(messages.pseudonym("").utf8)
    let categories = document.outcomes.map { RowCategory($0.status) }
    self.categories = categories
    let records = document.records
    names = document.names.trimmedTexts
    // Classes by rank: natural order, two spellings it finds equal (`2nde1`, `2NDE1`) in a fixed order.
    let classTexts = document.classes.texts
    let ordered = classTexts.indices.sorted { NaturalOrder.classLess(classTexts[$0], classTexts[$1]) }
    var rankOf = [Int](repeating: 0, count: classTexts.count)
    for (rank, id) in ordered.enumerated() { rankOf[id] = rank }
    classes = ordered.map { classTexts[$0] }
    // Counts by class, and the students of each class, in one pass over flat tables (a million
    // rows are read here, one after the other).
    let slotCount = RowCategory.allCases.count
    var counts = [Int](repeating: 0, count: classes.count * slotCount)
    var sizes = [Int](repeating: 0, count: classes.count)
    var rejected: [ReportRecord] = []
    // Per outcome: its category's slot, and 1 when its rows are listed, 0 when they are rejected.
    let slots = categories.map { category in RowCategory.allCases.firstIndex(of: category) ?? 0 }
    let kept = categories.map { $0 == .error ? 0 : 1 }
    rankOf.withUnsafeBufferPointer { rankOf in
      slots.withUnsafeBufferPointer { slots in
        counts.withUnsafeMutableBufferPointer { counts in
          sizes.withUnsafeMutableBufferPointer { sizes in
            for record in records {
              let rank = rankOf[Int(record.classe)]
              let outcome = Int(record.outcome)
              counts[rank * slotCount + slots[outcome]] += 1
              if kept[outcome] == 0 { rejected.append(record) } else { sizes[rank] += 1 }
            }
          }
        }
      }
    }
    if !zip(rejected, rejected.dropFirst()).allSatisfy({ $0.line <= $1.line }) {
      rejected.sort { $0.line < $1.line }  // stable: rows of one line stay in input order
    }
    self.rejected = rejected
    let byClass = classes.indices.map { Array(counts[$0 * slotCount..<($0 + 1) * slotCount]) }
    classCounts = byClass.map(Self.dictionary)
    allCounts = Self.dictionary(
      RowCategory.allCases.indices.map { slot in byClass.reduce(0) { $0 + $1[slot] } })
    let sorted = Self.readingOrder(
      document, rankOf: rankOf, sizes: sizes, kept: kept, threads: threads)
    students = sorted.students
    studentOutcomes = sorted.students.map(\.outcome)
    classRanges = sorted.ranges
    let schoolIDs = Set(document.summary.schoolSteps.map(\.id))
    let lists = Self.worklists(
      tree: tree, outcomes: document.outcomes, counts: document.outcomeCounts, categories: categories,
      school: document.summary.schoolSteps, schoolIDs: schoolIDs)
    worklists = lists.filter { !$0.items.isEmpty || !$0.schoolSteps.isEmpty }
    idleActors = lists.filter { $0.items.isEmpty && $0.schoolSteps.isEmpty }.map(\.actor)
    questions = tree.tree.facts.compactMap { fact in
      let times = document.outcomes.map { outcome -> Int in
        if case .pending(let pending) = outcome.status, pending == fact.id { return 1 }
        return 0
      }
      let count = zip(times, document.outcomeCounts).reduce(0) { $0 + $1.0 * $1.1 }
      return count == 0 ? nil : Question(fact: fact, rows: Selection(step: nil, times: times, count: count))
    }
  }

  /// The outcome of a record.
  func outcome(of record: ReportRecord) -> ReportOutcome { document.outcomes[Int(record.outcome)] }

  /// The students of the class at `index` in ``classes``, in reading order.
  func students(inClassAt index: Int) -> ArraySlice<ReportRecord> {
    students[classRanges[index]]
  }

  /// How many rows of the class at `index` in ``classes`` (all rows when `nil`) fall in each category.
  func counts(inClassAt index: Int? = nil) -> [RowCategory: Int] {
    index.map { classCounts[$0] } ?? allCounts
  }

  /// A list of students to write (``appendLists(_:to:_:)``): the text before it, then the
  /// students of its selection.
  struct ListedSelection {
    /// What is written before the list's first student (headings, its table's head).
    var before: String
    var selection: Selection
  }

  /// Appends each list in turn to `out`: its text, then each student of its selection, in
  /// reading order and as many times as listed, that `body` writes, on the writer's threads
  /// (``ReportWriter/appendRows(_:partSize:_:)``), so it must only read what it captures and end
  /// with the end of a line (as each list's text must).
  ///
  /// One run of rows for all the lists, not one per list: a list's last part runs beside the next
  /// list's first, and the threads start once. A part of a list spans the positions holding about
  /// ``ReportWriter/rowsPerPart`` listed students when they are spread evenly, and at most 16 times
  /// as many positions: a short list is a few hand-overs between threads, not one per 4,096
  /// students, and a part holds a bounded number of rows however they are spread.
  func appendLists(
    _ lists: [ListedSelection], to out: inout ReportWriter, _ body: (ReportRecord, inout ReportWriter) -> Void
  ) {
    let perPart = ReportWriter.rowsPerPart
    // The parts of every list, in order: each list has one at least, which writes its text.
    var parts: [(list: Int, positions: Range<Int>)] = []
    for (index, list) in lists.enumerated() {
      let size = min(16 * perPart, max(perPart, students.count * perPart / max(list.selection.count, 1)))
      parts.append((index, 0..<min(size, students.count)))
      for start in stride(from: size, to: students.count, by: size) {
        parts.append((index, start..<min(start + size, students.count)))
      }
    }
    let texts = ByteTable(utf8: lists.map(\.before))
    // Per list, 1 for each outcome listed and 0 for the others: added up, not tested, position
    // by position.
    let listed = lists.map { list in list.selection.times.map { $0 > 0 ? 1 : 0 } }
    let times = lists.map(\.selection.times)
    out.appendRows(parts.count, partSize: 1) { range, out in
      for (list, positions) in parts[range] {
        if positions.lowerBound == 0 { out.append(texts[list]) }
        // The part's listed students first, then their rows. Whether a student is listed
        // follows no pattern: the positions are gathered without a branch each, then their
        // records copied side by side, whose loads overlap, where writing each row would wait
        // for its record.
        var picked = [Int32](repeating: 0, count: positions.count)
        let found = picked.withUnsafeMutableBufferPointer { picked in
          studentOutcomes.withUnsafeBufferPointer { outcomes in
            listed[list].withUnsafeBufferPointer { isListed in
              var found = 0
              for position in positions {
                picked[found] = Int32(truncatingIfNeeded: position)
                found &+= isListed[Int(outcomes[position])]
              }
              return found
            }
          }
        }
        let records = students.withUnsafeBufferPointer { students in
          picked[..<found].map { students[Int($0)] }
        }
        let counts = times[list]
        for record in records {
          for _ in 0..<counts[Int(record.outcome)] { body(record, &out) }
        }
      }
    }
  }

  /// Appends every student, class after class in reading order, to `out`: `openings[k]` before
  /// the first student of the class at `k` in ``classes``, `closings[k]` after its last (nothing
  /// for a class without students), and what `body` writes for each student, on the writer's
  /// threads (``ReportWriter/appendRows(_:partSize:_:)``). `body` must only read what it captures
  /// and end with the end of a line, as each opening and closing must.
  ///
  /// One run of rows for the whole school, not one per class: a class's last part and the next
  /// class's first are written side by side, and the threads start once.
  func appendStudentsByClass(
    openings: ByteTable, closings: ByteTable, to out: inout ReportWriter,
    _ body: (ReportRecord, inout ReportWriter) -> Void
  ) {
    let ranges = classRanges.enumerated().filter { !$0.element.isEmpty }
    out.appendRows(students.count) { positions, out in
      // The classes the part meets, each in its part of the range, in order.
      var index = ranges.firstIndex { $0.element.upperBound > positions.lowerBound } ?? ranges.count
      while index < ranges.count, ranges[index].element.lowerBound < positions.upperBound {
        let (classIndex, range) = ranges[index]
        let part = max(range.lowerBound, positions.lowerBound)..<min(range.upperBound, positions.upperBound)
        if part.lowerBound == range.lowerBound { out.append(openings[classIndex]) }
        for record in students[part] { body(record, &out) }
        if part.upperBound == range.upperBound { out.append(closings[classIndex]) }
        index += 1
      }
    }
  }

  /// The steps of an outcome, found in the tree.
  func steps(of outcome: ReportOutcome) -> [Step] {
    outcome.stepIDs.compactMap { tree.step($0) }
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
  func why(_ outcome: ReportOutcome) -> String {
    outcome.trace.map { questionNumber($0.fact) + " " + answerLabel($0.answer, fact: $0.fact) }.joined(separator: " · ")
  }

  /// The last and first names of a row, trimmed, when it has a name (`nil` otherwise).
  func nameParts(_ record: ReportRecord) -> (nom: String, prenom: String)? {
    if let code = record.pseudonymCode { return (pseudonym(code), "") }
    guard record.ine < 0 else { return nil }
    return (names[Int(record.nom)], names[Int(record.prenom)])
  }

  /// « Élève 7F3A2C91 » for a pseudonym's code.
  func pseudonym(_ code: UInt32) -> String {
    messages.pseudonym(Pseudonymizer.hex(code))
  }

  /// « Durand Léa », or the pseudonym, or the INE, or the line when the file has no name.
  func name(_ record: ReportRecord) -> String {
    if let (nom, prenom) = nameParts(record) {
      return nom.isEmpty ? prenom : prenom.isEmpty ? nom : nom + " " + prenom
    }
    let ine = names[Int(record.ine)]
    return ine.isEmpty ? messages.unnamed(line: Int(record.line)) : ine
  }

  /// The class of a row, trimmed.
  func classe(_ record: ReportRecord) -> String {
    document.classes[record.classe]
  }

  /// The class as shown, with a label when empty.
  func classLabel(_ classe: String) -> String {
    classe.isEmpty ? messages.noClass : classe
  }

  /// The actors of a step, by label.
  func actorLabels(_ step: Step) -> String {
    step.actors.map { tree.actor($0)?.label.text(in: document.context.language) ?? $0 }.joined(separator: ", ")
  }

  /// The students by class rank, then name and first name (compared by their spelling keys), then
  /// line; with the range of each class. Each distinct name's key is worked out once, and ranked,
  /// so that rows compare as integers; classes are sorted side by side on up to `threads` threads.
  /// `kept` is 1 for each outcome whose rows are listed, 0 for a rejection.
  private static func readingOrder(
    _ document: ReportDocument, rankOf: [Int], sizes: [Int], kept: [Int], threads: Int
  ) -> (students: [ReportRecord], ranges: [Range<Int>]) {
    let names = document.names.texts
    let keys = names.map { Spelling.key($0) }
    let byKey = names.indices.sorted { keys[$0] < keys[$1] }
    // Ranks are odd; pseudonyms (all the same word, then 8 hex digits, so in the order of their
    // codes) share the even rank just before the first name whose key is not below theirs.
    let messages = ReportMessages(language: document.context.language)
    let lowest = Spelling.key(messages.pseudonym(Pseudonymizer.hex(0)))
    var keyRank = [UInt32](repeating: 0, count: names.count)
    var rank: UInt32 = 1
    var pseudonymRank: UInt32?
    for (position, id) in byKey.enumerated() {
      if position > 0, keys[byKey[position - 1]] != keys[id] { rank += 2 }
      if pseudonymRank == nil, keys[id] >= lowest { pseudonymRank = rank - 1 }
      keyRank[id] = rank
    }
    let pseudonyms = pseudonymRank ?? rank + 1
    // No name of the table sorts among the pseudonyms: in an anonymised document, the table holds
    // only empty names (nothing to hide) and pseudonyms of the other language (another word).
    var ranges: [Range<Int>] = []
    var start = 0
    for size in sizes {
      ranges.append(start..<start + size)
      start += size
    }
    // Classes by thread, largest first, each to the thread with the fewest rows so far (those of
    // one row to the first): each thread places the rows of its classes in their ranges, reading
    // every record, then sorts its classes one at a time, in a copy of each. No more threads than
    // write rows (`ReportWriter.mostThreads`).
    let sorting = ranges.indices.filter { ranges[$0].count > 1 }
    let threads = max(1, min(threads, sorting.count, ReportWriter.mostThreads))
    var owners = [Int](repeating: 0, count: ranges.count)
    var shares = [[Int]](repeating: [], count: threads)
    var loads = [Int](repeating: 0, count: threads)
    for rank in sorting.sorted(by: { ranges[$0].count > ranges[$1].count }) {
      let least = loads.indices.min { loads[$0] < loads[$1] } ?? 0
      shares[least].append(rank)
      loads[least] += ranges[rank].count
      owners[rank] = least
    }
    // `kept` (1 for an outcome whose rows are listed) is added, not tested, row by row: which
    // thread a row's class is to follows no pattern either.
    let records = document.records
    // Room for the students, and one place per thread where the rows of other threads' classes
    // are written and left: each place of a student is written once.
    let students = [ReportRecord](unsafeUninitializedCapacity: start + threads) { students, count in
      let shared = UncheckedSendable(students)
      ThreadGroup.run(threads) { [ranges, owners, shares, rankOf, kept, keyRank, start] thread in
        let students = shared.value
        let base = students.baseAddress.unsafelyUnwrapped
        let mine = owners.map { $0 == thread ? 1 : 0 }
        var next = ranges.map(\.lowerBound)
        let elsewhere = start + thread
        records.withUnsafeBufferPointer { records in
          rankOf.withUnsafeBufferPointer { rankOf in
            mine.withUnsafeBufferPointer { mine in
              kept.withUnsafeBufferPointer { kept in
                next.withUnsafeMutableBufferPointer { next in
                  for record in records {
                    let rank = rankOf[Int(record.classe)]
                    let placed = mine[rank] & kept[Int(record.outcome)]
                    (base + elsewhere + (next[rank] - elsewhere) * placed).initialize(to: record)
                    next[rank] += placed
                  }
                }
              }
            }
          }
        }
        for rank in shares[thread] {
          Self.sort(UnsafeMutableBufferPointer(rebasing: students[ranges[rank]]), keyRank, pseudonyms: pseudonyms)
        }
      }
      count = start
    }
    return (students, ranges)
  }

  /// Sorts one class's students by their names' ranks (``readingOrder(_:rankOf:sizes:kept:threads:)``).
  private static func sort(
    _ students: UnsafeMutableBufferPointer<ReportRecord>, _ keyRank: [UInt32], pseudonyms: UInt32
  ) {
    guard students.count > 1 else { return }
    let rows = Array(students)
    var items = rows.enumerated().map { position, record in
      let key =
        if let code = record.pseudonymCode {
          UInt64(pseudonyms) << 32 | UInt64(code)
        } else {
          UInt64(keyRank[Int(record.nom)]) << 32 | UInt64(keyRank[Int(record.prenom)])
        }
      // The line, then the input order: no two rows tie.
      return SortItem(key: key, tie: UInt64(UInt32(bitPattern: record.line)) << 32 | UInt64(position))
    }
    // By key, then line, then place: the line first (rows come in input order, so their lines
    // rise already, most often), then the key, each sort keeping the order of equal keys.
    if zip(items, items.dropFirst()).contains(where: { $0.tie > $1.tie }) {
      RadixSort.sort(&items) { $0.tie >> 32 }
    }
    RadixSort.sort(&items) { $0.key }
    for (offset, item) in items.enumerated() {
      students[offset] = rows[Int(truncatingIfNeeded: item.tie & 0xFFFF_FFFF)]
    }
  }

  private struct SortItem {
    /// The name's rank, then the first name's (or the pseudonym's rank and code).
    var key: UInt64
    /// The line, then the row's place in its class in input order.
    var tie: UInt64
  }

  private static func dictionary(_ counts: [Int]) -> [RowCategory: Int] {
    var result: [RowCategory: Int] = [:]
    for (slot, category) in RowCategory.allCases.enumerated() where counts[slot] > 0 { result[category] = counts[slot] }
    return result
  }

  private static func worklists(
    tree: ValidatedTree, outcomes: [ReportOutcome], counts: [Int], categories: [RowCategory], school: [Step],
    schoolIDs: Set<String>
  ) -> [Worklist] {
    let items = tree.tree.steps.map { step -> Selection in
      let times = outcomes.indices.map { index in
        categories[index] == .error || schoolIDs.contains(step.id)
          ? 0 : outcomes[index].stepIDs.reduce(0) { $0 + ($1 == step.id ? 1 : 0) }
      }
      return Selection(step: step, times: times, count: zip(times, counts).reduce(0) { $0 + $1.0 * $1.1 })
    }
    return tree.tree.actors.map { actor in
      let mine = items.filter { item in item.count > 0 && item.step?.actors.contains(actor.id) == true }
      let concerned = outcomes.indices.filter { index in mine.contains { $0.times[index] > 0 } }
      return Worklist(
        actor: actor, schoolSteps: school.filter { $0.actors.contains(actor.id) }, items: mine,
        studentCount: concerned.reduce(0) { $0 + counts[$1] })
    }
  }
}
