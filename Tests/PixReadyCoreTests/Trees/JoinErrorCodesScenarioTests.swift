import PixReadyCore
import Testing

/// The join-error-codes tree against PIX-FACTS section c (what each code means) and the procedures
/// of seeds 001, 003 and 004, written by hand, not generated from the tree.
struct JoinErrorCodesScenarioTests {
  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [String: String]
    var outcome: String
    var verdict: Verdict
    var steps: [String]
    var testDescription: String { name }
  }

  static let tree = "join-error-codes"

  /// The scenario's facts with `code` read as a teacher types it (`S53` is R33).
  static func read(_ facts: [String: String], in tree: ValidatedTree) -> [String: String] {
    guard let code = facts["code"], case .answer(.value(let id)) = AnswerReader(tree: tree).read(code, for: "code")
    else {
      return facts
    }
    return facts.merging(["code": id]) { _, new in new }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "R31 : compte à adresse e-mail de l'établissement, connu : s'y connecter",
      facts: ["code": "R31", "knowsCredentials": "yes"], outcome: "same-school-email-known", verdict: .action,
      steps: ["log-in-to-existing-account"]),
    Scenario(
      name: "R51 à l'inscription, mot de passe oublié : Pix Orga montre l'adresse, « Mot de passe oublié »",
      facts: ["code": "R51", "knowsCredentials": "no"], outcome: "same-school-email-forgotten", verdict: .action,
      steps: ["show-account-in-orga", "forgot-password-pix-fr", "log-in-to-existing-account"]),
    Scenario(
      name: "R52 à l'inscription, identifiant connu : s'y connecter",
      facts: ["code": "R52", "knowsCredentials": "yes"], outcome: "same-school-username-known", verdict: .action,
      steps: ["log-in-to-existing-account"]),
    Scenario(
      name: "R32, identifiant oublié : réinitialisation dans Pix Orga",
      facts: ["code": "R32", "knowsCredentials": "no"], outcome: "same-school-username-forgotten", verdict: .action,
      steps: ["show-account-in-orga", "reset-password-in-orga", "log-in-to-existing-account"]),
    Scenario(
      name: "R33, les Pix sont sur le compte ENT : passer par le Médiacentre",
      facts: ["code": "R33", "usualMethod": "mediacentre", "knowsCredentials": "yes"], outcome: "same-school-ent-known",
      verdict: .action, steps: ["use-ent-account"]),
    Scenario(
      name: "R33, aucun autre compte, identifiants ENT oubliés : administrateur ENT d'abord",
      facts: ["code": "R33", "usualMethod": "none", "knowsCredentials": "no"], outcome: "same-school-ent-forgotten",
      verdict: .action, steps: ["contact-ent-admin", "use-ent-account"]),
    Scenario(
      name: "R33, mais les Pix sont sur un compte à adresse e-mail : support, pas le compte ENT",
      facts: ["code": "R33", "usualMethod": "mail"], outcome: "same-school-ent-other-account", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "S53 (R33 en se connectant depuis la page de campagne), Pix sur un identifiant : support",
      facts: ["code": "S53", "usualMethod": "identifiant"], outcome: "same-school-ent-other-account", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "S50, l'élève connaît le compte à cet identifiant : s'y connecter",
      facts: ["code": "S50", "knowsCredentials": "yes"], outcome: "s50-known", verdict: .action,
      steps: ["log-in-to-existing-account"]),
    Scenario(
      name: "S50, l'élève ne connaît pas ce compte : support",
      facts: ["code": "S50", "knowsCredentials": "no"], outcome: "s50-forgotten", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "R11 : compte à adresse e-mail d'un autre établissement, connu",
      facts: ["code": "R11", "knowsCredentials": "yes"], outcome: "other-school-email-known", verdict: .action,
      steps: ["log-in-to-existing-account"]),
    Scenario(
      name: "R61 à l'inscription, mot de passe oublié : seul « Mot de passe oublié » (pas rattaché ici)",
      facts: ["code": "R61", "knowsCredentials": "no"], outcome: "other-school-email-forgotten", verdict: .action,
      steps: ["forgot-password-pix-fr", "log-in-to-existing-account"]),
    Scenario(
      name: "R12 : identifiant d'un autre établissement, connu",
      facts: ["code": "R12", "knowsCredentials": "yes"], outcome: "other-school-username-known", verdict: .action,
      steps: ["log-in-to-existing-account"]),
    Scenario(
      name: "R62, identifiant d'ailleurs oublié : l'établissement ne peut rien réinitialiser, support",
      facts: ["code": "R62", "knowsCredentials": "no"], outcome: "other-school-username-forgotten", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "R13, élève visible dans Pix Orga : un enseignant lui donne l'accès avec un identifiant",
      facts: ["code": "R13", "linkedInOrga": "yes"], outcome: "other-school-ent-linked", verdict: .action,
      steps: ["add-username-in-orga", "log-in-to-existing-account"]),
    Scenario(
      name: "R63, élève sans méthode de connexion dans Pix Orga : support",
      facts: ["code": "R63", "linkedInOrga": "no"], outcome: "other-school-ent-unlinked", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "R70 sur le compte d'un camarade : se déconnecter et recommencer",
      facts: ["code": "R70", "ownAccount": "no"], outcome: "wrong-account", verdict: .action,
      steps: ["log-out-use-own-account"]),
    Scenario(
      name: "R70 sur son propre compte : déjà rattaché à un autre élève, support",
      facts: ["code": "R70", "ownAccount": "yes"], outcome: "r70-own-account", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "R90 sur le compte de quelqu'un d'autre : rejoindre avec son propre compte",
      facts: ["code": "R90", "ownAccount": "no"], outcome: "wrong-account", verdict: .action,
      steps: ["log-out-use-own-account"]),
    Scenario(
      name: "R90 sur son propre compte : contacter le support en citant R90",
      facts: ["code": "R90", "ownAccount": "yes"], outcome: "r90-own-account", verdict: .support,
      steps: ["contact-pix-support"]),
    Scenario(
      name: "pas de code, élève présent dans Pix Orga : vérifier nom et date de naissance",
      facts: ["code": "not-found", "inOrgaList": "yes"], outcome: "identity-mismatch", verdict: .action,
      steps: ["check-identity-in-orga"]),
    Scenario(
      name: "pas de code, élève absent de Pix Orga : importer SIECLE",
      facts: ["code": "not-found", "inOrgaList": "no"], outcome: "missing-from-orga", verdict: .action,
      steps: ["import-siecle"]),
  ]

  @Test(arguments: scenarios)
  func scenarioReachesItsOutcomeVerdictAndSteps(_ scenario: Scenario) throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    let diagnosis = Evaluator(tree: tree).evaluate(TreeFixtures.answers(Self.read(scenario.facts, in: tree), in: tree))
    #expect(diagnosis.conclusion?.node == scenario.outcome, "path: \(diagnosis.path)")
    #expect(diagnosis.conclusion?.verdict == scenario.verdict, "path: \(diagnosis.path)")
    #expect(diagnosis.steps.map(\.id) == scenario.steps, "path: \(diagnosis.path)")
  }

  @Test func scenariosCoverEveryOutcome() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    #expect(Set(Self.scenarios.map(\.outcome)) == TreeFixtures.outcomeIDs(tree))
  }

  /// The codes of PIX-FACTS c.2 restated without the tree, over every combination.
  @Test func everyCombinationFollowsTheMeaningOfItsCode() throws {
    let tree = try TreeFixtures.shipped(Self.tree)
    let evaluator = Evaluator(tree: tree)
    let codes = [
      "R11", "R12", "R13", "R31", "R32", "R33", "R51", "R52", "R61", "R62", "R63", "R70", "R90", "S50", "not-found",
    ]
    var checked = 0
    for code in codes {
      for knows in ["yes", "no"] {
        for linked in ["yes", "no"] {
          for own in ["yes", "no"] {
            for listed in ["yes", "no"] {
              for usual in ["mediacentre", "identifiant", "mail", "none"] {
                let facts = [
                  "code": code, "knowsCredentials": knows, "linkedInOrga": linked, "ownAccount": own,
                  "inOrgaList": listed, "usualMethod": usual,
                ]
                let expected = Self.expectedSteps(facts)
                let diagnosis = evaluator.evaluate(TreeFixtures.answers(facts, in: tree))
                #expect(diagnosis.steps.map(\.id) == expected, "\(facts) path: \(diagnosis.path)")
                checked += 1
              }
            }
          }
        }
      }
    }
    #expect(checked == 960)
    #expect(tree.combinationsProven == 960)
  }

  @Test(arguments: [
    ("Code R11", "R11"), ("r32", "R32"), ("S53", "R33"), ("S61", "R61"), ("  code r90 ", "R90"),
    ("élève introuvable", "not-found"), ("Cet identifiant existe déjà", "S50"), ("code s50", "S50"),
  ])
  func readsTheCodeAsTeachersCopyIt(_ text: String, _ value: String) throws {
    let reader = AnswerReader(tree: try TreeFixtures.shipped(Self.tree))
    #expect(reader.read(text, for: "code") == .answer(.value(value)))
  }

  /// Same school (R3x, R5x) and another school (R1x, R6x): e-mail, username, ENT; R33 first asks
  /// which account holds the student's Pix; S50 (« Cet identifiant existe déjà ») whether the
  /// student knows that account; R70 and R90 whether the account is the student's; no code means
  /// Pix did not find the student.
  static func expectedSteps(_ facts: [String: String]) -> [String] {
    let code = facts["code", default: ""]
    let knows = facts["knowsCredentials"] == "yes"
    let login = "log-in-to-existing-account"
    switch code {
    case "R31", "R51": return knows ? [login] : ["show-account-in-orga", "forgot-password-pix-fr", login]
    case "R32", "R52": return knows ? [login] : ["show-account-in-orga", "reset-password-in-orga", login]
    case "R33":
      if ["identifiant", "mail"].contains(facts["usualMethod"]) { return ["contact-pix-support"] }
      return knows ? ["use-ent-account"] : ["contact-ent-admin", "use-ent-account"]
    case "S50": return knows ? [login] : ["contact-pix-support"]
    case "R11", "R61": return knows ? [login] : ["forgot-password-pix-fr", login]
    case "R12", "R62": return knows ? [login] : ["contact-pix-support"]
    case "R13", "R63":
      return facts["linkedInOrga"] == "yes" ? ["add-username-in-orga", login] : ["contact-pix-support"]
    case "R70", "R90": return facts["ownAccount"] == "yes" ? ["contact-pix-support"] : ["log-out-use-own-account"]
    default: return facts["inOrgaList"] == "yes" ? ["check-identity-in-orga"] : ["import-siecle"]
    }
  }
}
