import PixReadyCore

/// The guided diagnostic at a prompt, as a state machine: lines in, text out.
///
/// The session asks only what the walk needs, in the flowchart's order, shows the flowchart's
/// notes as they come, and at the end of each student the verdict, the steps and « Pourquoi ? ».
/// Questions about the school (fact scope `school`) are asked once per session; after each
/// student, « Élève suivant ? » starts the student questions again.
///
/// It never reads or prints itself: the shell feeds it lines from a ``LineSource`` and routes its
/// ``PromptOutput`` pieces. Its state is the pre-filled answers plus the entries typed so far,
/// replayed, so `retour` forgets the last entry and nothing else.
public struct PromptSession: Sendable {
  /// How a session ended.
  public enum End: String, Sendable, Equatable, CaseIterable {
    /// Every student was diagnosed (or left pending) and the person said « Non » to « Élève suivant ? ».
    case finished
    /// The person typed `q`.
    case quit
    /// The input ended while a question was open.
    case endOfInput
  }

  /// What a session starts with.
  public struct Configuration: Sendable {
    /// The language of the tree's texts and of the sentences.
    public var language: Language
    /// Answers given in advance (`--fact`, `--answers`): school-scope ones hold for every
    /// student, student-scope ones for the first student.
    public var prefilled: Answers
    /// Whether to write back each line read, for a transcript that reads well when the input is
    /// not a terminal (a terminal echoes what is typed itself).
    public var echoesInput: Bool
    /// The width of the terminal in columns, which the text is wrapped to (80 when unknown).
    public var columns: Int

    /// Creates a configuration.
    public init(language: Language = .fr, prefilled: Answers = [:], echoesInput: Bool = false, columns: Int = 80) {
      self.language = language
      self.prefilled = prefilled
      self.echoesInput = echoesInput
      self.columns = columns
    }
  }

  /// The tree walked.
  public let tree: ValidatedTree
  /// What the session started with.
  public let configuration: Configuration
  /// How the session ended; `nil` while it runs.
  public private(set) var end: End?
  /// The width of the terminal in columns; the shell updates it when the terminal is resized.
  public var columns: Int

  private let evaluator: Evaluator
  private let hasStudentFacts: Bool
  private var entries: [SessionEntry] = []
  private(set) var state: SessionState

  /// Creates a session on `tree`.
  public init(tree: ValidatedTree, configuration: Configuration = Configuration()) {
    self.tree = tree
    self.configuration = configuration
    columns = configuration.columns
    evaluator = Evaluator(tree: tree)
    hasStudentFacts = tree.tree.facts.contains { $0.scope == .student }
    state = SessionState(tree: tree, prefilled: configuration.prefilled, entries: [])
  }

  /// Every student of the session so far, in order, with where their diagnosis stands.
  public var results: [StudentResult] {
    state.students.indices.compactMap { index in
      let student = state.students[index]
      let isLast = index == state.students.count - 1
      if index > 0, isLast, student.name == nil, student.answers.isEmpty { return nil }
      let diagnosis = diagnosis(of: index)
      let status: StudentResult.Status
      switch (stuck(index), diagnosis.outcome) {
      case (let fact?, _): status = .pending(fact: fact)
      case (nil, .complete(let conclusion)): status = .verdict(conclusion.verdict)
      case (nil, .pending(let missing)): status = .unfinished(fact: missing.fact)
      }
      let name = student.name.flatMap { $0.isEmpty ? nil : $0 }
      let school = hasStudentFacts ? evaluator.schoolSteps(state.answers(of: index)) : []
      return StudentResult(number: index + 1, name: name, status: status, diagnosis: diagnosis, schoolSteps: school)
    }
  }

  /// How many students have a verdict or were left pending (not counting one still being asked).
  public var settledCount: Int {
    results.filter {
      if case .unfinished = $0.status { return false }
      return true
    }.count
  }

