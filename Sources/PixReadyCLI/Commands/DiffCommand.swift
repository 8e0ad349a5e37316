import Foundation
import PixReadyCore
import PixReadyIO

/// `pixready diff OLD NEW`: what a new version of a tree changes, before it ships.
enum DiffCommand: Command {

  static let spec = CommandSpec(
    name: "diff",
    summary: LocalizedText(
      fr: "compare deux versions d'un arbre : identifiants et comportement",
      en: "compare two versions of a tree: ids and behaviour"),
    positionals: LocalizedText(fr: "ANCIEN NOUVEAU", en: "OLD NEW"), positionalValues: .tree,
    minimumPositionals: 2, maximumPositionals: 2,
    options: [
      .choice(
        "--format", TextOrJSON.self,
        help: LocalizedText(fr: "format du rapport (text par défaut)", en: "report format (default text)")),
      CommandSpec.Option(
        name: "--on", value: LocalizedText(fr: "CLASSE.csv", en: "CLASS.csv"),
        help: LocalizedText(
          fr: "liste aussi les élèves de ce fichier dont le résultat ou les étapes changeraient",
          en: "also list the students of this file whose result or steps would change"),
        values: .file(extensions: ["csv"])),
      CommandSpec.Option(
        name: "--fact", value: LocalizedText(fr: "COLONNE=RÉPONSE", en: "COLUMN=ANSWER"), repeatable: true,
        help: LocalizedText(
          fr: "avec --on : réponse valable pour toute la classe, dans les deux versions",
          en: "with --on: answer for the whole class, in both versions")),
    ],
    discussion: LocalizedText(
      fr:
        "ANCIEN et NOUVEAU sont des fichiers JSON ou des ids d'arbres fournis. Liste les identifiants ajoutés, "
        + "retirés, renommés (même contenu, autre id) ou modifiés, puis chaque combinaison de réponses dont le "
        + "résultat ou les étapes changent. Exemple : git show v1.0.0:Trees/x.json > /tmp/x.json ; "
        + "pixready diff /tmp/x.json Trees/x.json\n"
        + "Avec --on classe.csv (le fichier de pixready check), liste aussi les élèves de la classe dont le résultat "
        + "ou les étapes changeraient ; seules les colonnes d'identité sont affichées.",
      en: "OLD and NEW are JSON files or ids of shipped trees. Lists the ids added, removed, renamed (same content, "
        + "another id) or modified, then every answer combination whose result or steps change. Example: "
        + "git show v1.0.0:Trees/x.json > /tmp/x.json; pixready diff /tmp/x.json Trees/x.json\n"
        + "With --on class.csv (the file of pixready check), also lists the class's students whose result or steps "
        + "would change; only the identity columns are shown."))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let format = try arguments.choice("--format", default: TextOrJSON.text, command: spec.name)
    let names = arguments.positionals
    guard let old = TreeSource.validated(names[0], context: &context),
      let new = TreeSource.validated(names[1], context: &context)
    else { return .failure }
    var plan = DiffPlan(
      old: old, new: new, oldName: names[0], newName: names[1], classFile: arguments.value("--on"),
      format: format == .json ? .json : .text, language: context.language)
    if plan.classFile != nil {
      (plan.oldAnswers, plan.newAnswers) = try answers(arguments.values("--fact"), old: old, new: new)
    }
    let err = context.err
    let console = RunConsole(say: { err.write($0) }, fail: { [context] in context.fail($0) })
    var out = context.out
    switch try DiffRun(plan: plan).run(standardOutput: &out, console: console, openInput: context.openInput) {
    case .same: return .success
    case .changed: return .findings
    case .refused: return .failure
    }
  }

  /// `--fact` answers for each version: a fact only one version has is given to that one; a column
  /// neither knows is given to both, so both say it is unknown.
  private static func answers(_ facts: [String], old: ValidatedTree, new: ValidatedTree) throws(UsageError) -> (
    old: Answers, new: Answers
  ) {
    let known = Set(old.tree.facts.map(\.id) + new.tree.facts.map(\.id))
    let forTree = { (tree: ValidatedTree) throws(UsageError) -> Answers in
      let ids = Set(tree.tree.facts.map(\.id))
      let mine = facts.filter { text in
        let id = String(text.prefix { $0 != "=" }).trimmingCharacters(in: .whitespaces)
        return ids.contains(id) || !known.contains(id)
      }
      return try FactArguments.answers(mine, tree: tree, command: spec.name)
    }
    let newAnswers = try forTree(new)
    return (try forTree(old), newAnswers)
  }
}
