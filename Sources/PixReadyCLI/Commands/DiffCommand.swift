import Foundation
import PixReadyCore

/// `pixready diff OLD NEW`: what a new version of a tree changes, before it ships.
enum DiffCommand: Command {
  static let formats = ["text", "json"]

  static let spec = CommandSpec(
    name: "diff",
    summary: LocalizedText(
      fr: "compare deux versions d'un arbre : identifiants et comportement",
      en: "compare two versions of a tree: ids and behaviour"),
    positionals: LocalizedText(fr: "ANCIEN NOUVEAU", en: "OLD NEW"),
    minimumPositionals: 2, maximumPositionals: 2,
    options: [
      CommandSpec.Option(
        name: "--format", value: LocalizedText(fr: "text|json", en: "text|json"),
        help: LocalizedText(fr: "format du rapport (text par défaut)", en: "report format (default text)"))
    ],
    discussion: LocalizedText(
      fr:
        "ANCIEN et NOUVEAU sont des fichiers JSON ou des ids d'arbres fournis. Liste les identifiants ajoutés, "
        + "retirés, renommés (même contenu, autre id) ou modifiés, puis chaque combinaison de réponses dont le "
        + "verdict ou les étapes changent. Exemple : git show v1.0.0:Trees/x.json > /tmp/x.json ; "
        + "pixready diff /tmp/x.json Trees/x.json\n"
        + "Code de sortie 0 si le comportement est identique, 1 s'il change, 2 en cas d'erreur d'usage ou d'arbre.",
      en: "OLD and NEW are JSON files or ids of shipped trees. Lists the ids added, removed, renamed (same content, "
        + "another id) or modified, then every answer combination whose verdict or steps change. Example: "
        + "git show v1.0.0:Trees/x.json > /tmp/x.json; pixready diff /tmp/x.json Trees/x.json\n"
        + "Exit code 0 when behaviour is the same, 1 when it changes, 2 on a usage or tree error."))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let format = arguments.value("--format") ?? "text"
    guard formats.contains(format) else {
      throw UsageError.invalidValue(option: "--format", value: format, allowed: formats, command: spec.name)
    }
    let names = arguments.positionals
    guard let old = TreeSource.validated(names[0], context: &context),
      let new = TreeSource.validated(names[1], context: &context)
    else { return .failure }
    let diff = TreeDiff(old: old, new: new)
    switch format {
    case "json": context.out.write(json(diff, names: names, language: context.language))
    default: context.out.write(diff.text(language: context.language, oldName: names[0], newName: names[1]))
    }
    return diff.behaviourChanged ? .findings : .success
  }

  private static func json(_ diff: TreeDiff, names: [String], language: Language) -> String {
    let identity = { (tree: ValidatedTree, name: String) -> [String: Any] in
      ["file": name, "id": tree.identity.id, "version": tree.identity.version, "contentHash": tree.identity.contentHash]
    }
    let identifiers = diff.identifiers.map { changes -> [String: Any] in
      var object: [String: Any] = [
        "kind": changes.kind.rawValue, "added": changes.added, "removed": changes.removed,
        "renamed": changes.renamed.map { ["old": $0.old, "new": $0.new] }, "modified": changes.modified,
      ]
      object["fact"] = changes.fact
      return object
    }
    let changes = diff.changes.map { change -> [String: Any] in
      [
        "answers": Dictionary(uniqueKeysWithValues: change.answers.map { ($0.key, jsonAnswer($0.value)) }),
        "combinations": change.combinations, "old": jsonResult(change.old), "new": jsonResult(change.new),
      ]
    }
    let object: [String: Any] = [
      "old": identity(diff.old, names[0]), "new": identity(diff.new, names[1]), "identifiers": identifiers,
      "behaviourChanged": diff.behaviourChanged, "combinations": diff.combinationCount,
      "changedCombinations": diff.changedCombinations, "changes": changes,
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func jsonAnswer(_ answer: Answer) -> Any {
    switch answer {
    case .value(let value): value
    case .values(let values): values.sorted()
    }
  }

  private static func jsonResult(_ result: TreeDiff.Result) -> [String: Any] {
    switch result {
    case .outcome(let node, let verdict, let steps): ["outcome": node, "verdict": verdict.rawValue, "steps": steps]
    case .unanswerable(let fact): ["unanswerable": fact]
    }
  }
}
