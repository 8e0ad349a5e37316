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
  public func quoted(_ text: String) -> String { language.quoted(text) }

  /// The label of the arrow taken when no case of a branch holds.
  public var otherwise: String { fr ? "sinon" : "otherwise" }

  /// A fact's scope in words: the whole school, or each student.
  public func scope(_ scope: Fact.Scope) -> String {
    switch scope {
    case .school: fr ? "établissement" : "school"
    case .student: fr ? "élève" : "student"
    }
  }
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
  public func has(_ fact: String, _ label: String) -> String {
    "\(fact) " + (fr ? "contient " : "has ") + quoted(label)
  }
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

  /// A verdict in words, as every report says it inside a sentence (``RowCategory/word(in:)``).
  public func verdictWord(_ verdict: Verdict) -> String { RowCategory(verdict).word(in: language) }

  /// The verdict cell of a row that waits for an answer (« je ne sais pas » with no branch): « en attente ».
  public var pendingWord: String { RowCategory.pending.word(in: language) }

  /// The title of a decision table.
  public func tableHeading(_ title: String) -> String { (fr ? "Table de décision — " : "Decision table — ") + title }
  /// What the rows of a path table are.
  public func pathsSummary(rows: Int, combinations: CombinationCount) -> String {
    fr
      ? "\(rows > 1 ? "\(rows) chemins couvrent" : "1 chemin couvre") \(answerCombinations(combinations)), "
        + "un par ligne ; « — » marque une question non posée sur ce chemin."
      : "\(rows == 1 ? "1 path covers" : "\(rows) paths cover") \(answerCombinations(combinations)), "
        + "one per line; '—' marks a question not asked on that path."
  }
  /// What the rows of a combination table are.
  public func combinationsSummary(_ combinations: CombinationCount) -> String {
    (fr ? "Les " : "The ") + answerCombinations(combinations) + (fr ? ", une par ligne." : ", one per line.")
  }
  /// The headers of the facts' legend.
  public var factHeaders: [String] { fr ? ["colonne", "portée", "question"] : ["column", "scope", "question"] }
  /// The header of the column counting the combinations a path stands for.
  public var combinationsHeader: String { fr ? "combinaisons" : "combinations" }
  /// The headers after the facts: verdict, outcome, steps.
  public var resultHeaders: [String] { fr ? ["résultat", "issue", "étapes"] : ["result", "outcome", "steps"] }

  /// The CSV header of the column counting the combinations a path stands for.
  public var csvCombinationsHeader: String { fr ? "combinaisons" : "combinations" }
  /// The CSV headers after the facts.
  public var csvResultHeaders: [String] {
    fr ? ["verdict", "issue", "etapes", "titres_etapes"] : ["verdict", "outcome", "steps", "step_titles"]
  }

  /// `ancien  : id@version (hash)  file`.
  public func diffVersion(old: Bool, identity: String, name: String) -> String {
    switch (old, fr) {
    case (true, true): "ancien  : \(identity)  \(name)"
    case (false, true): "nouveau : \(identity)  \(name)"
    case (true, false): "old: \(identity)  \(name)"
    case (false, false): "new: \(identity)  \(name)"
    }
  }
  /// No id was added, removed, renamed or modified.
  public var noIdentifierChange: String {
    fr ? "Identifiants : aucun ajouté, retiré, renommé ni modifié." : "Ids: none added, removed, renamed or modified."
  }
  /// The heading of the id changes.
  public var identifiersHeading: String { fr ? "Identifiants :" : "Ids:" }

  /// One kind's changes on one line: `étapes : + a ; − b ; renommé b → c ; modifié d`.
  public func identifierLine(_ changes: IdentifierChanges) -> String {
    var parts: [String] = []
    if !changes.added.isEmpty { parts.append("+ " + changes.added.joined(separator: ", ")) }
    if !changes.removed.isEmpty { parts.append("− " + changes.removed.joined(separator: ", ")) }
    if !changes.renamed.isEmpty {
      parts.append(
        (fr ? (changes.renamed.count > 1 ? "renommés " : "renommé ") : "renamed ")
          + changes.renamed.map { "\($0.old) → \($0.new)" }.joined(separator: ", "))
    }
    if !changes.modified.isEmpty {
      parts.append(
        (fr ? (changes.modified.count > 1 ? "modifiés " : "modifié ") : "modified ")
          + changes.modified.joined(separator: ", "))
    }
    return kindName(changes.kind, fact: changes.fact) + (fr ? " : " : ": ") + parts.joined(separator: fr ? " ; " : "; ")
  }

  /// The plural name of a kind of id (`valeurs de usualMethod`).
  public func kindName(_ kind: IdentifierKind, fact: String?) -> String {
    switch (kind, fr) {
    case (.node, true): "nœuds"
    case (.node, false): "nodes"
    case (.fact, true): "faits"
    case (.fact, false): "facts"
    case (.value, true): "valeurs de \(fact ?? "?")"
    case (.value, false): "values of \(fact ?? "?")"
    case (.step, true): "étapes"
    case (.step, false): "steps"
    case (.actor, true): "acteurs"
    case (.actor, false): "actors"
    case (.key, true): "clés"
    case (.key, false): "keys"
    }
  }

  /// Same behaviour everywhere.
  public func sameBehaviour(_ combinations: CombinationCount) -> String {
    fr
      ? "Comportement identique pour \(combinations == CombinationCount(1) ? "la" : "les") "
        + "\(answerCombinations(combinations)) (code de sortie 0)."
      : "Behaviour: the same for \(combinations == CombinationCount(1) ? "the" : "all") "
        + "\(answerCombinations(combinations)) (exit code 0)."
  }
  /// The heading of the behaviour changes.
  public func behaviourHeading(groups: Int, combinations: CombinationCount, of total: CombinationCount) -> String {
    let many = combinations > CombinationCount(1)
    return fr
      ? "Comportement : \(combinationCount(combinations)) sur \(total) "
        + "\(many ? "changent" : "change") de résultat ou d'étapes, en \(Plural.fr(groups, "groupe")) :"
      : "Behaviour: \(combinationCount(combinations)) out of \(total) \(many ? "change" : "changes") result or "
        + "steps, in \(Plural.en(groups, "group")):"
  }
  /// `support → action`, or the verdict kept.
  public func verdictChange(_ old: String?, _ new: String?) -> String {
    let unanswered = fr ? "sans réponse" : "no answer"
    let before = old ?? unanswered
    let after = new ?? unanswered
    if before == after {
      return before + (fr ? " (même résultat, étapes changées)" : " (same result, steps changed)")
    }
    return "\(before) → \(after)"
  }
  /// Between the items of a list of conditions.
  public var listSeparator: String { fr ? " ; " : "; " }
  /// `quand` before the answers of a group.
  public var when: String { fr ? "quand" : "when" }
  /// `et` before the varying answers of a group.
  public var andWhen: String { fr ? "et" : "and" }
  /// A fact that takes every value in a group.
  public func anyValue(_ fact: String) -> String { fr ? "\(fact) : toute valeur" : "\(fact): any value" }
  /// `étapes : − a ; + b, c`.
  public func stepChange(removed: [String], added: [String]) -> String {
    var parts: [String] = []
    if !removed.isEmpty { parts.append("− " + removed.joined(separator: ", ")) }
    if !added.isEmpty { parts.append("+ " + added.joined(separator: ", ")) }
    if parts.isEmpty { parts.append(fr ? "même liste, autre ordre" : "same list, another order") }
    return (fr ? "étapes : " : "steps: ") + parts.joined(separator: fr ? " ; " : "; ")
  }
  /// `issue : a → b`.
  public func outcomeChange(_ old: String, _ new: String) -> String {
    (fr ? "issue : " : "outcome: ") + (old == new ? old : "\(old) → \(new)")
  }
  /// `8 combinaisons`.
  public func combinationCount(_ count: CombinationCount) -> String {
    fr
      ? "\(count) combinaison\(count > CombinationCount(1) ? "s" : "")"
      : "\(count) combination\(count == CombinationCount(1) ? "" : "s")"
  }

  /// « 4 combinaisons de réponses », "4 answer combinations".
  private func answerCombinations(_ count: CombinationCount) -> String {
    fr
      ? "\(combinationCount(count)) de réponses"
      : "\(count) answer combination\(count == CombinationCount(1) ? "" : "s")"
  }
  /// A change that holds whatever the answers.
  public var anyAnswers: String { fr ? "quelles que soient les réponses" : "whatever the answers" }
  /// One version cannot answer: the answer is a value it does not have.
  public func unanswerable(old: Bool, _ fact: String) -> String {
    switch (old, fr) {
    case (true, true): "l'ancienne version ne connaît pas cette réponse à \(fact)"
    case (false, true): "la nouvelle version ne connaît pas cette réponse à \(fact)"
    case (true, false): "the old version does not know this answer to \(fact)"
    case (false, false): "the new version does not know this answer to \(fact)"
    }
  }
  /// The last line when behaviour changed.
  public var behaviourChangedVerdict: String {
    fr ? "Le comportement change (code de sortie 1)." : "Behaviour changed (exit code 1)."
  }
}
