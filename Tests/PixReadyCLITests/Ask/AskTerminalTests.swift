import Foundation
import Testing

/// `pixready ask` in a pseudo-terminal, typed at as a person would: colour, the terminal's own
/// echo, Ctrl-C and Ctrl-D.
struct AskTerminalTests {
  @Test func aPersonAnswersAtTheTerminalUpToTheVerdict() throws {
    let terminal = try TerminalRunner(["ask"])
    try terminal.expect("Question 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?")
    try terminal.expect("> ")
    try terminal.type("oui\r")
    try terminal.expect("C'est parfait !")
    try terminal.expect("> ")
    try terminal.type("1\r")
    try terminal.expect("Nom de l'élève 1 (facultatif, Entrée pour passer) :")
    try terminal.expect("> ")
    try terminal.type("Léa\r")
    try terminal.expect("— Élève 1 : Léa —")
    try terminal.expect("> ")
    try terminal.type("Médiacentre\r")
    try terminal.expect("Question 4")
    try terminal.expect("> ")
    try terminal.type("?\r")
    try terminal.expect("Demandez à l'élève comment il se connecte")
    try terminal.expect("> ")
    try terminal.type("ENT\r")
    try terminal.expect("Question 5")
    try terminal.expect("> ")
    try terminal.type("o\r")
    try terminal.expect("Question 6")
    try terminal.expect("> ")
    try terminal.type("Certifiable\r")
    let result = try terminal.expect("Élève suivant ?")
    #expect(result.contains("=== Élève 1 : Léa ==="))
    #expect(result.contains("Résultat : prêt, rien à faire."))
    try terminal.expect("> ")
    try terminal.type("non\r")
    #expect(try terminal.wait() == .exited(0))
    let transcript = terminal.transcript
    #expect(transcript.contains("Session terminée."))
    // Colour on a terminal; the terminal echoes what is typed, the program does not repeat it.
    #expect(transcript.contains("\u{1B}[1m> \u{1B}[0m"))
    #expect(transcript.contains("\u{1B}[32mRésultat : prêt, rien à faire.\u{1B}[0m"))
    #expect(transcript.contains("\u{1B}[1m> \u{1B}[0mLéa\n\u{1B}[1m— Élève 1 : Léa —"))
    #expect(terminal.terminalIsInLineMode)
  }

  @Test func noColourWhenNoColorIsSet() throws {
    let terminal = try TerminalRunner(["ask"], environment: ["NO_COLOR": "1"])
    try terminal.expect("> ")
    try terminal.type("q\r")
    #expect(try terminal.wait() == .exited(0))
    #expect(!terminal.transcript.contains("\u{1B}["))
  }

  @Test func ctrlCLeavesWithAMessageAndTheTerminalClean() throws {
    let terminal = try TerminalRunner(["ask"])
    try terminal.expect("> ")
    try terminal.type("1\r")
    try terminal.expect("> ")
    try terminal.type("\u{3}")
    try terminal.expect("Interrompu (Ctrl-C). Rien n'est enregistré.")
    #expect(try terminal.wait() == .exited(130))
    #expect(terminal.terminalIsInLineMode)
    #expect(terminal.transcript.hasSuffix("\u{1B}[0mInterrompu (Ctrl-C). Rien n'est enregistré.\n"))
  }

  @Test func ctrlDEndsTheSessionCleanlyWithExitCode3() throws {
    let terminal = try TerminalRunner(["ask", "--lang", "en"])
    try terminal.expect("Question 1: Have you updated the student list in Pix Orga?")
    try terminal.expect("> ")
    try terminal.type("\u{4}")
    try terminal.expect("End of input (Ctrl-D) before the session was over.")
    #expect(try terminal.wait() == .exited(3))
    let transcript = terminal.transcript
    #expect(transcript.contains("Result: unfinished, the session stopped before the end."))
    #expect(!transcript.contains("Fatal error"))
    #expect(terminal.terminalIsInLineMode)
  }

  /// The runner itself: waiting for text a program that has ended never wrote stops at the end of
  /// its output, not at the deadline, and says why and after how long (a failure in CI is read
  /// from that message alone).
  @Test func waitingForTextAfterTheProgramEndedSaysWhy() throws {
    let terminal = try TerminalRunner(["--version"])
    let started = Date()
    do {
      try terminal.expect("never written", timeout: 20)
      Issue.record("expect found text the program never wrote")
    } catch let failure as TerminalRunner.Failure {
      #expect(failure.description.hasPrefix("gave up waiting for \"never written\" after "))
      #expect(failure.description.contains("(end of output)") || failure.description.contains("(read failed: "))
      #expect(failure.description.contains("pixready"))
    }
    #expect(Date().timeIntervalSince(started) < 15)
    #expect(try terminal.wait() == .exited(0))
  }
}
