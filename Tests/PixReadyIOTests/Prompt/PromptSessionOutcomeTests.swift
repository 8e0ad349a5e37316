import PixReadyCore
import PixReadyIO
import Testing

/// Every outcome of the shipped tree is reached by answering at the prompt, with the steps the
/// flowchart gives.
struct PromptSessionOutcomeTests {
  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var lines: [String]
    var outcome: String
    var status: StudentResult.Status
    var steps: [String]
    var testDescription: String { name }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "Médiacentre, knows ENT credentials", lines: ["1", "1", "1", "1"], outcome: "ok-mediacentre",
      status: .verdict(.ready), steps: []),
    Scenario(
      name: "Médiacentre, forgot ENT credentials", lines: ["1", "1", "2", "1"], outcome: "ok-mediacentre",
      status: .verdict(.action), steps: ["contact-ent-admin"]),
    Scenario(
      name: "linked username, knows it", lines: ["2", "2", "1", "1"], outcome: "ok-identifiant",
      status: .verdict(.ready), steps: []),
    Scenario(
      name: "linked e-mail, knows it", lines: ["3", "3", "1", "1"], outcome: "ok-mail", status: .verdict(.ready),
      steps: []),
    Scenario(
      name: "no method, usual Médiacentre", lines: ["4", "1", "1", "1"], outcome: "first-campaign-mediacentre",
      status: .verdict(.action), steps: ["join-campaign-via-mediacentre"]),
    Scenario(
      name: "no method, no account", lines: ["-", "4", "1"], outcome: "first-campaign-none", status: .verdict(.action),
      steps: ["join-campaign-via-mediacentre"]),
    Scenario(
      name: "username linked, usual Médiacentre", lines: ["2", "1", "1", "1"], outcome: "support-other-account",
      status: .verdict(.support), steps: ["contact-pix-support"]),
    Scenario(
      name: "linked username, forgotten", lines: ["2", "2", "2", "1"], outcome: "reset-in-orga",
      status: .verdict(.action), steps: ["reset-password-in-orga"]),
    Scenario(
      name: "username elsewhere, known", lines: ["-", "2", "1", "1"], outcome: "link-usual-account",
      status: .verdict(.action), steps: ["join-campaign-with-usual-account", "link-account-to-mediacentre"]),
    Scenario(
      name: "username elsewhere, forgotten", lines: ["-", "2", "2", "1"], outcome: "support-identifiant-elsewhere",
      status: .verdict(.support), steps: ["contact-pix-support"]),
    Scenario(
      name: "linked e-mail, forgotten", lines: ["3", "3", "2", "1"], outcome: "forgot-password",
      status: .verdict(.action), steps: ["forgot-password-pix-fr"]),
    Scenario(
      name: "e-mail elsewhere, forgotten", lines: ["-", "3", "2", "1"], outcome: "forgot-password-then-link",
      status: .verdict(.action),
      steps: ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"]),
    Scenario(
      name: "username linked, usual e-mail (issue 12 rule 1)", lines: ["2", "3", "1"], outcome: "support-other-account",
      status: .verdict(.support), steps: ["contact-pix-support"]),
    Scenario(
      name: "no account, but Pix Orga shows Mediacentre (issue 12 rule 3)", lines: ["1", "4", "1"],
      outcome: "use-linked-mediacentre", status: .verdict(.action), steps: ["use-mediacentre-account"]),
    Scenario(
      name: "not certifiable after a first campaign", lines: ["-", "4", "2"], outcome: "first-campaign-none",
      status: .verdict(.action), steps: ["join-campaign-via-mediacentre", "reach-certifiability"]),
    Scenario(
      name: "linked account the student does not know", lines: ["2", "4", "1"], outcome: "find-linked",
      status: .verdict(.action), steps: ["find-linked-account"]),
  ]

  @Test(arguments: scenarios)
  func reachesTheOutcomeThroughThePrompt(_ scenario: Scenario) throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + scenario.lines + ["2"])
    #expect(run.session.end == .finished)
    let result = try #require(run.results.first)
    #expect(run.results.count == 1)
    #expect(result.diagnosis.conclusion?.node == scenario.outcome)
    #expect(result.status == scenario.status)
    #expect(result.diagnosis.steps.map(\.id) == scenario.steps)
  }

  @Test func schoolAnswersAddTheirStepsFirst() throws {
    let run = try PromptRun(["non", "non", "", "1", "1", "1", "1", "non"])
    let result = try #require(run.results.first)
    #expect(result.diagnosis.steps.map(\.id) == ["import-siecle", "assign-gar"])
    #expect(result.status == .verdict(.action))
  }

  @Test func asksOnlyThePathsQuestionsInTheFlowchartsOrder() throws {
    let run = try PromptRun(PromptFixtures.schoolYesNoName + ["-", "4", "1", "2"])
    #expect(
      run.questions == [
        "Question 1 : Avez-vous mis à jour la liste des élèves dans Pix Orga ?",
        "Question 2 : Avez-vous attribué Pix à tous les nouveaux élèves dans la console d'affectation du GAR ?",
        "Nom de l'élève 1 (facultatif, Entrée pour passer) :",
        "Question 3 : Dans Pix Orga > Élèves, quelle méthode de connexion apparaît en face du nom de l'élève ?",
        "Question 4 : Comment se connecte cet élève pour accéder à son compte Pix habituel (où il a le plus grand nombre de Pix) ?",
        "Question 6 : Dans Pix Orga > Élèves, qu'affiche la colonne « Certificabilité » en face du nom de l'élève ?",
        "Élève suivant ?",
      ])
  }

  @Test func printsTheVerdictStepsWithWhoActsAndWhy() throws {
    let run = try PromptRun(["1", "1", "Léa", "-", "2", "1", "1", "2"])
    #expect(
      run.resultText == """

        === Élève 1 : Léa ===
        Résultat : action à mener (2 étapes).
        Le compte habituel n'est rattaché à aucun dossier de l'établissement : l'élève
        le rattache puis l'associe au Médiacentre.

        Étapes :
          1. Rejoindre une campagne avec le compte habituel
             Qui : Enseignant, Élève
             L'enseignant communique à l'élève un code de campagne (évaluation ou
             collecte) de l'établissement et lui dit d'utiliser son compte Pix
             habituel, celui qui dispose du plus grand nombre de Pix.
          2. Associer le compte Pix habituel au Médiacentre
             Qui : Élève
             L'élève se connecte à l'ENT > Médiacentre > Pix et saisit un code de
             campagne de l'établissement, puis son prénom, son nom et sa date de
             naissance. Pix indique qu'il dispose déjà d'un compte Pix et qu'il doit
             s'y connecter : l'élève se connecte alors à son compte habituel (plus
             grand nombre de Pix), puis se déconnecte, retourne au Médiacentre et
             clique sur Pix. Désormais il retrouve le même compte par le Médiacentre ou
             avec son identifiant ou son adresse e-mail. Le jour de la certification,
             s'il passe par l'ENT, il se connecte d'abord par l'ENT > Médiacentre >
             Pix, puis ouvre l'adresse de la certification.

        Pourquoi ?
          - Liste des élèves à jour dans Pix Orga → Oui
          - Pix attribué dans le GAR → Oui
          - Méthode de connexion dans Pix Orga → Aucune
          - Connexion au compte habituel → Avec un identifiant sur pix.fr
          - Connaît identifiant et mot de passe → Oui
          - Certificabilité dans Pix Orga → Certifiable

        """)
  }

  @Test func showsTheFlowchartsNotesAsTheyCome() throws {
    let run = try PromptRun(["1", "2", "", "1,3", "q"])
    #expect(
      run.conversation.contains(
        """
        > 1
          → C'est parfait !

        Question 2
        """))
    #expect(
      run.conversation.contains(
        """
        > 2
          → Il faut le faire pour tous les nouveaux élèves, sinon ils ne trouveront pas
            Pix dans le Médiacentre.
        """))
    #expect(
      run.conversation.contains(
        """
        > 1,3
          → Mediacentre : l'élève s'est déjà connecté à Pix par le Médiacentre et il a
            déjà participé à une campagne Pix.
          → Adresse e-mail : l'élève a accédé directement à pix.fr (au lieu de passer
        """))
  }

  @Test func speaksEnglishWithTheTreesEnglishTexts() throws {
    let run = try PromptRun(["yes", "y", "", "none", "4", "1", "no"], language: .en)
    #expect(run.questions.first == "Question 1: Have you updated the student list in Pix Orga?")
    #expect(run.conversation.contains("  → Perfect!\n"))
    #expect(run.conversation.contains("  4. None\n"))
    #expect(run.resultText.contains("Result: action needed (1 step).\n"))
    #expect(run.resultText.contains("\nWhy?\n"))
    #expect(run.conversation.hasSuffix("\nSession finished.\n"))
  }
}
