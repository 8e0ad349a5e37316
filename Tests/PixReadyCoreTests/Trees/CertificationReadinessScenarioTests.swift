import PixReadyCore
import Testing

/// The shipped tree against the flowchart of seed 003, as the engine issue reads it.
///
/// Two independent statements of the rules: a table of named scenarios written by hand, and
/// `expectedSteps`, the five decision rules restated in plain Swift, checked over every combination.
struct CertificationReadinessScenarioTests {
  struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [String: String]
    var verdict: Verdict
    var steps: [String]
    var testDescription: String { name }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "tout va bien : Médiacentre rattaché, identifiants ENT connus",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "mediacentre", "usualMethod": "mediacentre",
        "knowsCredentials": "yes",
      ],
      verdict: .ready, steps: []),
    Scenario(
      name: "école à mettre à jour avant tout : SIECLE et GAR",
      facts: [
        "siecleImported": "no", "garAssigned": "no", "orgaMethods": "mediacentre", "usualMethod": "mediacentre",
        "knowsCredentials": "yes",
      ],
      verdict: .action, steps: ["import-siecle", "assign-gar"]),
    Scenario(
      name: "identifiants ENT oubliés",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "mediacentre", "usualMethod": "mediacentre",
        "knowsCredentials": "no",
      ],
      verdict: .action, steps: ["contact-ent-admin"]),
    Scenario(
      name: "jamais participé, compte ENT : campagne par le Médiacentre",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "", "usualMethod": "mediacentre",
        "knowsCredentials": "yes",
      ],
      verdict: .action, steps: ["join-campaign-via-mediacentre"]),
    Scenario(
      name: "ENT oublié et jamais participé",
      facts: [
        "siecleImported": "yes", "garAssigned": "no", "orgaMethods": "", "usualMethod": "mediacentre",
        "knowsCredentials": "no",
      ],
      verdict: .action, steps: ["assign-gar", "contact-ent-admin", "join-campaign-via-mediacentre"]),
    Scenario(
      name: "compte habituel ENT mais Pix Orga montre une adresse e-mail : support",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "mail", "usualMethod": "mediacentre",
        "knowsCredentials": "yes",
      ],
      verdict: .support, steps: ["contact-pix-support"]),
    Scenario(
      name: "identifiant rattaché et connu",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "identifiant", "usualMethod": "identifiant",
        "knowsCredentials": "yes",
      ],
      verdict: .ready, steps: []),
    Scenario(
      name: "identifiant rattaché, mot de passe oublié : réinitialiser avec Pix Orga",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "identifiant,mediacentre",
        "usualMethod": "identifiant", "knowsCredentials": "no",
      ],
      verdict: .action, steps: ["reset-password-in-orga"]),
    Scenario(
      name: "identifiant d'ailleurs, connu : rejoindre avec le compte habituel puis associer",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "mediacentre", "usualMethod": "identifiant",
        "knowsCredentials": "yes",
      ],
      verdict: .action, steps: ["join-campaign-with-usual-account", "link-account-to-mediacentre"]),
    Scenario(
      name: "identifiant d'ailleurs, oublié : support",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "", "usualMethod": "identifiant",
        "knowsCredentials": "no",
      ],
      verdict: .support, steps: ["contact-pix-support"]),
    Scenario(
      name: "adresse e-mail rattachée, mot de passe oublié",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "mail", "usualMethod": "mail",
        "knowsCredentials": "no",
      ],
      verdict: .action, steps: ["forgot-password-pix-fr"]),
    Scenario(
      name: "adresse e-mail rattachée et connue",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "mail,identifiant", "usualMethod": "mail",
        "knowsCredentials": "yes",
      ],
      verdict: .ready, steps: []),
    Scenario(
      name: "adresse e-mail non rattachée, connue",
      facts: [
        "siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "", "usualMethod": "mail",
        "knowsCredentials": "yes",
      ],
      verdict: .action, steps: ["join-campaign-with-usual-account", "link-account-to-mediacentre"]),
    Scenario(
      name: "adresse e-mail non rattachée, oubliée",
      facts: [
        "siecleImported": "no", "garAssigned": "yes", "orgaMethods": "identifiant", "usualMethod": "mail",
        "knowsCredentials": "no",
      ],
      verdict: .action,
      steps: [
        "import-siecle", "forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre",
      ]),
    Scenario(
      name: "aucun compte, jamais participé (seed 004)",
      facts: ["siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "", "usualMethod": "none"],
      verdict: .action, steps: ["join-campaign-via-mediacentre"]),
    Scenario(
      name: "aucun compte selon l'élève mais Pix Orga en montre un",
      facts: ["siecleImported": "yes", "garAssigned": "yes", "orgaMethods": "identifiant", "usualMethod": "none"],
      verdict: .action, steps: ["find-linked-account"]),
  ]

  @Test(arguments: scenarios)
  func scenarioReachesItsVerdictAndSteps(_ scenario: Scenario) throws {
    let tree = try TreeFixtures.shipped()
    let diagnosis = Evaluator(tree: tree).evaluate(Self.answers(scenario.facts))
    #expect(diagnosis.verdict == scenario.verdict, "path: \(diagnosis.path)")
    #expect(diagnosis.steps.map(\.id) == scenario.steps, "path: \(diagnosis.path)")
  }

  @Test func everyCombinationFollowsTheFiveRules() throws {
    let tree = try TreeFixtures.shipped()
    let evaluator = Evaluator(tree: tree)
    let methods = ["mediacentre", "identifiant", "mail"]
    var checked = 0
    for siecle in ["yes", "no"] {
      for gar in ["yes", "no"] {
        for mask in 0..<8 {
          let orga = Set(methods.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
          for usual in ["mediacentre", "identifiant", "mail", "none"] {
            for knows in ["yes", "no"] {
              let answers: Answers = [
                "siecleImported": .value(siecle), "garAssigned": .value(gar), "orgaMethods": .values(orga),
                "usualMethod": .value(usual), "knowsCredentials": .value(knows),
              ]
              let expected = Self.expectedSteps(siecle: siecle, gar: gar, orga: orga, usual: usual, knows: knows)
              let diagnosis = evaluator.evaluate(answers)
              #expect(diagnosis.steps.map(\.id) == expected, "\(answers) path: \(diagnosis.path)")
              let verdict: Verdict =
                expected.isEmpty ? .ready : expected.contains("contact-pix-support") ? .support : .action
              #expect(diagnosis.verdict == verdict)
              checked += 1
            }
          }
        }
      }
    }
    #expect(checked == 256)
    #expect(tree.combinationsProven == 256)
  }

  @Test func knowsCredentialsIsNeverAskedWhenTheStudentHasNoAccount() throws {
    let tree = try TreeFixtures.shipped()
    for orga in ["", "mail"] {
      let diagnosis = Evaluator(tree: tree).evaluate(
        Self.answers(["siecleImported": "yes", "garAssigned": "yes", "orgaMethods": orga, "usualMethod": "none"]))
      #expect(diagnosis.isComplete)
      #expect(!diagnosis.trace.contains { $0.fact == "knowsCredentials" })
    }
  }

  /// The five decision rules of the engine issue, restated without the tree.
  static func expectedSteps(siecle: String, gar: String, orga: Set<String>, usual: String, knows: String) -> [String] {
    var steps: [String] = []
    if siecle == "no" { steps.append("import-siecle") }
    if gar == "no" { steps.append("assign-gar") }
    switch usual {
    case "mediacentre":
      if knows == "no" { steps.append("contact-ent-admin") }
      if orga.contains("mediacentre") {
      } else if orga.isEmpty {
        steps.append("join-campaign-via-mediacentre")
      } else {
        steps.append("contact-pix-support")
      }
    case "identifiant", "mail":
      if orga.contains(usual) {
        if knows == "no" { steps.append(usual == "identifiant" ? "reset-password-in-orga" : "forgot-password-pix-fr") }
      } else if knows == "yes" {
        steps += ["join-campaign-with-usual-account", "link-account-to-mediacentre"]
      } else if usual == "identifiant" {
        steps.append("contact-pix-support")
      } else {
        steps += ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"]
      }
    default:
      steps.append(orga.isEmpty ? "join-campaign-via-mediacentre" : "find-linked-account")
    }
    return steps
  }

  /// `orgaMethods` is a set written `a,b` (empty for none); the other facts hold one value.
  static func answers(_ facts: [String: String]) -> Answers {
    Dictionary(
      uniqueKeysWithValues: facts.map { fact, text in
        (fact, fact == "orgaMethods" ? .values(Set(text.split(separator: ",").map(String.init))) : .value(text))
      })
  }
}
