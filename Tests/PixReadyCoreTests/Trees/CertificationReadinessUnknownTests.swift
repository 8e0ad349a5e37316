import PixReadyCore
import Testing

/// « Je ne sais pas » in the shipped certification-readiness tree (issue 12 §2 and §5), written by
/// hand: questions 1 and 2 unknown lead to a check and go on; questions 3 to 5 unknown leave the
/// student pending on the right question.
struct CertificationReadinessUnknownTests {
  /// One path of the student questions: its answers, its outcome and the steps it adds.
  struct StudentPath: CustomTestStringConvertible, Sendable {
    var facts: [String: String]
    var outcome: String
    var steps: [String]
    var testDescription: String { outcome }
  }

  /// One path per account outcome, certifiability « Certifiable ».
  static let studentPaths: [StudentPath] = [
    StudentPath(
      facts: ["orgaMethods": "mediacentre", "usualMethod": "mediacentre", "knowsCredentials": "yes"],
      outcome: "ok-mediacentre", steps: []),
    StudentPath(
      facts: ["orgaMethods": "", "usualMethod": "mediacentre", "knowsCredentials": "no"],
      outcome: "first-campaign-mediacentre", steps: ["contact-ent-admin", "join-campaign-via-mediacentre"]),
    StudentPath(
      facts: ["orgaMethods": "identifiant", "usualMethod": "mediacentre", "knowsCredentials": "yes"],
      outcome: "support-other-account", steps: ["contact-pix-support"]),
    StudentPath(
      facts: ["orgaMethods": "identifiant", "usualMethod": "identifiant", "knowsCredentials": "yes"],
      outcome: "ok-identifiant", steps: []),
    StudentPath(
      facts: ["orgaMethods": "identifiant", "usualMethod": "identifiant", "knowsCredentials": "no"],
      outcome: "reset-in-orga", steps: ["reset-password-in-orga"]),
    StudentPath(
      facts: ["orgaMethods": "", "usualMethod": "identifiant", "knowsCredentials": "yes"],
      outcome: "link-usual-account", steps: ["join-campaign-with-usual-account", "link-account-to-mediacentre"]),
    StudentPath(
      facts: ["orgaMethods": "", "usualMethod": "identifiant", "knowsCredentials": "no"],
      outcome: "support-identifiant-elsewhere", steps: ["contact-pix-support"]),
    StudentPath(
      facts: ["orgaMethods": "mail", "usualMethod": "mail", "knowsCredentials": "yes"], outcome: "ok-mail", steps: []),
    StudentPath(
      facts: ["orgaMethods": "mail", "usualMethod": "mail", "knowsCredentials": "no"], outcome: "forgot-password",
      steps: ["forgot-password-pix-fr"]),
    StudentPath(
      facts: ["orgaMethods": "", "usualMethod": "mail", "knowsCredentials": "no"], outcome: "forgot-password-then-link",
      steps: ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"]),
    StudentPath(
      facts: ["orgaMethods": "", "usualMethod": "none"], outcome: "first-campaign-none",
      steps: ["join-campaign-via-mediacentre"]),
    StudentPath(
      facts: ["orgaMethods": "mediacentre,mail", "usualMethod": "none"], outcome: "use-linked-mediacentre",
      steps: ["use-mediacentre-account"]),
    StudentPath(
      facts: ["orgaMethods": "mail", "usualMethod": "none"], outcome: "find-linked", steps: ["find-linked-account"]),
  ]

  /// School answers with at least one « je ne sais pas », and the school steps they give, in order.
  static let schoolAnswers: [(siecle: String, gar: String, steps: [String])] = [
    ("unknown", "yes", ["check-siecle-import"]),
    ("unknown", "no", ["check-siecle-import", "assign-gar"]),
    ("yes", "unknown", ["check-gar-assignment"]),
    ("no", "unknown", ["import-siecle", "check-gar-assignment"]),
    ("unknown", "unknown", ["check-siecle-import", "check-gar-assignment"]),
  ]

  @Test(arguments: studentPaths)
  func unknownSchoolAnswersAddTheirCheckAndTheWalkGoesOn(_ path: StudentPath) throws {
    let tree = try TreeFixtures.shipped()
    for school in Self.schoolAnswers {
      var facts = path.facts
      facts["siecleImported"] = school.siecle
      facts["garAssigned"] = school.gar
      facts["certifiable"] = "certifiable"
      let diagnosis = Evaluator(tree: tree).evaluate(CertificationReadinessScenarioTests.answers(facts))
      #expect(diagnosis.conclusion?.node == path.outcome, "\(facts) path: \(diagnosis.path)")
      #expect(diagnosis.steps.map(\.id) == school.steps + path.steps, "\(facts)")
      let support = path.steps.contains("contact-pix-support")
      #expect(diagnosis.conclusion?.verdict == (support ? .support : .action), "\(facts)")
    }
  }

  @Test func theTraceSaysTheAnswerWasUnknown() throws {
    let tree = try TreeFixtures.shipped()
    let diagnosis = Evaluator(tree: tree).evaluate(["siecleImported": .unknown, "garAssigned": .value("yes")])
    #expect(diagnosis.trace.first == Diagnosis.TraceEntry(node: "q1", fact: "siecleImported", answer: .unknown))
    #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: "orgaMethods", node: "q3")))
    #expect(diagnosis.steps.map(\.id) == ["check-siecle-import"])
  }

  /// A pending student: the answers given, the question still to ask, the steps gathered so far.
  struct Pending: CustomTestStringConvertible, Sendable {
    var name: String
    var facts: [String: String]
    var fact: String
    var node: String
    var steps: [String]
    var testDescription: String { name }
  }

  static let pending: [Pending] = [
    Pending(
      name: "question 3 inconnue", facts: ["orgaMethods": "unknown"], fact: "orgaMethods", node: "q3", steps: []),
    Pending(
      name: "question 4 inconnue", facts: ["orgaMethods": "mail", "usualMethod": "unknown"], fact: "usualMethod",
      node: "q4", steps: []),
    Pending(
      name: "question 5 inconnue, compte ENT",
      facts: ["orgaMethods": "mediacentre", "usualMethod": "mediacentre", "knowsCredentials": "unknown"],
      fact: "knowsCredentials", node: "q5-ent", steps: []),
    Pending(
      name: "question 5 inconnue, identifiant rattaché",
      facts: ["orgaMethods": "identifiant", "usualMethod": "identifiant", "knowsCredentials": "unknown"],
      fact: "knowsCredentials", node: "q5-identifiant-linked", steps: []),
    Pending(
      name: "question 5 inconnue, identifiant non rattaché",
      facts: ["orgaMethods": "", "usualMethod": "identifiant", "knowsCredentials": "unknown"],
      fact: "knowsCredentials", node: "q5-identifiant-elsewhere", steps: []),
    Pending(
      name: "question 5 inconnue, adresse e-mail rattachée",
      facts: ["orgaMethods": "mail", "usualMethod": "mail", "knowsCredentials": "unknown"], fact: "knowsCredentials",
      node: "q5-mail-linked", steps: []),
    Pending(
      name: "question 5 inconnue, adresse e-mail non rattachée",
      facts: ["orgaMethods": "", "usualMethod": "mail", "knowsCredentials": "unknown"], fact: "knowsCredentials",
      node: "q5-mail-elsewhere", steps: []),
  ]

  @Test(arguments: pending)
  func unknownStudentAnswersLeaveTheStudentPendingOnThatQuestion(_ row: Pending) throws {
    let tree = try TreeFixtures.shipped()
    for school in Self.schoolAnswers {
      var facts = row.facts
      facts["siecleImported"] = school.siecle
      facts["garAssigned"] = school.gar
      facts["certifiable"] = "certifiable"
      let diagnosis = Evaluator(tree: tree).evaluate(CertificationReadinessScenarioTests.answers(facts))
      #expect(!diagnosis.isComplete, "\(facts)")
      #expect(diagnosis.outcome == .pending(Diagnosis.Missing(fact: row.fact, node: row.node)), "\(facts)")
      #expect(diagnosis.steps.map(\.id) == school.steps + row.steps, "\(facts)")
    }
  }

  @Test(arguments: [
    ("orgaMethods", "Mediacentre", Answer.values(["mediacentre"])),
    ("orgaMethods", "Médiacentre", .values(["mediacentre"])),
    ("orgaMethods", "Identifiant", .values(["identifiant"])),
    ("orgaMethods", "Adresse e-mail", .values(["mail"])),
    ("orgaMethods", "Aucune", .values([])),
    ("orgaMethods", "ENT / Médiacentre", .values(["mediacentre"])),
    ("usualMethod", "Aucun compte", .value("none")),
    ("usualMethod", "Aucun compte Pix", .value("none")),
    ("usualMethod", "pas de compte", .value("none")),
    ("certifiable", "Certifiable", .value("certifiable")),
    ("certifiable", "Non Certifiable", .value("not-certifiable")),
    ("certifiable", "non certifiable", .value("not-certifiable")),
    ("certifiable", "Non communiqué", .value("not-communicated")),
    ("certifiable", "non communique", .value("not-communicated")),
  ])
  func readsTheLabelsAsPixOrgaPrintsThem(_ fact: String, _ text: String, _ answer: Answer) throws {
    let reader = AnswerReader(tree: try TreeFixtures.shipped())
    #expect(reader.read(text, for: fact) == .answer(answer))
  }

  @Test func questionThreeOffersPixOrgasLabelsInOrder() throws {
    let fact = try #require(try TreeFixtures.shipped().fact("orgaMethods"))
    #expect(
      fact.values.map(\.label.fr) + [fact.emptySet?.label.fr] == [
        "Mediacentre", "Identifiant", "Adresse e-mail", "Aucune",
      ])
    let certifiable = try #require(try TreeFixtures.shipped().fact("certifiable"))
    #expect(certifiable.values.map(\.label.fr) == ["Certifiable", "Non Certifiable", "Non communiqué"])
    #expect(certifiable.columns == ["certificabilite"])
  }
}

extension CertificationReadinessUnknownTests {
  @Test func questionFiveAsksForTheENTCredentialsOnlyWhenTheUsualAccountIsTheENT() throws {
    let tree = try TreeFixtures.shipped()
    var wordings: [String: String] = [:]
    for node in tree.tree.nodes {
      guard case .question(let question) = node.kind, question.fact == "knowsCredentials" else { continue }
      wordings[node.id] = tree.questionText(of: question.fact, node: node.id, in: .fr).plain
    }
    #expect(wordings["q5-ent"] == "Question 5 : L'élève connaît-il son identifiant et son mot de passe ENT ?")
    let others = ["q5-identifiant-linked", "q5-identifiant-elsewhere", "q5-mail-linked", "q5-mail-elsewhere"]
    for id in others {
      #expect(wordings[id] == "Question 5 : L'élève connaît-il son identifiant et son mot de passe ?", "\(id)")
    }
    #expect(wordings.count == 5)
  }
}
