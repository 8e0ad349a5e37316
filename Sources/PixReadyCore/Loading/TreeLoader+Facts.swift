extension JSONObjectReader {
  private static let factKeys = [
    "id", "scope", "type", "question", "short", "help", "columns", "values", "empty", "comment",
  ]
  private static let valueKeys = ["id", "label", "accept", "comment"]

  /// The values every boolean fact has unless the tree overrides their labels or spellings.
  static let booleanDefaults = [
    FactValue(
      id: "yes", label: LocalizedText(fr: "Oui", en: "Yes"),
      accept: ["oui", "o", "yes", "y", "vrai", "true", "x", "1", "ok", "fait"]),
    FactValue(
      id: "no", label: LocalizedText(fr: "Non", en: "No"),
      accept: ["non", "n", "no", "faux", "false", "0", "pas fait"]),
  ]

  mutating func fact(_ value: JSONValue, path: String) -> Fact? {
    guard let object = object(value, path: path, keys: Self.factKeys) else { return nil }
    let id = identifier(object)
    let scopeWord = word(object, "scope", as: Fact.Scope.self)
    let kindWord = word(object, "type", as: Fact.Kind.self)
    let questionText = text(object, "question")
    let help = text(object, "help", required: false)
    let short = text(object, "short", required: false)
    let columns = strings(object, "columns")
    var values = array(object, "values", required: kindWord != .boolean).enumerated().compactMap {
      factValue($1, path: "\(object.path("values"))[\($0)]")
    }
    var empty: FactValue?
    if let emptyValue = member(object, "empty", required: false) {
      empty = emptySet(emptyValue, path: object.path("empty"))
    }
    // Keep a fact whose id is known even when other members are wrong (already reported), so that
    // the rest of the tree is still checked against it instead of cascading « unknown fact » errors.
    guard let id else { return nil }
    let kind = kindWord ?? (values.isEmpty ? .boolean : .choice)
    let scope = scopeWord ?? .student
    let question = questionText ?? LocalizedText(fr: id, en: id)
    if kind == .boolean {
      values = Self.mergedBooleanValues(values)
    }
    return Fact(
      id: id, scope: scope, kind: kind, question: question, help: help, values: values, emptySet: empty,
      columns: columns, position: value.position, short: short)
  }

  private mutating func factValue(_ value: JSONValue, path: String) -> FactValue? {
    guard let object = object(value, path: path, keys: Self.valueKeys) else { return nil }
    guard let id = identifier(object), let label = text(object, "label") else { return nil }
    return FactValue(id: id, label: label, accept: strings(object, "accept"), position: value.position)
  }

  private mutating func emptySet(_ value: JSONValue, path: String) -> FactValue? {
    guard let object = object(value, path: path, keys: ["label", "accept", "comment"]) else { return nil }
    guard let label = text(object, "label") else { return nil }
    return FactValue(id: "", label: label, accept: strings(object, "accept"), position: value.position)
  }

  /// A boolean fact's declared values complete the defaults: labels replace, spellings add up.
  private static func mergedBooleanValues(_ declared: [FactValue]) -> [FactValue] {
    var merged = booleanDefaults
    for value in declared {
      if let index = merged.firstIndex(where: { $0.id == value.id }) {
        merged[index].label = value.label
        merged[index].accept += value.accept
        merged[index].position = value.position
      } else {
        merged.append(value)
      }
    }
    return merged
  }
}
