import PixReadyCore

/// One numbered answer offered at the prompt.
struct PromptChoice: Sendable, Equatable {
  /// What choosing it means.
  enum Meaning: Sendable, Equatable {
    /// This value id (boolean and choice facts, or one value of a set).
    case value(String)
    /// The empty set (« Aucune »).
    case noValue
  }

  /// The label shown.
  var label: LocalizedText
  /// What it means.
  var meaning: Meaning

  /// The numbered choices of a fact: its values, then « Aucune » for a set fact.
  static func choices(of fact: Fact) -> [PromptChoice] {
    var choices = fact.values.map { PromptChoice(label: $0.label, meaning: .value($0.id)) }
    if fact.kind == .set {
      choices.append(PromptChoice(label: fact.emptySet?.label ?? PromptMessages.noneLabel, meaning: .noValue))
    }
    return choices
  }

  /// « Oui » and « Non », for « Élève suivant ? ».
  static let yesNo = [
    PromptChoice(label: LocalizedText(fr: "Oui", en: "Yes"), meaning: .value("yes")),
    PromptChoice(label: LocalizedText(fr: "Non", en: "No"), meaning: .value("no")),
  ]
}
