/// The sentences of tree diagnostics, in one language.
///
/// Every ``TreeProblem`` has a French and an English sentence, written here and nowhere else.
/// Each says what is wrong and what to do.
public struct TreeMessages: Sendable {
  /// The language of the sentences.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// The sentence for `problem`.
  public func message(for problem: TreeProblem) -> String {
    switch language {
    case .fr: french(problem)
    case .en: english(problem)
    }
  }

  private func suggest(_ suggestion: String?) -> String { language.didYouMean(suggestion) }

  private func list(_ items: [String]) -> String {
    items.map(language.quoted).joined(separator: ", ")
  }

  /// « « a », « b » et « c » », "'a', 'b' and 'c'".
  private func enumeration(_ items: [String]) -> String {
    let quoted = items.map(language.quoted)
    guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + (language == .fr ? " et " : " and ") + last
  }

  /// « 1 combinaison », « 4 combinaisons ».
  private func combinations(_ count: CombinationCount) -> String {
    let many = count > CombinationCount(1)
    switch language {
    case .fr: return "\(count) combinaison\(many ? "s" : "")"
    case .en: return "\(count) combination\(count == CombinationCount(1) ? "" : "s")"
    }
  }

  /// What a broken link leaves unreached, after the unknown node reference that is its cause.
  private func cutOff(_ ids: [String]) -> String {
    guard !ids.isEmpty else { return "" }
    switch language {
    case .fr:
      return ids.count > 1
        ? " Tant que ce lien est cassé, les nœuds \(enumeration(ids)) ne sont atteints par aucun chemin."
        : " Tant que ce lien est cassé, le nœud \(enumeration(ids)) n'est atteint par aucun chemin."
    case .en:
      return ids.count > 1
        ? " Until this link is fixed, nodes \(enumeration(ids)) are reached by no path."
        : " Until this link is fixed, node \(enumeration(ids)) is reached by no path."
    }
  }

  private func example(_ choices: [FactChoice]) -> String {
    choices.isEmpty ? "∅" : choices.map { "\($0.fact)=\($0.answer)" }.joined(separator: ", ")
  }

