/// The words and sentences of `graph`, `table` and `diff`, in one language. Written here and nowhere else.
public struct AuthoringMessages: Sendable {
  /// The language of the sentences.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  private var fr: Bool {
    switch language {
    case .fr: true
    case .en: false
    }
  }

  /// `« text »` in French, `'text'` in English.
  public func quoted(_ text: String) -> String { fr ? "« \(text) »" : "'\(text)'" }

  /// The label of the arrow taken when no case of a branch holds.
  public var otherwise: String { fr ? "sinon" : "otherwise" }
  /// The label of the arrow out of a set question, after the notes of its values.
  public var then: String { fr ? "ensuite" : "then" }
  /// A fact not asked on a path of the decision table.
  public var notAsked: String { "—" }
  /// The heading of the steps in a graph's outcome box.
  public var stepsHeading: String { fr ? "Étapes :" : "Steps:" }
  /// The prefix of a step added on an arrow.
  public var stepAdded: String { "+ " }

  /// `fact = Label`.
  public func isValue(_ fact: String, _ label: String) -> String { "\(fact) = \(quoted(label))" }
  /// `fact ∈ {A, B}` in words.
  public func isOneOf(_ fact: String, _ labels: [String]) -> String {
    "\(fact) " + (fr ? "est " : "is ") + labels.map(quoted).joined(separator: fr ? " ou " : " or ")
  }
  /// A set contains a value.
  public func has(_ fact: String, _ label: String) -> String { "\(fact) " + (fr ? "contient " : "has ") + quoted(label) }
  /// A set contains one of several values.
  public func hasAny(_ fact: String, _ labels: [String]) -> String {
    "\(fact) " + (fr ? "contient " : "has ") + labels.map(quoted).joined(separator: fr ? " ou " : " or ")
  }
  /// A set is empty.
  public func isEmpty(_ fact: String) -> String { "\(fact) " + (fr ? "est vide" : "is empty") }
  /// The word joining the parts of `all`.
  public var and: String { fr ? " et " : " and " }
  /// The word joining the parts of `any`.
  public var or: String { fr ? " ou " : " or " }
  /// The negation of a condition.
  public func not(_ text: String) -> String { (fr ? "non " : "not ") + "(\(text))" }
  /// A condition that always holds (`all` of nothing) or never holds (`any` of nothing).
  public func constant(_ value: Bool) -> String {
    switch (value, fr) {
    case (true, true): "toujours"
    case (true, false): "always"
    case (false, true): "jamais"
    case (false, false): "never"
    }
  }

  /// `Étape (Acteur, Acteur)`.
  public func stepWithActors(_ title: String, _ actors: [String]) -> String {
    actors.isEmpty ? title : "\(title) (\(actors.joined(separator: ", ")))"
  }

  /// The title of a decision table.
  public func tableHeading(_ title: String) -> String { (fr ? "Table de décision — " : "Decision table — ") + title }
  /// What the rows of a path table are.
  public func pathsSummary(rows: Int, combinations: Int) -> String {
    fr
      ? "\(rows) chemin(s) couvrant les \(combinations) combinaison(s) de réponses, un par ligne ; "
        + "« — » : question non posée sur ce chemin."
      : "\(rows) path(s) covering the \(combinations) answer combination(s), one per line; "
        + "'—': question not asked on that path."
  }
  /// What the rows of a combination table are.
  public func combinationsSummary(_ combinations: Int) -> String {
    fr ? "\(combinations) combinaison(s) de réponses, une par ligne." : "\(combinations) answer combination(s), one per line."
  }
  /// The headers of the facts' legend.
  public var factHeaders: [String] { fr ? ["fait", "portée", "question"] : ["fact", "scope", "question"] }
  /// The header of the column counting the combinations a path stands for.
  public var combinationsHeader: String { fr ? "combinaisons" : "combinations" }
  /// The headers after the facts: verdict, outcome, steps.
  public var resultHeaders: [String] { fr ? ["verdict", "issue", "étapes"] : ["verdict", "outcome", "steps"] }

  /// The CSV header of the column counting the combinations a path stands for.
  public var csvCombinationsHeader: String { fr ? "combinaisons" : "combinations" }
  /// The CSV headers after the facts.
  public var csvResultHeaders: [String] {
    fr ? ["verdict", "issue", "etapes", "titres_etapes"] : ["verdict", "outcome", "steps", "step_titles"]
  }
}
