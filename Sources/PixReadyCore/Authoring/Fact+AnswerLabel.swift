extension Fact {
  /// How the answer « je ne sais pas » reads for people.
  public static let unknownLabel = LocalizedText(fr: "Je ne sais pas", en: "Don't know")

  /// How `answer` reads for people: the value's label, the labels of a set's values in declaration
  /// order, the empty set's label (`Aucune`, `∅` when the tree gives none), or « Je ne sais pas ».
  public func label(of answer: Answer, in language: Language) -> String {
    switch answer {
    case .value(let id):
      return value(id)?.label.text(in: language) ?? id
    case .values(let ids):
      if ids.isEmpty { return emptySet?.label.text(in: language) ?? "∅" }
      let known = values.filter { ids.contains($0.id) }
      let unknown = ids.subtracting(known.map(\.id)).sorted()
      return (known.map { $0.label.text(in: language) } + unknown).joined(separator: ", ")
    case .unknown:
      return Self.unknownLabel.text(in: language)
    }
  }
}