  // swiftlint:disable:next cyclomatic_complexity
  private func french(_ problem: TreeProblem) -> String {
    switch problem {
    case .notUTF8:
      return "le fichier n'est pas en UTF-8 ; enregistrez-le en UTF-8."
    case .syntax(_, .trailingComma(let close)):
      return "JSON invalide : virgule en trop avant « \(close) » ; retirez-la (JSON n'accepte pas de virgule finale)."
    case .syntax(let expected, let found):
      return "JSON invalide : attendu \(french(expected)), trouvé \(french(found))."
    case .unsupportedFormat(let found):
      return "format « \(found) » non pris en charge ; cette version lit « \(DecisionTree.format) »."
    case .wrongType(let expected, let found):
      return "il faut ici \(frenchType(expected)), et non \(frenchType(found))."
    case .missingMember(let key):
      return "le membre « \(key) » est obligatoire ici ; ajoutez-le."
    case .unknownMember(let key, let suggestion):
      return "membre « \(key) » inconnu du format, il serait ignoré ; retirez-le ou corrigez-le.\(suggest(suggestion))"
    case .duplicateMember(let key):
      return "le membre « \(key) » apparaît deux fois dans cet objet ; gardez-en un seul."
    case .notAllowed(let value, let allowed, let suggestion):
      return "« \(value) » n'est pas permis ici ; valeurs permises : \(list(allowed)).\(suggest(suggestion))"
    case .invalidIdentifier(let id):
      return "identifiant « \(id) » invalide : il doit être non vide et sans espace."
    case .duplicateIdentifier(let kind, let id, let firstLine):
      let declared = frenchIsFeminine(kind) ? "déclarée" : "déclaré"
      let first = firstLine.map { " (déjà \(declared) ligne \($0))" } ?? ""
      return "\(frenchKind(kind)) « \(id) » \(declared) deux fois\(first) ; renommez l'un des deux."
    case .unknownReference(let kind, let id, let suggestion, let cutOff):
      let unknown = frenchIsFeminine(kind) ? "inconnue" : "inconnu"
      return "\(frenchKind(kind)) « \(id) » \(unknown).\(suggest(suggestion))\(self.cutOff(cutOff))"
    case .missingTranslation:
      return "texte sans traduction anglaise (« en ») ; le français sera affiché avec --lang en."
    case .booleanValues(let fact):
      return "le fait booléen « \(fact) » doit avoir exactement les valeurs « yes » et « no »."
    case .noValues(let fact):
      return "le fait « \(fact) » ne déclare aucune valeur ; ajoutez « values »."
    case .tooManyValues(let fact, let count, let maximum):
      return
        "le fait « \(fact) » de type set déclare \(count) valeurs, pour \(maximum) au plus (chaque ensemble de "
        + "valeurs est une réponse à prouver) ; regroupez des valeurs ou découpez le fait."
    case .ambiguousSpelling(let fact, let spelling, let values):
      return "dans « \(fact) », l'orthographe « \(spelling) » est acceptée par plusieurs valeurs (\(list(values))) ; "
        + "gardez-la pour une seule."
    case .duplicateColumn(let column, let facts):
      return
        "la colonne « \(column) » est lue par plusieurs faits (\(list(facts))) ; donnez-leur des colonnes distinctes."
    case .uncoveredValue(let node, let fact, let value):
      return
        "la question « \(node) » ne prévoit pas la réponse « \(value) » du fait « \(fact) » ; ajoutez-la à « answers »."
    case .questionShape(let node, let fact, let kind, let rule):
      return "la question « \(node) » (fait « \(fact) », type \(kind.rawValue)) : \(french(rule))"
    case .operatorMismatch(let fact, let kind, let op):
      return "l'opérateur « \(op) » ne s'applique pas au fait « \(fact) » de type \(kind.rawValue) ; "
        + "utilisez « is »/« in » pour boolean et choice, « has »/« hasAny »/« empty » pour set."
    case .cycle(let path):
      return "cycle entre les nœuds \(path.joined(separator: " → ")) ; un arbre ne doit jamais revenir en arrière."
    case .unreachableNode(let id):
      return "le nœud « \(id) » n'est atteint par aucune combinaison de réponses ; reliez-le ou supprimez-le."
    case .cutOffNodes(let ids):
      return
        (ids.count > 1
        ? "les nœuds \(enumeration(ids)) ne sont plus atteints" : "le nœud \(enumeration(ids)) n'est plus atteint")
        + " à cause d'une erreur signalée plus haut (un « next » manquant ou mal écrit) ; corrigez-la d'abord."
    case .unusedFact(let id):
      return "le fait « \(id) » n'est jamais demandé ni testé."
    case .unusedStep(let id):
      return "l'étape « \(id) » n'est jamais proposée."
    case .unusedActor(let id):
      return "l'acteur « \(id) » n'intervient dans aucune étape."
    case .notExhaustive(let node, let counterExample, let combinations):
      return "aucun cas du nœud « \(node) » ne s'applique pour \(self.combinations(combinations)), par exemple "
        + "\(example(counterExample)) ; ajoutez un cas ou « otherwise »."
    case .deadEnd(let node, let counterExample):
      return "le parcours s'arrête au nœud « \(node) » sans issue (par exemple \(example(counterExample))) ; "
        + "ajoutez « next » ou un nœud « outcome »."
    case .caseNeverHolds(let node, let index):
      return "le cas n° \(index + 1) du nœud « \(node) » ne s'applique jamais (les cas précédents le couvrent) ; "
        + "supprimez-le ou réordonnez les cas."
    case .repeatedStep(let step, let node):
      return
        "l'étape « \(step) » est proposée deux fois sur un chemin qui mène à « \(node) » ; elle ne sera montrée qu'une fois."
    }
  }

