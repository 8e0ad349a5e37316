extension Language {
  /// `text` between quotation marks: « text » in French, 'text' in English.
  public func quoted(_ text: String) -> String {
    switch self {
    case .fr: "« \(text) »"
    case .en: "'\(text)'"
    }
  }

  /// The « did you mean » sentence after a message, with its leading space: « Vouliez-vous dire « x » ? »,
  /// "Did you mean 'x'?"; empty without a suggestion.
  public func didYouMean(_ suggestion: String?) -> String {
    guard let suggestion else { return "" }
    switch self {
    case .fr: return " Vouliez-vous dire \(quoted(suggestion)) ?"
    case .en: return " Did you mean \(quoted(suggestion))?"
    }
  }
}