  /// The opening text, answers already given with their notes, and the first question.
  public mutating func start() -> [PromptOutput] {
    var out = [PromptOutput(wrap.wrap(messages.intro(title: tree.tree.title.text(in: language))), tone: .heading)]
    let (leading, given) = walkSegments(state.answers(of: 0))
    out += notes(leading)
    if !given.isEmpty {
      out.append(PromptOutput("\n" + messages.prefilledHeading + "\n"))
      out += alreadyGiven(given[...])
    }
    if isSettled(0), let result = results.first {
      out += resultText.block(result, newSchoolSteps: result.schoolSteps)
    }
    return out + advance()
  }

  /// Handles one line typed by the person; returns what to show.
  public mutating func receive(_ line: String) -> [PromptOutput] {
    guard end == nil, let prompt = currentPrompt() else { return [] }
    var out: [PromptOutput] = []
    if configuration.echoesInput { out.append(PromptOutput(line + "\n", tone: .echo)) }
    switch PromptReplyReader(tree: tree, language: language).read(line, for: prompt) {
    case .help:
      out += help(prompt) + [Self.marker]
    case .back:
      out += undo()
    case .quit:
      out += finish(.quit)
    case .invalid(let problem):
      out += explain(problem, prompt) + [Self.marker]
    case .entry(let entry):
      out += apply(entry)
    }
    return out
  }

  /// Handles the end of input: a clean end at « Élève suivant ? », otherwise an unfinished session.
  public mutating func endOfInput() -> [PromptOutput] {
    guard end == nil else { return [] }
    let newline = PromptOutput("\n")
    if currentPrompt() == .nextStudent { return [newline] + finish(.finished) }
    return [newline] + finish(.endOfInput)
  }

  // MARK: - Transitions

  private mutating func apply(_ entry: SessionEntry) -> [PromptOutput] {
    let index = state.students.count - 1
    entries.append(entry)
    replay()
    var out: [PromptOutput] = []
    var endsStudent = false
    switch entry {
    case .answer(let fact, _):
      // The notes of this answer, then the answers already known that the walk went through.
      let walk = walkSegments(state.answers(of: index)).given
      if let position = walk.lastIndex(where: { $0.0.fact == fact }) {
        out += notes(walk[position].1) + alreadyGiven(walk[(position + 1)...])
      }
      if stuck(index) == fact {
        // « Je ne sais pas » where the tree plans nothing: the case waits for that answer.
        let text = tree.fact(fact)?.scope == .school ? messages.pendingSchool : messages.pendingStudent
        out.append(PromptOutput(wrap.wrap(text), tone: .note))
      }
      endsStudent = isSettled(index)
    case .name(let name):
      out.append(PromptOutput(messages.studentHeader(number: index + 1, name: name) + "\n", tone: .heading))
      // Student answers given in advance are shown once the student is named.
      let walk = walkSegments(state.answers(of: index)).given
      if let first = walk.firstIndex(where: { tree.fact($0.0.fact)?.scope == .student }) {
        out += alreadyGiven(walk[first...])
      }
    case .nextStudent:
      break
    }
    if endsStudent {
      let results = results
      if let result = results.first(where: { $0.number == index + 1 }) {
        out += resultText.block(result, newSchoolSteps: Self.newSchoolSteps(of: result, after: results))
      }
    }
    return out + advance()
  }

  private mutating func undo() -> [PromptOutput] {
    guard let last = entries.popLast() else {
      let text = messages.nothingToUndo(prefilled: !configuration.prefilled.isEmpty)
      return [PromptOutput(wrap.wrap(text), tone: .problem)] + advance()
    }
    replay()
    let text: String
    switch last {
    case .answer(let fact, let answer):
      text = messages.undoneAnswer(texts.answer(answer, fact: fact))
    case .name(let name):
      text = messages.undoneName(name)
    case .nextStudent:
      text = messages.undoneNextStudent
    }
    return [PromptOutput(wrap.wrap(text), tone: .note)] + advance()
  }

  private mutating func advance() -> [PromptOutput] {
    guard let prompt = currentPrompt() else { return finish(.finished) }
    return ask(prompt)
  }