  // swiftlint:disable:next cyclomatic_complexity
  private func english(_ problem: TreeProblem) -> String {
    switch problem {
    case .notUTF8:
      return "the file is not UTF-8; save it as UTF-8."
    case .syntax(_, .trailingComma(let close)):
      return "invalid JSON: trailing comma before '\(close)'; remove it (JSON allows no trailing comma)."
    case .syntax(let expected, let found):
      return "invalid JSON: expected \(english(expected)), found \(english(found))."
    case .unsupportedFormat(let found):
      return "format '\(found)' is not supported; this version reads '\(DecisionTree.format)'."
    case .wrongType(let expected, let found):
      return "expected \(expected), found \(found)."
    case .missingMember(let key):
      return "member '\(key)' is required here; add it."
    case .unknownMember(let key, let suggestion):
      return "member '\(key)' is not part of the format and would be ignored; remove or fix it.\(suggest(suggestion))"
    case .duplicateMember(let key):
      return "member '\(key)' appears twice in this object; keep one."
    case .notAllowed(let value, let allowed, let suggestion):
      return "'\(value)' is not allowed here; allowed values: \(list(allowed)).\(suggest(suggestion))"
    case .invalidIdentifier(let id):
      return "invalid id '\(id)': it must be non-empty and have no spaces."
    case .duplicateIdentifier(let kind, let id, let firstLine):
      let first = firstLine.map { " (first declared on line \($0))" } ?? ""
      return "\(kind.rawValue) '\(id)' is declared twice\(first); rename one of them."
    case .unknownReference(let kind, let id, let suggestion, let cutOff):
      return "unknown \(kind.rawValue) '\(id)'.\(suggest(suggestion))\(self.cutOff(cutOff))"
    case .missingTranslation:
      return "text has no English translation ('en'); French is shown with --lang en."
    case .booleanValues(let fact):
      return "boolean fact '\(fact)' must have exactly the values 'yes' and 'no'."
    case .noValues(let fact):
      return "fact '\(fact)' declares no value; add 'values'."
    case .tooManyValues(let fact, let count, let maximum):
      return "set fact '\(fact)' declares \(count) values: at most \(maximum) (every subset is an answer to prove); "
        + "group values or split the fact."
    case .ambiguousSpelling(let fact, let spelling, let values):
      return "in '\(fact)', spelling '\(spelling)' is accepted by several values (\(list(values))); keep it for one."
    case .duplicateColumn(let column, let facts):
      return "column '\(column)' is read by several facts (\(list(facts))); give them distinct columns."
    case .uncoveredValue(let node, let fact, let value):
      return "question '\(node)' has no answer for value '\(value)' of fact '\(fact)'; add it to 'answers'."
    case .questionShape(let node, let fact, let kind, let rule):
      return "question '\(node)' (fact '\(fact)', type \(kind.rawValue)): \(english(rule))"
    case .operatorMismatch(let fact, let kind, let op):
      return "operator '\(op)' does not apply to fact '\(fact)' of type \(kind.rawValue); "
        + "use 'is'/'in' for boolean and choice, 'has'/'hasAny'/'empty' for set."
    case .cycle(let path):
      return "cycle between nodes \(path.joined(separator: " → ")); a tree must never go back."
    case .unreachableNode(let id):
      return "node '\(id)' is reached by no combination of answers; link it or remove it."
    case .cutOffNodes(let ids):
      return (ids.count > 1 ? "nodes \(enumeration(ids)) are" : "node \(enumeration(ids)) is")
        + " no longer reached because of an error reported above (a missing or misspelt 'next'); fix it first."
    case .unusedFact(let id):
      return "fact '\(id)' is never asked or tested."
    case .unusedStep(let id):
      return "step '\(id)' is never given."
    case .unusedActor(let id):
      return "actor '\(id)' acts on no step."
    case .notExhaustive(let node, let counterExample, let combinations):
      return "no case of node '\(node)' holds for \(self.combinations(combinations)), for example "
        + "\(example(counterExample)); add a case or 'otherwise'."
    case .deadEnd(let node, let counterExample):
      return "the walk stops at node '\(node)' with no way out (for example \(example(counterExample))); "
        + "add 'next' or an 'outcome' node."
    case .caseNeverHolds(let node, let index):
      return "case #\(index + 1) of node '\(node)' never holds (earlier cases cover it); remove or reorder it."
    case .repeatedStep(let step, let node):
      return "step '\(step)' is given twice on a path to '\(node)'; it is shown once."
    }
  }

