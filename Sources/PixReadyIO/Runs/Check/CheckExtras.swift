import PixReadyCore

/// What `check` does around the batch loop besides writing rows: the SIECLE cross-check, the
/// Markdown or HTML document gathered from the rows, and pseudonyms for `--anonymize`.
struct CheckExtras {
  /// The roster cross-check of `--siecle`; dropped by ``finish(_:language:)`` once its findings
  /// are in the summary, so that the rows it kept are not held while the document is written.
  var crossCheck: RosterCrossCheck?
  /// The thread the cross-check runs on while rows come, beside the report and the document.
  var crossCheckThread: ObserverThread<RosterCrossCheck>? = nil
  /// The warnings of the SIECLE export itself (no INE, no division…): Pix Orga drops such students.
  var siecleFindings: [SiecleFinding] = []
  /// The document of `--format md|html`.
  var document: ReportDocument?
  /// The thread the document is gathered on while rows come, beside the reading of the file.
  var documentThread: ObserverThread<ReportDocument>? = nil
  /// The pseudonyms of `--anonymize`.
  let pseudonymizer: Pseudonymizer?
  /// The tree used.
  let tree: ValidatedTree
  /// `md` or `html` when a document is written after the rows.
  let format: ReportFormat
  /// How many threads write the document's long lists of rows.
  let threads: Int

  /// Whether anything sees the rows.
  var observes: Bool { crossCheck != nil || document != nil }

  /// Which rows may come compact: with the cross-check, those its screen finds surely unknown to
  /// SIECLE, with every identity cell; else those the document takes
  /// (``ReportDocument/compactRequest``). `nil` when rows come whole.
  var compactRows: ObservedRows.Request? {
    guard let document else { return crossCheck.map { ObservedRows.Request(screen: $0.screen) } }
    guard let request = document.compactRequest else { return nil }
    return crossCheck.map { ObservedRows.Request(screen: $0.screen) } ?? request
  }

  /// Sees a block's rows, each observer on its thread: the cross-check gets the real identities,
  /// the document the pseudonymised ones.
  mutating func observe(_ rows: ObservedRows) {
    if let crossCheck {
      if crossCheckThread == nil { crossCheckThread = ObserverThread(crossCheck) { $0.add($1) } }
      crossCheckThread?.add(rows)
    }
    if let document {
      if documentThread == nil { documentThread = ObserverThread(document) { $0.add($1) } }
      documentThread?.add(rows)
    }
  }

  /// Adds the warnings about damaged identities, then the cross-check's. The roster is the
  /// teacher's file, not Pix Orga's list: the school's actions stay those of the answers given.
  mutating func finish(_ summary: inout BatchSummary, language: Language) {
    if let thread = crossCheckThread {
      crossCheck = thread.finish()
      crossCheckThread = nil
    }
    if let thread = documentThread {
      document = thread.finish()
      documentThread = nil
    }
    let damage = summary.identityDamage.findings.map { finding in
      var finding = finding
      if pseudonymizer != nil, finding.field != .classe { finding.example = "" }
      return finding
    }
    defer {
      let messages = IdentityDamageMessages(language: language)
      summary.warnings =
        damage.map { ReportWarning(code: $0.kind.rawValue, message: messages.message(for: $0)) } + summary.warnings
      if !damage.isEmpty, summary.warningSummary == nil { summary.warningSummary = messages.summary(damage) }
    }
    guard var crossCheck else { return }
    crossCheck.complete(with: summary, threads: threads)
    let findings = crossCheck.findings().map { pseudonymizer?.pseudonymize($0) ?? $0 }
    summary.warnings = siecleFindings.map { exportWarning($0, language: language) }
    summary.warnings += findings.map { Self.warning($0, language: language) }
    summary.warningSummary = RosterMessages(language: language).summary(findings, mismatch: crossCheck.mismatch)
    self.crossCheck = nil
  }

  /// Writes the Markdown or HTML document after the (silent) rows; nothing for other formats.
  func writeTrailer<Output: ByteOutputStream>(_ summary: BatchSummary, to output: inout Output) {
    guard var document else { return }
    document.complete(with: summary)
    if format == .html {
      HTMLReport(threads: threads).write(document, to: &output)
    } else {
      MarkdownReport(threads: threads).write(document, to: &output)
    }
  }

  /// A warning of the SIECLE export as a report warning, its student pseudonymised when asked.
  private func exportWarning(_ finding: SiecleFinding, language: Language) -> ReportWarning {
    var finding = finding
    if let pseudonymizer { finding.student = finding.student.map(pseudonymizer.pseudonymize) }
    return ReportWarning(
      code: finding.code, student: finding.student?.identity ?? StudentIdentity(),
      message: "SIECLE : " + finding.message(in: language))
  }

  /// A roster finding as a report warning.
  private static func warning(_ finding: RosterFinding, language: Language) -> ReportWarning {
    var student = finding.roster ?? StudentIdentity()
    if finding.roster == nil, let siecle = finding.siecle {
      student = StudentIdentity(values: [
        .ine: siecle.ine, .nom: siecle.lastName, .prenom: siecle.firstName, .dateNaissance: siecle.birthdate,
        .classe: siecle.division,
      ])
    }
    return ReportWarning(
      code: finding.code, row: finding.row, line: finding.line, student: student,
      message: finding.message(in: language))
  }
}
