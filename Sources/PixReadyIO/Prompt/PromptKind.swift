/// What a session is asking for.
enum PromptKind: Sendable, Equatable {
  /// A fact of the flowchart.
  case fact(String)
  /// The current student's optional name.
  case name
  /// « Élève suivant ? »
  case nextStudent
}
