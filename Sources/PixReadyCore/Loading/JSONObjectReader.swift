/// Reads typed members out of ``JSONValue`` objects, collecting a diagnostic for every problem.
///
/// The reader never stops at the first problem: a missing or mistyped member gives a diagnostic and
/// `nil`, and the caller carries on with the rest of the file.
struct JSONObjectReader {
  /// One object being read, with its path.
  struct Object {
    var members: [String: JSONValue.Member]
    var value: JSONValue
    var path: String

    func path(_ key: String) -> String { "\(path).\(key)" }
    func has(_ key: String) -> Bool { members[key] != nil }
  }

  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  mutating func report(_ severity: Severity, _ problem: TreeProblem, at position: TextPosition?, path: String) {
    diagnostics.append(
      Diagnostic(severity, problem, at: SourceLocation(file: file, position: position, jsonPath: path)))
  }

  /// Reads an object, reporting unknown and duplicate keys.
  mutating func object(_ value: JSONValue, path: String, keys: [String]) -> Object? {
    guard case .object(let list) = value.kind else {
      report(.error, .wrongType(expected: "object", found: value.kindName), at: value.position, path: path)
      return nil
    }
    var members: [String: JSONValue.Member] = [:]
    for member in list {
      if members[member.key] != nil {
        report(.error, .duplicateMember(key: member.key), at: member.keyPosition, path: "\(path).\(member.key)")
        continue
      }
      members[member.key] = member
      if !keys.contains(member.key) {
        let suggestion = EditDistance.suggestion(for: member.key, among: keys)
        report(
          .error, .unknownMember(key: member.key, suggestion: suggestion), at: member.keyPosition,
          path: "\(path).\(member.key)")
      }
    }
    return Object(members: members, value: value, path: path)
  }

  /// The member's value, reporting it when required and missing.
  mutating func member(_ object: Object, _ key: String, required: Bool) -> JSONValue? {
    guard let member = object.members[key] else {
      if required {
        report(.error, .missingMember(key: key), at: object.value.position, path: object.path)
      }
      return nil
    }
    return member.value
  }

  mutating func string(_ object: Object, _ key: String, required: Bool = true) -> String? {
    guard let value = member(object, key, required: required) else { return nil }
    return string(value, path: object.path(key))
  }

  mutating func string(_ value: JSONValue, path: String) -> String? {
    guard case .string(let text) = value.kind else {
      report(.error, .wrongType(expected: "string", found: value.kindName), at: value.position, path: path)
      return nil
    }
    return text
  }

  mutating func bool(_ object: Object, _ key: String) -> Bool? {
    guard let value = member(object, key, required: false) else { return nil }
    guard case .bool(let flag) = value.kind else {
      report(.error, .wrongType(expected: "boolean", found: value.kindName), at: value.position, path: object.path(key))
      return nil
    }
    return flag
  }

  mutating func array(_ value: JSONValue, path: String) -> [JSONValue]? {
    guard case .array(let elements) = value.kind else {
      report(.error, .wrongType(expected: "array", found: value.kindName), at: value.position, path: path)
      return nil
    }
    return elements
  }

  /// An array member, `[]` when absent and optional.
  mutating func array(_ object: Object, _ key: String, required: Bool = false) -> [JSONValue] {
    guard let value = member(object, key, required: required) else { return [] }
    return array(value, path: object.path(key)) ?? []
  }

  /// An array of strings, also accepting a single string.
  mutating func strings(_ object: Object, _ key: String, required: Bool = false) -> [String] {
    guard let value = member(object, key, required: required) else { return [] }
    if case .string(let single) = value.kind { return [single] }
    guard let elements = array(value, path: object.path(key)) else { return [] }
    return elements.enumerated().compactMap { index, element in
      string(element, path: "\(object.path(key))[\(index)]")
    }
  }

  /// A text: either a French string or `{"fr": …, "en": …}`. Warns when English is missing.
  /// The French text is typeset once here (``FrenchTypography``), so every output shows it right.
  mutating func text(_ value: JSONValue, path: String) -> LocalizedText? {
    switch value.kind {
    case .string(let french):
      report(.warning, .missingTranslation, at: value.position, path: path)
      return LocalizedText(fr: FrenchTypography.typeset(french))
    case .object:
      guard let object = object(value, path: path, keys: ["fr", "en"]) else { return nil }
      guard let french = string(object, "fr") else { return nil }
      let english = string(object, "en", required: false)
      if english == nil {
        report(.warning, .missingTranslation, at: value.position, path: path)
      }
      return LocalizedText(fr: FrenchTypography.typeset(french), en: english)
    default:
      report(.error, .wrongType(expected: "text", found: value.kindName), at: value.position, path: path)
      return nil
    }
  }

  mutating func text(_ object: Object, _ key: String, required: Bool = true) -> LocalizedText? {
    guard let value = member(object, key, required: required) else { return nil }
    return text(value, path: object.path(key))
  }

  /// A list of texts, also accepting a single text.
  mutating func texts(_ object: Object, _ key: String) -> [LocalizedText] {
    guard let value = member(object, key, required: false) else { return [] }
    if case .array(let elements) = value.kind {
      return elements.enumerated().compactMap { index, element in text(element, path: "\(object.path(key))[\(index)]") }
    }
    return text(value, path: object.path(key)).map { [$0] } ?? []
  }

  /// A word from a closed list, with a suggestion when it is a typo.
  mutating func word<Word: RawRepresentable & CaseIterable>(
    _ object: Object, _ key: String, as type: Word.Type
  ) -> Word? where Word.RawValue == String {
    guard let text = string(object, key) else { return nil }
    if let word = Word(rawValue: text) { return word }
    let allowed = Word.allCases.map(\.rawValue)
    let position = object.members[key]?.value.position
    report(
      .error,
      .notAllowed(value: text, allowed: allowed, suggestion: EditDistance.suggestion(for: text, among: allowed)),
      at: position, path: object.path(key))
    return nil
  }

  /// An identifier: non-empty, without whitespace.
  mutating func identifier(_ object: Object, _ key: String = "id") -> String? {
    guard let id = string(object, key) else { return nil }
    if id.isEmpty || id.contains(where: \.isWhitespace) {
      report(.error, .invalidIdentifier(id), at: object.members[key]?.value.position, path: object.path(key))
    }
    return id
  }
}
