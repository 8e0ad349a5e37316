import PixReadyCore
import PixReadyIO

/// `pixready page [--tree ID|FILE] [-o FILE.html]`: the guided diagnostic as one offline web page.
enum PageCommand: Command {
  static let spec = CommandSpec(
    name: "page",
    summary: LocalizedText(
      fr: "le diagnostic guidé en une page web autonome, pour les enseignants (hors ligne)",
      en: "the guided diagnosis as one self-contained web page, for teachers (offline)"),
    options: [
      CommandSpec.treeOption,
      CommandSpec.Option(
        name: "--output", aliases: ["-o"], value: LocalizedText(fr: "FICHIER.html", en: "FILE.html"),
        help: LocalizedText(
          fr: "écrit la page dans ce fichier (remplacé d'un coup, lisible par tous : elle ne contient aucune "
            + "donnée d'élève) plutôt que sur la sortie standard",
          en: "write the page to this file (replaced atomically, readable by everyone: it holds no student "
            + "data) instead of standard output")),
    ],
    discussion: LocalizedText(
      fr: """
        Écrit un seul fichier HTML (style et script intégrés, aucune ressource extérieure, aucune connexion) qui
        pose les questions de l'arbre comme pixready ask : une à la fois, avec l'aide, les remarques, « je ne sais
        pas », le retour sur une réponse, plusieurs élèves, le bilan de chacun et celui de la session, à imprimer,
        télécharger en Markdown (comme ask --save) ou copier. La page contient l'arbre compilé par pixready : elle
        donne exactement les diagnostics de ask et check. Rien n'est enregistré ni envoyé. Textes en français, ou
        en anglais avec --lang en. Déposez le fichier sur l'ENT ou un partage ; il s'ouvre dans tout navigateur.
        Exemple : pixready page -o questionnaire.html
        """,
      en: """
        Writes one HTML file (inline style and script, no outside resource, no connection) that asks the tree's
        questions as pixready ask does: one at a time, with help, notes, "I don't know", going back to an answer,
        several students, each one's summary and the session's, to print, download as Markdown (as ask --save)
        or copy. The page holds the tree as compiled by pixready: it gives exactly the diagnoses of ask and check.
        Nothing is stored or sent. French texts, or English with --lang en. Put the file on the ENT or a shared
        drive; it opens in any browser.
        Example: pixready page -o questionnaire.html
        """))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    guard let tree = TreeSource.validated(arguments.value("--tree"), context: &context) else { return .failure }
    let page: QuestionnairePage
    do {
      page = try QuestionnairePage(tree: tree, language: context.language)
    } catch {
      context.fail(
        CLIProblem.pageTooLarge(tree: tree.identity.description, limit: error.limit))
      return .failure
    }
    let text = page.render()
    guard let output = arguments.value("--output") else {
      context.out.write(text)
      return .success
    }
    do {
      let writer = try AtomicFileWriter(path: output, temporaries: context.temporaries, shared: true)
      writer.write(text)
      try writer.commit()
      return .success
    } catch {
      context.fail(error)
      return .failure
    }
  }
}
