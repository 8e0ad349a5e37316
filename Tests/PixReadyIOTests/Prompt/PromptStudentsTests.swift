import PixReadyCore
import PixReadyIO
import Testing

/// Several students in one session, answers given in advance, and trees whose facts have other
/// scopes than the shipped one.
struct PromptStudentsTests {
  @Test func asksTheSchoolQuestionsOnceThenEachStudentsQuestions() throws {
    let run = try PromptRun([
      "1", "2", "Léa", "1", "1", "1", "1", "oui",
      "Noé", "-", "4", "1", "o",
      "", "2", "2", "2", "1", "non",
    ])
    #expect(run.session.end == .finished)
    #expect(run.questions.filter { $0.hasPrefix("Question 1 ") }.count == 1)
    #expect(run.questions.filter { $0.hasPrefix("Question 2 ") }.count == 1)
    #expect(run.questions.filter { $0.hasPrefix("Question 3 ") }.count == 3)
    #expect(run.results.map(\.name) == ["Léa", "Noé", nil])
    #expect(
      run.results.map(\.status) == [.verdict(.action), .verdict(.action), .verdict(.action)])
    #expect(
      run.results.map { $0.diagnosis.steps.map(\.id) } == [
        ["assign-gar"], ["assign-gar", "join-campaign-via-mediacentre"], ["assign-gar", "reset-password-in-orga"],
      ])
    #expect(run.conversation.contains("> Noé\n— Élève 2 : Noé —\n"))
    #expect(run.conversation.contains("> \n— Élève 3 —\n"))
    #expect(
      run.resultText.hasSuffix(
        """

        Bilan de la session — 3 élèves (1 prêt, 2 avec des actions à mener)
          1. Léa : prêt
          2. Noé : action à mener (1 étape)
          3. (sans nom) : action à mener (1 étape)

        Rappel pour l'établissement (une fois) :
          1. Attribuer la ressource Pix aux nouveaux élèves dans le GAR — Qui :
             Responsable d'affectation GAR

        """))
  }

  @Test func showsPendingStudentsInTheSummary() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["1", "nsp", "1", "Zoé", "1", "1", "1", "1", "2"])
    #expect(run.results.map(\.status) == [.pending(fact: "usualMethod"), .verdict(.ready)])
    #expect(
      run.resultText.hasSuffix(
        """

        Bilan de la session — 2 élèves (1 en attente d'une réponse, 1 prêt)
          1. (sans nom) : en attente — Question 4 : Comment se connecte cet élève pour
             accéder à son compte Pix habituel (où il a le plus grand nombre de Pix) ?
          2. Zoé : prêt

        """))
  }

  @Test func quittingBeforeTheNextStudentsFirstAnswerDropsThatEmptyStudent() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["1", "1", "1", "1", "1", "quitter"])
    #expect(run.session.end == .quit)
    #expect(run.results.count == 1)
  }

  @Test func prefilledAnswersAreNotAskedAndAreShownWithTheirNotes() throws {
    let prefilled: Answers = ["siecleImported": .value("no"), "orgaMethods": .values(["mediacentre"])]
    let run = try PromptRun(["1", "", "1", "1", "1", "2"], prefilled: prefilled)
    #expect(
      run.questions == [
        "Question 2 : Avez-vous attribué Pix à tous les nouveaux élèves dans la console d'affectation du GAR ?",
        "Nom de l'élève 1 (facultatif, Entrée pour passer) :",
        "Question 4 : Comment se connecte cet élève pour accéder à son compte Pix habituel (où il a le plus grand nombre de Pix) ?",
        "Question 5 : L'élève connaît-il son identifiant et son mot de passe ENT ?",
        "Question 6 : Dans Pix Orga > Élèves, qu'affiche la colonne « Certificabilité » en face du nom de l'élève ?",
        "Élève suivant ?",
      ])
    #expect(
      run.conversation.contains(
        """
        Réponses déjà données (--fact, --answers) :

        Question 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?
        > Non (réponse déjà donnée)
          → Il faut le faire, en important dans l'onglet Élèves de Pix Orga la liste
        """))
    #expect(run.results.first?.diagnosis.steps.map(\.id) == ["import-siecle"])
    #expect(
      run.conversation.contains(
        """
        > 
        — Élève 1 —

        Question 3 : Dans Pix Orga > Élèves, quelle méthode de connexion apparaît en
        face du nom de l'élève ?
        > Mediacentre (réponse déjà donnée)
          → Mediacentre : l'élève s'est déjà connecté à Pix par le Médiacentre et il a
            déjà participé à une campagne Pix.

        Question 4
        """))
  }

  @Test func prefilledSchoolAnswersHoldForEveryStudentAndStudentAnswersForTheFirst() throws {
    let prefilled: Answers = [
      "siecleImported": .value("yes"), "garAssigned": .value("yes"), "orgaMethods": .values([]),
    ]
    let run = try PromptRun(["", "4", "1", "1", "", "1", "1", "1", "2"], prefilled: prefilled)
    #expect(run.results.map(\.name) == [nil, nil])
    #expect(run.results.map { $0.diagnosis.conclusion?.node } == ["first-campaign-none", "ok-mediacentre"])
    #expect(run.questions.filter { $0.hasPrefix("Question 3 ") }.count == 1)
  }

  @Test func prefilledAnswersThatSettleTheStudentGoStraightToTheVerdict() throws {
    let prefilled: Answers = [
      "siecleImported": .value("yes"), "garAssigned": .value("yes"), "orgaMethods": .values([]),
      "usualMethod": .value("none"), "certifiable": .unknown,
    ]
    let run = try PromptRun(["2"], prefilled: prefilled)
    #expect(run.questions == ["Élève suivant ?"])
    #expect(run.results.map(\.status) == [.verdict(.action)])
    #expect(run.conversation.contains("Rien à annuler") == false)
  }

  @Test func aTreeWithOnlySchoolFactsAsksNoNameAndNoNextStudent() throws {
    let tree = try PromptFixtures.tree("school-only-staff.json")
    let run = try PromptRun(["oui", "non"], tree: tree)
    #expect(
      run.questions == [
        "Question 1 : Un responsable d'affectation GAR est-il nommé ?",
        "Question 2 : A-t-il déjà ouvert la console d'affectation ?",
      ])
    #expect(run.session.end == .finished)
    #expect(run.results.map(\.status) == [.verdict(.support)])
    #expect(run.resultText.hasPrefix("\n=== Résultat ===\nRésultat : support Pix, à contacter (1 étape).\n"))
  }

  @Test func aSchoolQuestionAfterAStudentQuestionIsStillAskedOnce() throws {
    let tree = try PromptFixtures.tree("student-before-school.json")
    let run = try PromptRun(["Léa", "oui", "non", "1", "Noé", "non", "2"], tree: tree)
    #expect(
      run.questions == [
        "Nom de l'élève 1 (facultatif, Entrée pour passer) :", "Question 1 : L'élève a-t-il un compte ?",
        "Question 2 : La liste est-elle importée ?", "Élève suivant ?",
        "Nom de l'élève 2 (facultatif, Entrée pour passer) :", "Question 1 : L'élève a-t-il un compte ?",
        "Élève suivant ?",
      ])
    #expect(run.results.map { $0.diagnosis.steps.map(\.id) } == [["import"], ["create", "import"]])
  }

  @Test func backUndoesAnAnswerToASchoolQuestionForTheWholeSession() throws {
    let tree = try PromptFixtures.tree("student-before-school.json")
    let run = try PromptRun(["", "oui", "non", "r", "oui", "2"], tree: tree)
    #expect(run.conversation.contains("> oui\n  → Très bien.\n"))
    #expect(run.results.map { $0.diagnosis.steps.map(\.id) } == [[]])
  }
}