  private func french(_ rule: QuestionShapeRule) -> String {
    switch rule {
    case .answerNeedsNext: "chaque réponse doit avoir son « next »."
    case .setNeedsNext: "une question sur un ensemble doit avoir un « next » au niveau du nœud."
    case .setAnswerHasNoNext: "les réponses d'une question sur un ensemble n'ont pas de « next » propre."
    case .onlySetHasEmpty: "« whenEmpty » et « next » au niveau du nœud sont réservés aux faits de type set."
    case .unknownNeedsNext: "« whenUnknown » doit avoir son « next »."
    case .setUnknownHasNoNext:
      "« whenUnknown » d'une question sur un ensemble n'a pas de « next » : le parcours continue au « next » du nœud."
    }
  }

  private func english(_ rule: QuestionShapeRule) -> String {
    switch rule {
    case .answerNeedsNext: "every answer needs its own 'next'."
    case .setNeedsNext: "a question on a set needs one 'next' on the node."
    case .setAnswerHasNoNext: "the answers of a question on a set have no 'next' of their own."
    case .onlySetHasEmpty: "'whenEmpty' and a node-level 'next' are for set facts only."
    case .unknownNeedsNext: "'whenUnknown' needs its own 'next'."
    case .setUnknownHasNoNext:
      "'whenUnknown' of a question on a set has no 'next': the walk goes on at the node's 'next'."
    }
  }

  private func french(_ expected: JSONSyntaxError.Expected) -> String {
    switch expected {
    case .endOfDocument: "la fin du document"
    case .lessNesting: "moins d'imbrication"
    case .value: "une valeur JSON"
    case .literal(let text): "« \(text) »"
    case .quotedKey: "une clé entre guillemets"
    case .commaOrClose(let close): "« , » ou « \(close) »"
    case .closingQuote: "un guillemet fermant"
    case .escape: "une séquence d'échappement"
    case .hexDigits: "4 chiffres hexadécimaux après \\u"
    case .lowSurrogate: "la seconde moitié d'une paire \\u"
    case .validScalar: "un caractère Unicode valide"
    }
  }

  private func english(_ expected: JSONSyntaxError.Expected) -> String {
    switch expected {
    case .endOfDocument: "the end of the document"
    case .lessNesting: "less nesting"
    case .value: "a JSON value"
    case .literal(let text): "'\(text)'"
    case .quotedKey: "a key in double quotes"
    case .commaOrClose(let close): "',' or '\(close)'"
    case .closingQuote: "a closing double quote"
    case .escape: "an escape sequence"
    case .hexDigits: "4 hex digits after \\u"
    case .lowSurrogate: "the second half of a \\u pair"
    case .validScalar: "a valid Unicode character"
    }
  }

  private func french(_ found: JSONSyntaxError.Found) -> String {
    switch found {
    case .endOfFile: "la fin du fichier"
    case .lineBreak: "un retour à la ligne dans une chaîne"
    case .tooDeep: "une imbrication trop profonde"
    case .text(let text): "« \(text) »"
    case .trailingComma(let close): "une virgule en trop avant « \(close) »"
    }
  }

  private func english(_ found: JSONSyntaxError.Found) -> String {
    switch found {
    case .endOfFile: "the end of the file"
    case .lineBreak: "a line break inside a string"
    case .tooDeep: "nesting too deep"
    case .text(let text): "'\(text)'"
    case .trailingComma(let close): "a trailing comma before '\(close)'"
    }
  }

  private func frenchKind(_ kind: IdentifierKind) -> String {
    switch kind {
    case .node: "nœud"
    case .fact: "fait"
    case .value: "valeur"
    case .step: "étape"
    case .actor: "acteur"
    case .key: "clé"
    }
  }

  private func frenchIsFeminine(_ kind: IdentifierKind) -> Bool {
    switch kind {
    case .value, .step, .key: true
    case .node, .fact, .actor: false
    }
  }

  private func frenchType(_ type: String) -> String {
    switch type {
    case "object": "un objet"
    case "array": "un tableau"
    case "string": "une chaîne"
    case "number": "un nombre"
    case "boolean": "un booléen"
    case "null": "null"
    case "text": "un texte (chaîne ou objet {\"fr\", \"en\"})"
    default: type
    }
  }
}
