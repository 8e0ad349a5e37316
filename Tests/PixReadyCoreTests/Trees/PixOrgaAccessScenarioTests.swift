import PixReadyCore
import Testing

/// The pix-orga-access tree against the Pix Orga activation guide (seed 002: five steps and
/// « Difficultés les plus fréquentes ») and the GAR withdrawal tutorial (seed 000), written by hand.
struct PixOrgaAccessScenarioTests {
  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [String: String]
    var outcome: String
    var verdict: Verdict
    var steps: [String]
    var testDescription: String { name }
  }

  static let tree = "pix-orga-access"
  /// Pix Orga takes SIECLE's zip as it is (PIX-FACTS a.5): export, then import, nothing to extract.
  static let siecle = ["export-siecle-xml", "import-siecle-in-orga"]
  static let invited = ["ask-admin-to-invite", "accept-invitation-with-existing-account"]

  static func activation(_ done: [String: String]) -> [String: String] {
    done.merging(["problem": "activation"]) { first, _ in first }
  }

  static let allDone = [
    "hasEmailAccount": "yes", "orgaHasAdmin": "yes", "coAdminInvited": "yes", "siecleImported": "yes",
    "firstCampaign": "yes",
  ]

  static let scenarios: [Scenario] = [
    Scenario(
      name: "activation : les cinq étapes sont faites, Pix Orga est prêt",
      facts: activation(allDone), outcome: "orga-ready", verdict: .ready, steps: []),
    Scenario(
      name: "activation : rien n'est fait, les cinq étapes dans l'ordre",
      facts: activation(allDone.mapValues { _ in "no" }), outcome: "activation-to-finish", verdict: .action,
      steps: ["create-pix-account-with-email", "accept-school-invitation", "invite-co-administrator"] + siecle
        + ["launch-first-campaign"]),
    Scenario(
      name: "activation : seule la première campagne manque",
      facts: activation(allDone.merging(["firstCampaign": "no"]) { _, new in new }), outcome: "activation-to-finish",
      verdict: .action, steps: ["launch-first-campaign"]),
    Scenario(
      name: "activation : campagne lancée mais élèves pas importés",
      facts: activation(allDone.merging(["siecleImported": "no"]) { _, new in new }), outcome: "activation-to-finish",
      verdict: .action, steps: siecle),
    Scenario(
      name: "Pix Orga absent du GAR, compte à adresse e-mail : orga.pix.fr",
      facts: ["problem": "orga-not-in-gar", "hasEmailAccount": "yes"], outcome: "orga-outside-gar", verdict: .action,
      steps: ["open-orga-pix-fr"]),
    Scenario(
      name: "Pix Orga absent du GAR, pas de compte à adresse e-mail : le créer d'abord",
      facts: ["problem": "orga-not-in-gar", "hasEmailAccount": "no"], outcome: "orga-needs-email-account",
      verdict: .action, steps: ["create-pix-account-with-email", "open-orga-pix-fr"]),
    Scenario(
      name: "invitation d'un administrateur non reçue sur la messagerie académique : filtrée, adresse perso",
      facts: ["problem": "invitation-not-received", "invitationKind": "member"], outcome: "invitation-filtered",
      verdict: .action,
      steps: ["check-filtered-mail", "invite-on-personal-address", "accept-invitation-with-existing-account"]),
    Scenario(
      name: "invitation de l'établissement non reçue, un administrateur existe : se faire inviter",
      facts: ["problem": "invitation-not-received", "invitationKind": "school", "orgaHasAdmin": "yes"],
      outcome: "school-invitation-used", verdict: .action, steps: invited),
    Scenario(
      name: "invitation de l'établissement non reçue, aucun administrateur : DANE ou support",
      facts: ["problem": "invitation-not-received", "invitationKind": "school", "orgaHasAdmin": "no"],
      outcome: "school-invitation-missing", verdict: .support,
      steps: ["check-school-mailbox", "contact-dane-or-support"]),
    Scenario(
      name: "le lien ne fait rien, compte GAR connecté : se déconnecter d'abord",
      facts: ["problem": "invitation-link-does-nothing", "loggedInWithGar": "yes"], outcome: "gar-session-open",
      verdict: .action, steps: ["log-out-gar-account"]),
    Scenario(
      name: "le lien ne fait rien, déjà utilisé par un administrateur : il vous invite",
      facts: ["problem": "invitation-link-does-nothing", "loggedInWithGar": "no", "orgaHasAdmin": "yes"],
      outcome: "school-invitation-used", verdict: .action, steps: invited),
    Scenario(
      name: "le lien ne fait rien et personne n'administre Pix Orga : DANE ou support",
      facts: ["problem": "invitation-link-does-nothing", "loggedInWithGar": "no", "orgaHasAdmin": "no"],
      outcome: "invitation-link-fails", verdict: .support, steps: ["contact-dane-or-support"]),
    Scenario(
      name: "connexion impossible avec un compte GAR : créer un compte à adresse e-mail et se faire inviter",
      facts: ["problem": "cannot-log-in", "hasEmailAccount": "no"], outcome: "gar-account-for-orga", verdict: .action,
      steps: ["create-pix-account-with-email"] + invited),
    Scenario(
      name: "connexion impossible sans invitation : un administrateur invite",
      facts: ["problem": "cannot-log-in", "hasEmailAccount": "yes", "orgaHasAdmin": "yes"], outcome: "not-invited",
      verdict: .action, steps: invited),
    Scenario(
      name: "connexion impossible, Pix Orga jamais activé : accepter l'invitation de l'établissement",
      facts: ["problem": "cannot-log-in", "hasEmailAccount": "yes", "orgaHasAdmin": "no"],
      outcome: "orga-not-activated", verdict: .action, steps: ["accept-school-invitation"]),
    Scenario(
      name: "fichier SIECLE introuvable, zip déjà exporté : l'importer tel quel, sans dézipper",
      facts: ["problem": "siecle-file-not-found", "hasSiecleZip": "yes"], outcome: "siecle-zip-to-import",
      verdict: .action, steps: ["import-siecle-in-orga"]),
    Scenario(
      name: "fichier SIECLE introuvable, pas d'export : exporter, importer",
      facts: ["problem": "siecle-file-not-found", "hasSiecleZip": "no"], outcome: "siecle-to-export",
      verdict: .action, steps: siecle),
    Scenario(
      name: "compte GAR vide, pas d'autre compte : normal, travailler dedans",
      facts: ["problem": "gar-account-empty", "hasOtherAccount": "no"], outcome: "gar-account-new", verdict: .action,
      steps: ["work-in-gar-account"]),
    Scenario(
      name: "compte GAR vide, les Pix sont sur un compte à adresse e-mail : pas de fusion, le garder",
      facts: ["problem": "gar-account-empty", "hasOtherAccount": "yes"], outcome: "gar-account-separate",
      verdict: .action, steps: ["keep-usual-account"]),
    Scenario(
      name: "enseignants affectés dans le GAR, avec compte à adresse e-mail : retirer, inviter",
      facts: ["problem": "teachers-in-gar", "hasEmailAccount": "yes"], outcome: "teachers-withdraw", verdict: .action,
      steps: ["withdraw-pix-from-teachers", "ask-admin-to-invite"]),
    Scenario(
      name: "enseignants affectés dans le GAR, sans compte à adresse e-mail : retirer, créer, inviter",
      facts: ["problem": "teachers-in-gar", "hasEmailAccount": "no"], outcome: "teachers-withdraw-and-create",
      verdict: .action, steps: ["withdraw-pix-from-teachers", "create-pix-account-with-email", "ask-admin-to-invite"]),
    Scenario(
      name: "je ne peux plus tester mes propres campagnes : c'est voulu (seed 002, difficulté 2)",
      facts: ["problem": "cannot-test-own-campaigns"], outcome: "own-campaigns-closed", verdict: .action,
      steps: ["campaigns-reserved-to-students"]),
    Scenario(
      name: "une autre question : support Pix",
      facts: ["problem": "other"], outcome: "other-question", verdict: .support, steps: ["contact-pix-support"]),
  ]

  @Test(arguments: scenarios)
  func scenarioReachesItsOutcomeVerdictAndSteps(_ scenario: Scenario) throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    let diagnosis = Evaluator(tree: tree).evaluate(TreeFixtures.answers(scenario.facts, in: tree))
    #expect(diagnosis.conclusion?.node == scenario.outcome, "path: \(diagnosis.path)")
    #expect(diagnosis.conclusion?.verdict == scenario.verdict, "path: \(diagnosis.path)")
    #expect(diagnosis.steps.map(\.id) == scenario.steps, "path: \(diagnosis.path)")
  }

  @Test func scenariosCoverEveryOutcome() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    #expect(Set(Self.scenarios.map(\.outcome)) == TreeFixtures.outcomeIDs(tree))
  }

  /// Seed 002's five steps: each one not done adds its steps, in the guide's order.
  @Test func activationListsTheStepsNotDoneInTheGuidesOrder() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    let evaluator = Evaluator(tree: tree)
    let guide: [(fact: String, steps: [String])] = [
      ("hasEmailAccount", ["create-pix-account-with-email"]), ("orgaHasAdmin", ["accept-school-invitation"]),
      ("coAdminInvited", ["invite-co-administrator"]), ("siecleImported", Self.siecle),
      ("firstCampaign", ["launch-first-campaign"]),
    ]
    for mask in 0..<32 {
      var facts = ["problem": "activation"]
      var expected: [String] = []
      for (index, entry) in guide.enumerated() {
        let done = mask & (1 << index) != 0
        facts[entry.fact] = done ? "yes" : "no"
        if !done { expected += entry.steps }
      }
      let diagnosis = evaluator.evaluate(TreeFixtures.answers(facts, in: tree))
      #expect(diagnosis.steps.map(\.id) == expected, "\(facts)")
      #expect(diagnosis.conclusion?.node == (expected.isEmpty ? "orga-ready" : "activation-to-finish"))
    }
  }

  /// Seed 002, étape 2: the head of school or the referent they designate accepts the invitation.
  @Test func theReferentCanAcceptTheSchoolInvitation() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    #expect(tree.step("accept-school-invitation")?.actors == ["direction", "referent-pix"])
    #expect(tree.actor("referent-pix")?.label.fr == "Référent Pix désigné par le chef d'établissement")
  }

  @Test func noStepAsksToUnzipTheSiecleExport() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    #expect(tree.step("extract-siecle-zip") == nil)
    for step in tree.tree.steps {
      #expect(!step.detail.fr.contains("Extraire tout"), "\(step.id)")
    }
  }

  @Test func onlyTheQuestionsOfTheChosenDifficultyAreAsked() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    let diagnosis = Evaluator(tree: tree).evaluate(["problem": .value("gar-account-empty")])
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "hasOtherAccount", node: "q-other-account")))
  }
}
