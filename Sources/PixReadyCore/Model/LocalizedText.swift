/// A text written in French, with an optional English translation.
public struct LocalizedText: Sendable, Equatable, Hashable {
  /// The French text.
  public var fr: String
  /// The English text, when the tree gives one.
  public var en: String?

  /// Creates a text.
  public init(fr: String, en: String? = nil) {
    self.fr = fr
    self.en = en
  }

  /// The text in `language`, falling back to French when no translation exists.
  public func text(in language: Language) -> String {
    switch language {
    case .fr: fr
    case .en: en ?? fr
    }
  }
}
