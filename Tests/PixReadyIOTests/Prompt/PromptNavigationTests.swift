import PixReadyCore
import PixReadyIO
import Testing

/// `retour`, « je ne sais pas », `q` and the end of input.
struct PromptNavigationTests {
  @Test func backForgetsTheLastAnswerAndAsksItsQuestionAgain() throws {
    let run = try PromptRun(["2", "r", "1", "1", "", "1", "1", "1", "1", "2"])
    #expect(
      run.conversation.contains(
        """
        > r
        Retour : la réponse « Non » est annulée.

        Question 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?
          1. Oui
          2. Non
        > 1
          → C'est parfait !
        """))
    let result = try #require(run.results.first)
    #expect(result.status == .verdict(.ready))
    #expect(result.diagnosis.steps.isEmpty)
  }

  @Test func backGoesBackSeveralQuestionsThroughTheName() throws {
    // At a name only the full word acts: « r » would be a name there.
    let run = try PromptRun(["1", "1", "Léa", "r", "retour", "2", "Noé", "1", "1", "1", "1", "2"])
    #expect(run.conversation.contains("> r\nRetour : le nom « Léa » est annulé.\n"))
    #expect(run.conversation.contains("> retour\nRetour : la réponse « Oui » est annulée.\n\nQuestion 2"))
    let result = try #require(run.results.first)
    #expect(result.name == "Noé")
    #expect(result.diagnosis.steps.map(\.id) == ["assign-gar"])
  }

  @Test func backAtTheFirstQuestionHasNothingToUndo() throws {
    let run = try PromptRun(["retour", "q"])
    #expect(run.conversation.contains("> retour\nRien à annuler : aucune réponse n'a encore été donnée ici.\n"))
  }

  @Test func backAfterAStudentsVerdictReopensTheirLastQuestion() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["1", "1", "1", "1", "r", "2", "2"])
    #expect(run.conversation.contains("> r\nRetour : la réponse « Certifiable » est annulée.\n\nQuestion 6"))
    #expect(run.results.count == 1)
    #expect(run.results.first?.diagnosis.steps.map(\.id) == ["reach-certifiability"])
    #expect(run.resultText.components(separatedBy: "=== Élève 1 ===").count == 3)
  }

  @Test(arguments: ["nsp", "je ne sais pas", "NSP", "idk"])
  func dontKnowLeavesTheStudentPendingAndMovesOn(_ typed: String) throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["1", typed, "2"])
    #expect(run.session.end == .finished)
    let result = try #require(run.results.first)
    #expect(result.status == .pending(fact: "usualMethod"))
    #expect(
      run.conversation.contains(
        "\(typed)\nNoté : cette question reste en attente pour cet élève, à lui poser plus tard.\n"))
    #expect(run.resultText.contains("Résultat : en attente, une réponse manque.\nÀ demander plus tard — Question 4 :"))
    #expect(run.questions.last == "Élève suivant ?")
  }

  /// Issue 12: question 2 plans for « je ne sais pas » (a check step), so the session goes on.
  @Test func dontKnowOnAPlannedSchoolQuestionAddsTheCheckAndGoesOn() throws {
    let run = try PromptRun(["1", "nsp", "", "1", "1", "1", "1", "2"])
    #expect(run.session.end == .finished)
    #expect(run.results.map(\.status) == [.verdict(.action)])
    #expect(run.results.first?.diagnosis.steps.map(\.id) == ["check-gar-assignment"])
    #expect(run.conversation.contains("Je ne sais pas : il faut le vérifier dans la console d'affectation du GAR."))
    #expect(run.questions.contains("Élève suivant ?"))
  }

  @Test func quitRecordsTheStudentAsUnfinished() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["2", "quitter", "never read"])
    #expect(run.session.end == .quit)
    #expect(run.results.map(\.status) == [.unfinished(fact: "usualMethod")])
    #expect(run.conversation.contains("> quitter\nSession arrêtée à votre demande.\n"))
    #expect(run.resultText.contains("Restée sans réponse — Question 4 :"))
  }

  @Test func endOfInputDuringAQuestionEndsTheSessionUnfinished() throws {
    let run = try PromptRun(["1"])
    #expect(run.session.end == .endOfInput)
    #expect(run.results.map(\.status) == [.unfinished(fact: "garAssigned")])
    #expect(run.conversation.contains("> \nFin de l'entrée (Ctrl-D) avant la fin de la session.\n"))
  }

  @Test func endOfInputAtNextStudentEndsTheSessionNormally() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["1", "1", "1", "1"])
    #expect(run.session.end == .finished)
    #expect(run.results.map(\.status) == [.verdict(.ready)])
    #expect(run.conversation.hasSuffix("> \n\nSession terminée.\n"))
  }

  @Test func writesBackWhatWasReadOnlyWhenAskedTo() throws {
    let echoed = try PromptRun(["1", "q"], echoes: true)
    let silent = try PromptRun(["1", "q"], echoes: false)
    #expect(echoed.conversation.contains("> 1\n  → C'est parfait !"))
    #expect(silent.conversation.contains("> \n  → C'est parfait !") == false)
    #expect(silent.conversation.contains("> q") == false)
    #expect(silent.conversation.contains(">   → C'est parfait !"))
  }
}
