import PixReadyCore
import PixReadyIO
import Testing

/// What the person may type: numbers, labels, accepted spellings, several values for a set,
/// and answers that are not understood.
struct PromptReplyTests {
  /// The answer recorded for `fact` after typing `lines` from question 1.
  private func answer(_ lines: [String], fact: String) throws -> Answer? {
    let run = try PromptRun(lines + ["q"])
    let result = try #require(run.results.first)
    return result.diagnosis.trace.first { $0.fact == fact }?.answer
  }

  @Test(arguments: ["1", "oui", "OUI", "o", "Oui ", "yes", "y"])
  func readsYesWhateverTheSpelling(_ typed: String) throws {
    #expect(try answer([typed], fact: "siecleImported") == .value("yes"))
  }

  @Test(arguments: ["2", "non", "N", "no", "0"])
  func readsNoWhateverTheSpelling(_ typed: String) throws {
    #expect(try answer([typed], fact: "siecleImported") == .value("no"))
  }

  @Test(arguments: ["1", "Médiacentre", "mediacentre", "MEDIACENTRE", "ENT", "gar"])
  func readsALabelCaseAndAccentInsensitively(_ typed: String) throws {
    #expect(try answer(PromptFixtures.schoolYesNoName + [typed], fact: "orgaMethods") == .values(["mediacentre"]))
  }

  @Test(arguments: ["1,3", "1 3", "3;1", "1, 3", "Médiacentre, mail", "1, e-mail"])
  func readsSeveralAnswersToASetQuestion(_ typed: String) throws {
    #expect(
      try answer(PromptFixtures.schoolYesNoName + [typed], fact: "orgaMethods") == .values(["mediacentre", "mail"]))
  }

  @Test(arguments: ["-", "aucune", "Aucune", "4", "none", "aucun"])
  func readsNoneForASetQuestion(_ typed: String) throws {
    #expect(try answer(PromptFixtures.schoolYesNoName + [typed], fact: "orgaMethods") == .values([]))
  }

  @Test func explainsAnAnswerItDoesNotUnderstandAndAsksAgain() throws {
    let run = try PromptRun(["peut-être", "1", "q"])
    #expect(
      run.conversation.contains(
        """
        > peut-être
        Je n'ai pas compris « peut-être ».
        Répondez 1 ou 2, ou tapez oui ou non. Tapez ? pour l'aide.
        > 1
          → C'est parfait !
        """))
    #expect(run.results.first?.diagnosis.trace.first?.answer == .value("yes"))
  }

  @Test func suggestsTheNearestAnswer() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["Mediacentr", "q"])
    #expect(run.conversation.contains("Je n'ai pas compris « Mediacentr ». Vouliez-vous dire « Mediacentre » ?\n"))
    #expect(
      run.conversation.contains(
        """
        Répondez par un ou plusieurs numéros de 1 à 4, séparés par des virgules, ou
        tapez les réponses (mediacentre, identifiant, adresse e-mail, aucune). Tapez ?
        pour l'aide.
        """))
  }

  @Test func refusesANumberThatIsNotAChoice() throws {
    let run = try PromptRun(["7", "q"])
    #expect(run.conversation.contains("> 7\nIl n'y a pas de réponse n° 7 : les réponses vont de 1 à 2.\n"))
  }

  @Test func refusesSeveralAnswersToAOneAnswerQuestion() throws {
    let run = try PromptRun(["1,2", "q"])
    #expect(run.conversation.contains("> 1,2\nUne seule réponse est attendue ici.\n"))
  }

  @Test func refusesNoneTogetherWithAMethod() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["1,4", "-, mail", "q"])
    #expect(run.conversation.contains("> 1,4\n« Aucune » ne peut pas aller avec d'autres réponses.\n"))
    #expect(run.conversation.contains("> -, mail\n« Aucune » ne peut pas aller avec d'autres réponses.\n"))
  }

  @Test func asksAgainOnAnEmptyLine() throws {
    let run = try PromptRun(["", "1", "q"])
    #expect(run.conversation.contains("> \nAucune réponse saisie.\nRépondez 1 ou 2"))
    #expect(run.results.first?.diagnosis.trace.first?.answer == .value("yes"))
  }

  @Test(arguments: ["?", "aide", "AIDE", "help"])
  func printsTheQuestionsHelp(_ typed: String) throws {
    let run = try PromptRun([typed, "q"])
    #expect(
      run.conversation.contains(
        """
        > \(typed)
        Mettre à jour la liste, c'est importer dans Pix Orga > Élèves l'export SIECLE
        « Élèves sans adresse » de tout l'établissement (Exportations > En XML), le
        fichier zip tel quel.
        """))
    #expect(
      run.conversation.contains(
        "Commandes : « ? » aide, « r » retour, « nsp » je ne sais pas, « q » quitter.\n> q\n"))
  }

  @Test func saysWhenAQuestionHasNoHelp() throws {
    let run = try PromptRun(["", "?", "q"], tree: PromptFixtures.tree("student-before-school.json"))
    #expect(run.conversation.contains("> ?\nPas d'aide pour cette question dans le logigramme.\n"))
  }
}
