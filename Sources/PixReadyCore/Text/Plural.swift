/// A count with its noun in the right number: « 1 élève », « 2 élèves », « 0 ligne rejetée ».
///
/// French counts 0 and 1 as singular; English only 1.
public enum Plural {
  /// `count` and the French noun, `plural` or the noun with an « s ».
  public static func fr(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count > 1 ? plural ?? singular + "s" : singular)
  }

  /// `count` and the English noun, `plural` or the noun with an « s ».
  public static func en(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
  }

  /// `count` and the noun in `language`.
  public static func count(
    _ count: Int, in language: Language, fr: String, frPlural: String? = nil, en: String, enPlural: String? = nil
  ) -> String {
    switch language {
    case .fr: Self.fr(count, fr, frPlural)
    case .en: Self.en(count, en, enPlural)
    }
  }
}
