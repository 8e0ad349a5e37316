/// Whom or what a tree's cases are about, in the words the prompt uses for them.
///
/// `certification-readiness` diagnoses students (the default); `pix-orga-access` the person who
/// meets a difficulty on the staff side. The words are whole phrases, so that French articles and
/// agreements read right whatever the noun (« de l'élève », « du membre du personnel »).
public struct Subject: Sendable, Equatable {
  /// The noun, in lower case (« élève »).
  public var singular: LocalizedText
  /// The plural noun (« élèves »).
  public var plural: LocalizedText
  /// The noun after « Nom » (« de l'élève »; « of student »).
  public var of: LocalizedText
  /// The noun with a demonstrative (« cet élève »).
  public var this: LocalizedText
  /// The question that starts the next case (« Élève suivant ? »).
  public var next: LocalizedText

  /// Creates a subject.
  public init(
    singular: LocalizedText, plural: LocalizedText, of: LocalizedText, this: LocalizedText, next: LocalizedText
  ) {
    self.singular = singular
    self.plural = plural
    self.of = of
    self.this = this
    self.next = next
  }

  /// Students: the subject of a tree that names none.
  public static let student = Subject(
    singular: LocalizedText(fr: "élève", en: "student"), plural: LocalizedText(fr: "élèves", en: "students"),
    of: LocalizedText(fr: "de l'élève", en: "of student"), this: LocalizedText(fr: "cet élève", en: "this student"),
    next: LocalizedText(fr: "Élève suivant ?", en: "Next student?"))
}