  private mutating func finish(_ reason: End) -> [PromptOutput] {
    end = reason
    var out: [PromptOutput] = []
    switch reason {
    case .finished: break
    case .quit: out.append(PromptOutput(messages.quitting + "\n", tone: .problem))
    case .endOfInput: out.append(PromptOutput(messages.endOfInput + "\n", tone: .problem))
    }
    let results = results
    if let last = results.last, case .unfinished = last.status {
      out += resultText.block(last, newSchoolSteps: Self.newSchoolSteps(of: last, after: results))
    }
    if results.count > 1 {
      out += resultText.recap(results)
    }
    out += resultText.schoolReminder(results)
    if reason == .finished {
      out.append(PromptOutput("\n" + messages.finished + "\n"))
    }
    return out
  }

  /// The school steps of `result` that no earlier student's bilan has shown.
  private static func newSchoolSteps(of result: StudentResult, after results: [StudentResult]) -> [Step] {
    let shown = Set(results.filter { $0.number < result.number }.flatMap(\.schoolSteps).map(\.id))
    return result.schoolSteps.filter { !shown.contains($0.id) }
  }

  private mutating func replay() {
    state = SessionState(tree: tree, prefilled: configuration.prefilled, entries: entries)
  }

  // MARK: - Where the session stands

  private func diagnosis(of index: Int) -> Diagnosis {
    evaluator.evaluate(state.answers(of: index))
  }

  /// The fact answered « je ne sais pas » where the walk of student `index` stops, if it does:
  /// the tree plans nothing for that answer there, so the case waits for it.
  private func stuck(_ index: Int) -> String? {
    guard let missing = diagnosis(of: index).missing, state.answers(of: index)[missing.fact] == .unknown else {
      return nil
    }
    return missing.fact
  }

  /// Whether student `index` has a verdict or was left pending.
  private func isSettled(_ index: Int) -> Bool {
    if stuck(index) != nil { return true }
    return diagnosis(of: index).isComplete
  }

  /// The question node the session is asking, when it asks a fact.
  var askedNode: String? {
    diagnosis(of: state.students.count - 1).missing?.node
  }

  private func currentPrompt() -> PromptKind? {
    if state.stopped { return nil }
    if let fact = stuck(state.students.count - 1), tree.fact(fact)?.scope == .school { return nil }
    let index = state.students.count - 1
    if isSettled(index) { return hasStudentFacts ? .nextStudent : nil }
    guard let missing = diagnosis(of: index).missing else { return nil }
    if hasStudentFacts, state.students[index].name == nil, tree.fact(missing.fact)?.scope == .student {
      return .name
    }
    return .fact(missing.fact)
  }

  /// Questions answered in advance that the walk went through, each with its answer and notes.
  ///
  /// Before the current student is named, stops at the first student question: it is shown after
  /// the name.
  private func alreadyGiven(_ segments: ArraySlice<(Diagnosis.TraceEntry, [LocalizedText])>) -> [PromptOutput] {
    var out: [PromptOutput] = []
    let named = !hasStudentFacts || state.students[state.students.count - 1].name != nil
    for (entry, entryNotes) in segments {
      if !named, tree.fact(entry.fact)?.scope == .student { break }
      out.append(PromptOutput("\n" + wrap.wrap(texts.question(entry.fact, node: entry.node))))
      let answer = messages.givenAnswer(texts.answer(entry.answer, fact: entry.fact))
      out.append(PromptOutput(wrap.wrap(answer, indent: "  ", firstIndent: "> ")))
      out += notes(entryNotes)
    }
    return out
  }

  /// The notes before the first question, and after each answer on the walk of `answers`.
  private func walkSegments(
    _ answers: Answers
  ) -> (leading: [LocalizedText], given: [(Diagnosis.TraceEntry, [LocalizedText])]) {
    let full = evaluator.evaluate(answers)
    var shown = min(evaluator.evaluate([:]).notes.count, full.notes.count)
    let leading = Array(full.notes.prefix(shown))
    var known: Answers = [:]
    var given: [(Diagnosis.TraceEntry, [LocalizedText])] = []
    for entry in full.trace {
      known[entry.fact] = entry.answer
      let count = max(shown, min(evaluator.evaluate(known).notes.count, full.notes.count))
      given.append((entry, Array(full.notes[shown..<count])))
      shown = count
    }
    return (leading, given)
  }
}
