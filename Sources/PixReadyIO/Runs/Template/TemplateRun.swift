import PixReadyCore

/// What `pixready template` was asked to write: the class file to fill in, from the SIECLE export
/// or empty.
public struct TemplatePlan: Sendable {
  /// The file's kind.
  public enum Format: String, CaseIterable, Sendable {
    /// A workbook (advised: the answers are drop-down lists).
    case xlsx
    /// CSV text, `;`-separated, UTF-8 with a byte-order mark.
    case csv
  }

  /// The tree whose questions are the answer columns.
  public var tree: ValidatedTree
  /// School answers written in every row (`--fact`).
  public var prefill: Answers
  /// The file to write; `nil` writes on standard output.
  public var output: String?
  /// The file's kind.
  public var format: Format
  /// The SIECLE export whose students fill the identity columns; `nil` for an empty file.
  public var siecle: String?
  /// The divisions to keep (`--classe`), as the user typed them; empty keeps every student.
  public var divisions: [String]
  /// Whether students who left the school are kept.
  public var includeLeft: Bool
  /// The language of the file's labels and of the messages.
  public var language: Language

  /// A plan.
  public init(
    tree: ValidatedTree, prefill: Answers = [:], output: String? = nil, format: Format = .csv, siecle: String? = nil,
    divisions: [String] = [], includeLeft: Bool = false, language: Language = .fr
  ) {
    self.tree = tree
    self.prefill = prefill
    self.output = output
    self.format = format
    self.siecle = siecle
    self.divisions = divisions
    self.includeLeft = includeLeft
    self.language = language
  }
}

/// Carries out a ``TemplatePlan``: checks it, reads the SIECLE export, picks the students, writes
/// the file (atomically, owner-only, with `-o`) and says on the console what it holds.
public struct TemplateRun {
  /// How a run ended.
  public enum Outcome: Equatable {
    /// The file is written.
    case written
    /// Nothing was written; the console said why.
    case refused
    /// The file could not be written.
    case writeFailed(AtomicFileWriter.Failure)
  }

  /// The plan carried out.
  public let plan: TemplatePlan

  /// A run of `plan`.
  public init(plan: TemplatePlan) { self.plan = plan }

  /// Runs the plan.
  ///
  /// - Parameters:
  ///   - standardOutput: where the file goes when the plan names none.
  ///   - outputIsTerminal: whether standard output is a terminal (a workbook is then refused).
  ///   - temporaries: where the file's temporary copy is registered, removed on an interruption.
  public func run<Output: ByteOutputStream>(
    standardOutput: inout Output, outputIsTerminal: Bool, console: RunConsole, temporaries: TemporaryFiles? = nil
  ) -> Outcome {
    let messages = TemplateMessages(language: plan.language)
    let tree = plan.tree
    for id in plan.prefill.keys.sorted() {
      if let fact = tree.fact(id), fact.scope == .student {
        console.fail(TemplateProblem.studentFact(id: id, column: fact.columns.first ?? id))
        return .refused
      }
    }
    if plan.format == .xlsx, plan.output == nil, outputIsTerminal {
      console.fail(TemplateProblem.workbookNeedsOutput)
      return .refused
    }
    guard let path = plan.siecle else {
      if !plan.divisions.isEmpty || plan.includeLeft {
        console.fail(TemplateProblem.needsSiecle(option: plan.divisions.isEmpty ? "--include-left" : "--classe"))
        return .refused
      }
      console.say(messages.withoutSiecle() + "\n")
      return write(render([]), to: &standardOutput, temporaries: temporaries)
    }
    if let output = plan.output, output == path || FileStatus.sameFile(output, path) {
      console.fail(TemplateProblem.outputIsInput(path: output))
      return .refused
    }
    let export = SiecleReader.read(path: path)
    guard export.isUsable else {
      for finding in export.findings { console.say(finding.formatted(in: plan.language) + "\n") }
      console.fail(TemplateProblem.siecleUnusable(path: path))
      return .refused
    }
    guard let divisions = divisions(export, console: console) else { return .refused }
    let chosen = { (student: SiecleStudent) in divisions.isEmpty || divisions.contains(student.division) }
    let students = export.students(includingLeft: plan.includeLeft).filter(chosen)
    let left = export.leftStudents.filter(chosen).count
    let ids = Set(students.map(\.id))
    let findings = export.findings.filter { $0.student.map { ids.contains($0.id) } ?? true }
    for finding in findings { console.say(finding.formatted(in: plan.language) + "\n") }
    let outcome = write(render(students.map(\.identity)), to: &standardOutput, temporaries: temporaries)
    guard outcome == .written else { return outcome }
    console.say(
      messages.summary(
        written: students.count, destination: plan.output, uai: export.uai,
        divisions: SiecleExport.sortedDivisions(students.map(\.division)), left: left,
        includeLeft: plan.includeLeft,
        withoutINE: students.filter { $0.ine.isEmpty }.count,
        withoutDivision: students.filter { $0.division.isEmpty }.count,
        refusals: findings.filter(\.problem.pixOrgaRefusesFile).count))
    return .written
  }

  /// The file's bytes for these students.
  private func render(_ students: [StudentIdentity]) -> [UInt8] {
    guard plan.format == .xlsx else {
      return Array(ClassTemplate(tree: plan.tree, prefill: plan.prefill, language: plan.language).render(students).utf8)
    }
    let name = plan.output.map { String($0.split(separator: "/").last ?? "classe.xlsx") } ?? "classe.xlsx"
    return ClassWorkbook(tree: plan.tree, prefill: plan.prefill, language: plan.language, fileName: name)
      .render(students)
  }

  /// The divisions asked for, spelled as in SIECLE (empty: every student); `nil` after saying
  /// which one is not in the export.
  private func divisions(_ export: SiecleExport, console: RunConsole) -> Set<String>? {
    guard !plan.divisions.isEmpty else { return [] }
    let known = SiecleExport.sortedDivisions(export.students(includingLeft: true).map(\.division))
    var wanted = Set<String>()
    for name in plan.divisions {
      guard let division = known.first(where: { Spelling.key($0) == Spelling.key(name) }) else {
        let suggestion = EditDistance.suggestion(for: name, among: known)
        console.fail(TemplateProblem.unknownDivision(name: name, divisions: known, suggestion: suggestion))
        return nil
      }
      wanted.insert(division)
    }
    return wanted
  }

  private func write<Output: ByteOutputStream>(
    _ bytes: [UInt8], to standardOutput: inout Output, temporaries: TemporaryFiles?
  ) -> Outcome {
    guard let output = plan.output else {
      bytes.withUnsafeBytes { standardOutput.write(bytes: $0) }
      return .written
    }
    do {
      let writer = try AtomicFileWriter(path: output, temporaries: temporaries)
      bytes.withUnsafeBytes { writer.write(bytes: $0) }
      try writer.commit()
      return .written
    } catch {
      return .writeFailed(error)
    }
  }
}
