import PixReadyCore
import Testing

/// The shipped tree against the flowchart of seed 003, read as issue 12 states it (version 2.0.0).
///
/// Written by hand, not generated from the tree: a table of named scenarios (outcome, verdict,
/// steps), and ``expected(_:)``, the rules restated in plain Swift and checked over all 256 account
/// combinations, each with the four certifiability answers (« je ne sais pas » included).
struct CertificationReadinessScenarioTests {
  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [String: String]
    var outcome: String
    var verdict: Verdict
    var steps: [String]
    var testDescription: String { name }
  }

  static let join = "join-campaign-with-usual-account"
  static let link = "link-account-to-mediacentre"

  /// The school answered « oui » twice; `student` gives the rest.
  static func ok(_ student: [String: String]) -> [String: String] {
    student.merging(["siecleImported": "yes", "garAssigned": "yes"]) { first, _ in first }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "tout va bien : Mediacentre rattaché, identifiants ENT connus, certifiable",
      facts: ok([
        "orgaMethods": "mediacentre", "usualMethod": "mediacentre", "knowsCredentials": "yes",
        "certifiable": "certifiable",
      ]),
      outcome: "ok-mediacentre", verdict: .ready, steps: []),
    Scenario(
      name: "tout va bien côté compte mais « Non Certifiable » : devenir certifiable",
      facts: ok([
        "orgaMethods": "mediacentre", "usualMethod": "mediacentre", "knowsCredentials": "yes",
        "certifiable": "not-certifiable",
      ]),
      outcome: "ok-mediacentre", verdict: .action, steps: ["reach-certifiability"]),
    Scenario(
      name: "tout va bien côté compte mais « Non communiqué » : faire connaître la certificabilité",
      facts: ok([
        "orgaMethods": "identifiant", "usualMethod": "identifiant", "knowsCredentials": "yes",
        "certifiable": "not-communicated",
      ]),
      outcome: "ok-identifiant", verdict: .action, steps: ["update-certifiability"]),
    Scenario(
      name: "école à mettre à jour avant tout, puis certificabilité en dernier",
      facts: [
        "siecleImported": "no", "garAssigned": "no", "orgaMethods": "mediacentre", "usualMethod": "mediacentre",
        "knowsCredentials": "yes", "certifiable": "not-certifiable",
      ],
      outcome: "ok-mediacentre", verdict: .action, steps: ["import-siecle", "assign-gar", "reach-certifiability"]),
    Scenario(
      name: "identifiants ENT oubliés",
      facts: ok([
        "orgaMethods": "mediacentre", "usualMethod": "mediacentre", "knowsCredentials": "no",
        "certifiable": "certifiable",
      ]),
      outcome: "ok-mediacentre", verdict: .action, steps: ["contact-ent-admin"]),
    Scenario(
      name: "jamais participé, compte ENT : campagne par le Médiacentre, puis certificabilité",
      facts: ok([
        "orgaMethods": "", "usualMethod": "mediacentre", "knowsCredentials": "yes", "certifiable": "not-communicated",
      ]),
      outcome: "first-campaign-mediacentre", verdict: .action,
      steps: ["join-campaign-via-mediacentre", "update-certifiability"]),
    Scenario(
      name: "ENT oublié et jamais participé, GAR à faire",
      facts: [
        "siecleImported": "yes", "garAssigned": "no", "orgaMethods": "", "usualMethod": "mediacentre",
        "knowsCredentials": "no", "certifiable": "certifiable",
      ],
      outcome: "first-campaign-mediacentre", verdict: .action,
      steps: ["assign-gar", "contact-ent-admin", "join-campaign-via-mediacentre"]),
    Scenario(
      name: "compte habituel ENT mais Pix Orga montre une adresse e-mail : support",
      facts: ok([
        "orgaMethods": "mail", "usualMethod": "mediacentre", "knowsCredentials": "yes", "certifiable": "certifiable",
      ]),
      outcome: "support-other-account", verdict: .support, steps: ["contact-pix-support"]),
    Scenario(
      name: "support puis « Non Certifiable » : les deux, dans cet ordre",
      facts: ok([
        "orgaMethods": "identifiant", "usualMethod": "mediacentre", "knowsCredentials": "no",
        "certifiable": "not-certifiable",
      ]),
      outcome: "support-other-account", verdict: .support,
      steps: ["contact-ent-admin", "contact-pix-support", "reach-certifiability"]),
    Scenario(
      name: "identifiant rattaché et connu",
      facts: ok([
        "orgaMethods": "identifiant", "usualMethod": "identifiant", "knowsCredentials": "yes",
        "certifiable": "certifiable",
      ]),
      outcome: "ok-identifiant", verdict: .ready, steps: []),
    Scenario(
      name: "identifiant rattaché (avec Mediacentre), mot de passe oublié : réinitialiser avec Pix Orga",
      facts: ok([
        "orgaMethods": "identifiant,mediacentre", "usualMethod": "identifiant", "knowsCredentials": "no",
        "certifiable": "certifiable",
      ]),
      outcome: "reset-in-orga", verdict: .action, steps: ["reset-password-in-orga"]),
    Scenario(
      name: "règle 1 : identifiant habituel, Pix Orga montre Mediacentre : support (et non « rejoindre + associer »)",
      facts: ok([
        "orgaMethods": "mediacentre", "usualMethod": "identifiant", "knowsCredentials": "yes",
        "certifiable": "certifiable",
      ]),
      outcome: "support-other-account", verdict: .support, steps: ["contact-pix-support"]),
    Scenario(
      name: "règle 1 : identifiant habituel oublié, Pix Orga montre une adresse e-mail : support",
      facts: ok([
        "orgaMethods": "mail", "usualMethod": "identifiant", "knowsCredentials": "no", "certifiable": "certifiable",
      ]),
      outcome: "support-other-account", verdict: .support, steps: ["contact-pix-support"]),
    Scenario(
      name:
        "règle 2 : identifiant habituel connu, rien dans Pix Orga : rejoindre avec le compte habituel puis associer",
      facts: ok([
        "orgaMethods": "", "usualMethod": "identifiant", "knowsCredentials": "yes", "certifiable": "certifiable",
      ]),
      outcome: "link-usual-account", verdict: .action, steps: [join, link]),
    Scenario(
      name: "règle 2 : identifiant oublié, rien dans Pix Orga : support",
      facts: ok([
        "orgaMethods": "", "usualMethod": "identifiant", "knowsCredentials": "no", "certifiable": "certifiable",
      ]),
      outcome: "support-identifiant-elsewhere", verdict: .support, steps: ["contact-pix-support"]),
    Scenario(
      name: "adresse e-mail rattachée, mot de passe oublié",
      facts: ok([
        "orgaMethods": "mail", "usualMethod": "mail", "knowsCredentials": "no", "certifiable": "certifiable",
      ]),
      outcome: "forgot-password", verdict: .action, steps: ["forgot-password-pix-fr"]),
    Scenario(
      name: "adresse e-mail rattachée (avec identifiant) et connue",
      facts: ok([
        "orgaMethods": "mail,identifiant", "usualMethod": "mail", "knowsCredentials": "yes",
        "certifiable": "certifiable",
      ]),
      outcome: "ok-mail", verdict: .ready, steps: []),
    Scenario(
      name: "règle 2 : adresse e-mail connue, rien dans Pix Orga : rejoindre puis associer",
      facts: ok(["orgaMethods": "", "usualMethod": "mail", "knowsCredentials": "yes", "certifiable": "certifiable"]),
      outcome: "link-usual-account", verdict: .action, steps: [join, link]),
    Scenario(
      name: "règle 2 : adresse e-mail oubliée, rien dans Pix Orga : mot de passe oublié, rejoindre, associer",
      facts: [
        "siecleImported": "no", "garAssigned": "yes", "orgaMethods": "", "usualMethod": "mail",
        "knowsCredentials": "no", "certifiable": "not-certifiable",
      ],
      outcome: "forgot-password-then-link", verdict: .action,
      steps: ["import-siecle", "forgot-password-pix-fr", join, link, "reach-certifiability"]),
    Scenario(
      name: "règle 1 : adresse e-mail habituelle, Pix Orga montre un identifiant : support (36 combinaisons changées)",
      facts: [
        "siecleImported": "no", "garAssigned": "yes", "orgaMethods": "identifiant", "usualMethod": "mail",
        "knowsCredentials": "no", "certifiable": "certifiable",
      ],
      outcome: "support-other-account", verdict: .support, steps: ["import-siecle", "contact-pix-support"]),
    Scenario(
      name: "aucun compte, jamais participé (seed 004)",
      facts: ok(["orgaMethods": "", "usualMethod": "none", "certifiable": "certifiable"]),
      outcome: "first-campaign-none", verdict: .action, steps: ["join-campaign-via-mediacentre"]),
    Scenario(
      name: "règle 3 : aucun compte selon l'élève, Pix Orga montre Mediacentre : utiliser le compte GAR",
      facts: ok(["orgaMethods": "mediacentre", "usualMethod": "none", "certifiable": "not-communicated"]),
      outcome: "use-linked-mediacentre", verdict: .action,
      steps: ["use-mediacentre-account", "update-certifiability"]),
    Scenario(
      name: "règle 3 : aucun compte selon l'élève, Pix Orga montre un identifiant : retrouver le compte",
      facts: ok(["orgaMethods": "identifiant", "usualMethod": "none", "certifiable": "certifiable"]),
      outcome: "find-linked", verdict: .action, steps: ["find-linked-account"]),
    Scenario(
      name: "Q1 et Q2 « je ne sais pas » : les deux vérifications, puis le chemin de l'élève",
      facts: [
        "siecleImported": "unknown", "garAssigned": "unknown", "orgaMethods": "mediacentre",
        "usualMethod": "mediacentre", "knowsCredentials": "yes", "certifiable": "certifiable",
      ],
      outcome: "ok-mediacentre", verdict: .action, steps: ["check-siecle-import", "check-gar-assignment"]),
    Scenario(
      name: "certificabilité inconnue : même verdict que sans elle (prêt)",
      facts: ok([
        "orgaMethods": "mail", "usualMethod": "mail", "knowsCredentials": "yes", "certifiable": "unknown",
      ]),
      outcome: "ok-mail", verdict: .ready, steps: []),
  ]

  @Test(arguments: scenarios)
  func scenarioReachesItsOutcomeVerdictAndSteps(_ scenario: Scenario) throws {
    let tree = try TreeFixtures.shipped()
    let diagnosis = Evaluator(tree: tree).evaluate(Self.answers(scenario.facts))
    #expect(diagnosis.conclusion?.node == scenario.outcome, "path: \(diagnosis.path)")
    #expect(diagnosis.conclusion?.verdict == scenario.verdict, "path: \(diagnosis.path)")
    #expect(diagnosis.steps.map(\.id) == scenario.steps, "path: \(diagnosis.path)")
  }

  @Test func scenariosCoverEveryOutcome() throws {
    let tree = try TreeFixtures.shipped()
    #expect(Set(Self.scenarios.map(\.outcome)) == TreeFixtures.outcomeIDs(tree))
  }

  /// All 256 account combinations, each with the four certifiability answers: 1,024 walks.
  @Test func everyCombinationFollowsTheRulesOfIssue12() throws {
    let tree = try TreeFixtures.shipped()
    let evaluator = Evaluator(tree: tree)
    var checked = 0
    var unknownCertifiability = 0
    for siecle in ["yes", "no"] {
      for gar in ["yes", "no"] {
        for orga in Self.orgaSets {
          for usual in ["mediacentre", "identifiant", "mail", "none"] {
            for knows in ["yes", "no"] {
              for certifiable in ["unknown", "certifiable", "not-certifiable", "not-communicated"] {
                let facts = [
                  "siecleImported": siecle, "garAssigned": gar, "orgaMethods": orga, "usualMethod": usual,
                  "knowsCredentials": knows, "certifiable": certifiable,
                ]
                let expected = Self.expected(facts)
                let diagnosis = evaluator.evaluate(Self.answers(facts))
                #expect(diagnosis.conclusion?.node == expected.outcome, "\(facts) path: \(diagnosis.path)")
                #expect(diagnosis.steps.map(\.id) == expected.steps, "\(facts) path: \(diagnosis.path)")
                #expect(diagnosis.conclusion?.verdict == Self.verdict(expected.steps), "\(facts)")
                let noted = diagnosis.notes.contains { $0.fr.hasPrefix("Certificabilité non vérifiée") }
                #expect(noted == (certifiable == "unknown"), "\(facts)")
                checked += 1
                if certifiable == "unknown" { unknownCertifiability += 1 }
              }
            }
          }
        }
      }
    }
    #expect(checked == 1024)
    #expect(unknownCertifiability == 256)
  }

  @Test func aStudentWithoutAUsualAccountIsNeverAskedForCredentials() throws {
    let tree = try TreeFixtures.shipped()
    for orga in Self.orgaSets {
      let diagnosis = Evaluator(tree: tree).evaluate(
        Self.answers(Self.ok(["orgaMethods": orga, "usualMethod": "none", "certifiable": "certifiable"])))
      #expect(diagnosis.isComplete, "\(orga)")
      #expect(!diagnosis.trace.contains { $0.fact == "knowsCredentials" }, "\(orga)")
    }
  }

  /// Rule 1: the school's record is linked to another account; whatever the student knows, it is support.
  @Test(arguments: [("identifiant", "mediacentre"), ("identifiant", "mail"), ("mail", "identifiant,mediacentre")])
  func aRecordLinkedToAnotherAccountDoesNotAskForCredentials(_ usual: String, _ orga: String) throws {
    let tree = try TreeFixtures.shipped()
    let diagnosis = Evaluator(tree: tree).evaluate(
      Self.answers(Self.ok(["orgaMethods": orga, "usualMethod": usual, "certifiable": "certifiable"])))
    #expect(diagnosis.conclusion?.node == "support-other-account")
    #expect(!diagnosis.trace.contains { $0.fact == "knowsCredentials" })
  }

  @Test func certifiabilityIsAskedLastOnEveryPath() throws {
    let tree = try TreeFixtures.shipped()
    for orga in Self.orgaSets {
      for usual in ["mediacentre", "identifiant", "mail", "none"] {
        for knows in ["yes", "no"] {
          let facts = Self.ok(["orgaMethods": orga, "usualMethod": usual, "knowsCredentials": knows])
          let diagnosis = Evaluator(tree: tree).evaluate(Self.answers(facts))
          #expect(diagnosis.missing?.fact == "certifiable", "\(facts) path: \(diagnosis.path)")
          #expect(diagnosis.missing?.node == "q6-" + Self.expected(facts).outcome, "\(facts)")
        }
      }
    }
  }

  /// `orgaMethods` as written in the facts: every subset of the three methods.
  static let orgaSets = [
    "", "mediacentre", "identifiant", "mail", "mediacentre,identifiant", "mediacentre,mail", "identifiant,mail",
    "mediacentre,identifiant,mail",
  ]

  /// The verdict of a list of steps, as Trees/README §4 defines it.
  static func verdict(_ steps: [String]) -> Verdict {
    steps.isEmpty ? .ready : steps.contains("contact-pix-support") ? .support : .action
  }

  /// The rules of issue 12 §1, §2 and §5, restated without the tree: the outcome and the steps
  /// (school steps, then the account's, then certifiability). A fact missing from `facts` is not
  /// needed on that path; `"unknown"` is « je ne sais pas ».
  static func expected(_ facts: [String: String]) -> (outcome: String, steps: [String]) {
    var steps: [String] = []
    switch facts["siecleImported"] {
    case "no": steps.append("import-siecle")
    case "unknown": steps.append("check-siecle-import")
    default: break
    }
    switch facts["garAssigned"] {
    case "no": steps.append("assign-gar")
    case "unknown": steps.append("check-gar-assignment")
    default: break
    }
    let orga = Set(facts["orgaMethods", default: ""].split(separator: ",").map(String.init))
    let usual = facts["usualMethod", default: ""]
    let knows = facts["knowsCredentials"] == "yes"
    let account = accountOutcome(orga: orga, usual: usual, knows: knows)
    steps += account.steps
    switch facts["certifiable"] {
    case "not-certifiable": steps.append("reach-certifiability")
    case "not-communicated": steps.append("update-certifiability")
    default: break
    }
    return (account.outcome, steps)
  }

  /// §1: where the student's usual account stands against what Pix Orga shows.
  static func accountOutcome(orga: Set<String>, usual: String, knows: Bool) -> (outcome: String, steps: [String]) {
    switch usual {
    case "mediacentre":
      let ent = knows ? [] : ["contact-ent-admin"]
      if orga.contains("mediacentre") { return ("ok-mediacentre", ent) }
      if orga.isEmpty { return ("first-campaign-mediacentre", ent + ["join-campaign-via-mediacentre"]) }
      return ("support-other-account", ent + ["contact-pix-support"])
    case "identifiant":
      if orga.contains("identifiant") {
        return knows ? ("ok-identifiant", []) : ("reset-in-orga", ["reset-password-in-orga"])
      }
      if !orga.isEmpty { return ("support-other-account", ["contact-pix-support"]) }
      return knows ? ("link-usual-account", [join, link]) : ("support-identifiant-elsewhere", ["contact-pix-support"])
    case "mail":
      if orga.contains("mail") { return knows ? ("ok-mail", []) : ("forgot-password", ["forgot-password-pix-fr"]) }
      if !orga.isEmpty { return ("support-other-account", ["contact-pix-support"]) }
      return knows
        ? ("link-usual-account", [join, link])
        : ("forgot-password-then-link", ["forgot-password-pix-fr", join, link])
    default:
      if orga.isEmpty { return ("first-campaign-none", ["join-campaign-via-mediacentre"]) }
      if orga.contains("mediacentre") { return ("use-linked-mediacentre", ["use-mediacentre-account"]) }
      return ("find-linked", ["find-linked-account"])
    }
  }

  /// `orgaMethods` is a set written `a,b` (empty for none); `unknown` is « je ne sais pas »; the
  /// other facts hold one value.
  static func answers(_ facts: [String: String]) -> Answers {
    Dictionary(
      uniqueKeysWithValues: facts.map { fact, text in
        if text == "unknown" { return (fact, Answer.unknown) }
        return (fact, fact == "orgaMethods" ? .values(Set(text.split(separator: ",").map(String.init))) : .value(text))
      })
  }
}
