extension String {
  /// The text with French typography's non-breaking spaces (U+00A0 before « : », U+202F before
  /// « ; ? ! » and inside guillemets) read as ordinary spaces: tests of content compare words, tests
  /// of typography and golden files compare the bytes.
  public var plain: String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 }))
  }
}
