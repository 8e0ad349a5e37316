import PixReadyCore

/// The sentences that only `pixready page` says, in one language. Written here and nowhere else.
///
/// The page also carries sentences of `ask` (``PromptMessages``) and of the reports
/// (``ReportMessages``); its script has no text of its own. Every text goes through `pick`, which
/// takes both languages: a missing translation does not compile.
public struct PageMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// The text in the language, French typeset (``FrenchTypography``).
  private func pick(_ fr: String, _ en: String) -> String {
    switch language {
    case .fr: FrenchTypography.typeset(fr)
    case .en: en
    }
  }

  /// The sentences the script shows, by key.
  ///
  /// Keys are stable: the script reads them by name. Values come from this type, from
  /// ``PromptMessages`` (the wording of `ask`) and from ``ReportMessages``.
  func table() -> [(String, String)] {
    let prompt = PromptMessages(language: language)
    let report = ReportMessages(language: language)
    return [
      ("validate", pick("Valider", "Confirm")),
      ("unknown", pick("Je ne sais pas", "I don't know")),
      ("back", pick("Retour", "Back")),
      ("change", pick("Modifier", "Change")),
      ("start", pick("Commencer", "Start")),
      ("nextStudent", pick("Élève suivant", "Next student")),
      ("help", pick("Aide", "Help")),
      ("noHelp", prompt.noHelp),
      (
        "setHint",
        pick(
          "Plusieurs réponses possibles. « Aucune » exclut les autres.",
          "Several answers allowed. 'None' excludes the others.")
      ),
      ("choose", pick("Choisissez une réponse, ou « Je ne sais pas ».", "Choose an answer, or 'I don't know'.")),
      (
        "nameHint",
        pick(
          "Le nom reste dans cette page : il n'est ni enregistré ni envoyé.",
          "The name stays in this page: it is neither stored nor sent.")
      ),
      ("answersHeading", pick("Réponses données", "Answers given")),
      ("notesHeading", pick("Remarque du logigramme", "Note of the flowchart")),
      ("pendingStudent", prompt.pendingStudent),
      ("pendingSchool", prompt.pendingSchool),
      ("sessionHeading", pick("Bilan de la session", "Session summary")),
      ("schoolHeading", report.title(.school)),
      ("schoolIntro", report.schoolIntro),
      ("noSchoolActions", report.noSchoolActions),
      ("numberColumn", pick("N°", "No.")),
      ("studentColumn", pick("Élève", "Student")),
      ("verdictColumn", pick("Résultat", "Result")),
      ("stepsColumn", pick("Étapes de l'élève", "The student's steps")),
      ("schoolStepsNote", pick("et les actions pour l'établissement", "and the school actions")),
      ("noStep", pick("Aucune", "None")),
      ("stepsDetailHeading", pick("Les étapes en détail", "The steps in detail")),
      ("download", pick("Télécharger le bilan (Markdown)", "Download the summary (Markdown)")),
      ("copy", pick("Copier le bilan", "Copy the summary")),
      (
        "copied",
        pick(
          "Bilan copié : collez-le dans un ticket ou un courriel.",
          "Summary copied: paste it into a ticket or an e-mail.")
      ),
      (
        "copyFailed",
        pick("La copie a échoué : utilisez « Télécharger le bilan ».", "Copying failed: use 'Download the summary'.")
      ),
      ("print", pick("Imprimer", "Print")),
      ("sessionInProgress", pick("en cours", "in progress")),
      (
        "internalError",
        pick(
          "Cette page est incohérente (état introuvable) : régénérez-la avec pixready page.",
          "This page is inconsistent (state not found): generate it again with pixready page.")
      ),
      ("treeLabel", report.treeLabel),
    ]
  }

  /// The page's title: « Questionnaire pixready : <tree title> ».
  func title(_ treeTitle: String) -> String {
    pick("Questionnaire pixready : \(treeTitle)", "pixready questionnaire: \(treeTitle)")
  }

  /// What the page does, under the title.
  var intro: String {
    pick(
      "Ce questionnaire guide le diagnostic une question à la fois, seulement celles dont le cas a besoin, "
        + "puis donne pour chaque élève le résultat, les étapes (qui fait quoi) et pourquoi. Les questions sur "
        + "l'établissement ne sont posées qu'une fois ; « Élève suivant » enchaîne sur un autre élève.",
      "This questionnaire guides the diagnosis one question at a time, only those the case needs, then gives "
        + "for each student the result, the steps (who does what) and why. Questions about the school are asked "
        + "once; 'Next student' goes on with another student.")
  }

  /// What the page keeps: nothing.
  var privacy: String {
    pick(
      "Rien n'est enregistré ni envoyé : pas de cookie, pas de stockage, aucune connexion. Fermer ou recharger "
        + "l'onglet efface tout : téléchargez, copiez ou imprimez le bilan avant.",
      "Nothing is stored or sent: no cookie, no storage, no connection. Closing or reloading the tab erases "
        + "everything: download, copy or print the summary first.")
  }

  /// Shown when the browser runs no script.
  var noScript: String {
    pick(
      "Ce questionnaire a besoin de JavaScript, qui est désactivé dans ce navigateur. Ouvrez la page dans un "
        + "navigateur où il est activé, ou utilisez pixready ask.",
      "This questionnaire needs JavaScript, which is disabled in this browser. Open the page in a browser where "
        + "it is enabled, or use pixready ask.")
  }

  /// The footer: « Généré par pixready ; arbre … ».
  func footer(_ identity: String) -> String {
    pick(
      "Généré par pixready à partir du logigramme \(identity). Cette page fonctionne hors ligne.",
      "Generated by pixready from the flowchart \(identity). This page works offline.")
  }
}
