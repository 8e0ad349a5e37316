/// One check of a tree: a small type that adds what it finds to the validation's findings.
///
/// The validator runs ``TreeValidator/rules`` in order; a new rule is one file in `Rules/` and one
/// entry in that list.
protocol TreeRule: Sendable {
  /// Adds what the rule finds in `context` to `findings` (a later rule sees what earlier ones found).
  func apply(_ context: ValidationContext, to findings: inout TreeFindings)
}

/// What the rules found so far.
struct TreeFindings {
  /// Every diagnostic, errors and warnings.
  var diagnostics: [Diagnostic] = []
  /// How many combinations of answers were proven to reach an outcome.
  var combinationsProven = CombinationCount.zero
  /// How many combinations stop on a « je ne sais pas » that no node plans for.
  var combinationsPending = CombinationCount.zero
}
