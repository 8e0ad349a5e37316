import PixReadyCore

/// The sentences of `pixready lint`, in one language. Written here and nowhere else.
struct LintMessages: Sendable {
  var language: Language

  /// The last line: how many trees, errors, warnings and combinations.
  func summary(files: Int, errors: Int, warnings: Int, combinations: CombinationCount) -> String {
    let several = combinations.intValue.map { $0 > 1 } ?? true
    switch language {
    case .fr:
      return "\(Plural.fr(files, "arbre vérifié", "arbres vérifiés")) : \(Plural.fr(errors, "erreur")), "
        + "\(Plural.fr(warnings, "avertissement")), \(combinations) "
        + (several ? "combinaisons de réponses prouvées." : "combinaison de réponses prouvée.")
    case .en:
      return "\(Plural.en(files, "tree")) checked: \(Plural.en(errors, "error")), \(Plural.en(warnings, "warning")), "
        + "\(combinations) answer \(combinations.intValue == 1 ? "combination" : "combinations") proven."
    }
  }

  /// The line of one tree that passed; a built-in tree (no file) is named as such.
  func treeLine(
    _ name: String, builtIn: Bool = false, identity: TreeIdentity?, combinations: CombinationCount,
    pending: CombinationCount
  ) -> String {
    let id = identity?.description ?? "?"
    let several = combinations.intValue.map { $0 > 1 } ?? true
    switch language {
    case .fr:
      let rest =
        pending.isZero
        ? ""
        : " ; \(pending) restent en attente (réponse « je ne sais pas » qu'aucune question ne prévoit à cet endroit)"
      let shown = builtIn ? "arbre intégré au binaire" : name
      return "\(shown) : \(id), \(combinations) "
        + (several ? "combinaisons prouvées" : "combinaison prouvée") + " sans erreur\(rest)."
    case .en:
      let rest = pending.isZero ? "" : "; \(pending) stay pending (a 'don't know' answer no question plans for there)"
      let shown = builtIn ? "tree built into the binary" : name
      return "\(shown): \(id), \(combinations) \(combinations.intValue == 1 ? "combination" : "combinations") "
        + "proven without error\(rest)."
    }
  }
}
