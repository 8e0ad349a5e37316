import PixReadyCore
import Testing

@Suite("Problem printer")
struct ProblemPrinterTests {
  /// A problem with everything given by the test.
  private struct Sample: Problem {
    var code = "sample-code"
    var severity = Severity.error
    var sourceLocation: PixReadyCore.SourceLocation?
    func message(in language: Language) -> String { language == .fr ? "ça ne va pas." : "this is wrong." }
  }

  @Test(
    "a located problem prints compiler-style, with the French space before the colon",
    arguments: [
      (Language.fr, Severity.error, "Trees/a.json:4:7: erreur : ça ne va pas. [sample-code]"),
      (.fr, .warning, "Trees/a.json:4:7: avertissement : ça ne va pas. [sample-code]"),
      (.en, .error, "Trees/a.json:4:7: error: this is wrong. [sample-code]"),
      (.en, .warning, "Trees/a.json:4:7: warning: this is wrong. [sample-code]"),
    ])
  func printsLocatedProblem(_ language: Language, _ severity: Severity, _ expected: String) {
    let problem = Sample(
      severity: severity, sourceLocation: PixReadyCore.SourceLocation(file: "Trees/a.json", line: 4, column: 7))
    #expect(ProblemPrinter(language: language).line(problem) == expected)
    #expect(problem.formatted(in: language) == expected)
  }

  @Test("a location prints as far as it is known")
  func printsPartialLocation() {
    let problem = Sample(sourceLocation: PixReadyCore.SourceLocation(file: "eleves.xml", line: 12))
    #expect(problem.formatted(in: .en) == "eleves.xml:12: error: this is wrong. [sample-code]")
    let fileOnly = Sample(sourceLocation: PixReadyCore.SourceLocation(file: "eleves.xml"))
    #expect(fileOnly.formatted(in: .fr) == "eleves.xml: erreur : ça ne va pas. [sample-code]")
  }

  @Test(
    "a problem of the whole run prints after the program's name, without its code",
    arguments: [
      (Language.fr, "pixready: erreur : ça ne va pas."), (.en, "pixready: error: this is wrong."),
    ])
  func printsRunProblem(_ language: Language, _ expected: String) {
    #expect(ProblemPrinter(language: language).line(Sample()) == expected)
  }

  @Test("an unexpected error prints its own description")
  func printsUnexpectedProblem() {
    let problem = UnexpectedProblem(detail: "Something odd(42)")
    #expect(problem.code == "unexpected")
    #expect(problem.formatted(in: .fr) == "pixready: erreur : Something odd(42)")
    #expect(problem.formatted(in: .en) == "pixready: error: Something odd(42)")
  }

  @Test("a tree diagnostic prints through the printer, as lint shows it")
  func printsTreeDiagnostic() {
    let diagnostic = Diagnostic(
      .error, .unknownReference(kind: .node, id: "fn", suggestion: "fin", cutOff: []),
      at: PixReadyCore.SourceLocation(file: "t.json", line: 3, column: 9, jsonPath: "$.start"))
    #expect(
      diagnostic.formatted(in: .fr)
        == "t.json:3:9: erreur : nœud « fn » inconnu. Vouliez-vous dire « fin » ? [unknown-reference]")
    #expect(diagnostic.sourceLocation == diagnostic.location)
  }
}
