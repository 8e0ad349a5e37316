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
    let diff = TreeDiff(old: old, new: new)
    var students: ClassDiff?
    if let path = arguments.value("--on") {
      guard let read = try classDiff(path, diff: diff, facts: arguments.values("--fact"), context: &context) else {
        return .failure
      }
      students = read
    }
    switch format {
    case .json: context.out.write(json(diff, names: names, students: students, on: arguments.value("--on")))
    case .text:
      context.out.write(text: diff.text(language: context.language, oldName: names[0], newName: names[1]))
      if let students, let path = arguments.value("--on") {
        context.out.write(text: "\n" + classText(students, path: path, diff: diff, language: context.language))
      }
    }
    return diff.behaviourChanged ? .findings : .success
  }

  /// Reads the class file and diagnoses every row with both versions; `nil` after printing why it cannot.
  private static func classDiff(
    _ path: String, diff: TreeDiff, facts: [String], context: inout CommandContext
  ) throws -> ClassDiff? {
    let known = Set(diff.old.tree.facts.map(\.id) + diff.new.tree.facts.map(\.id))
    let forTree = { (tree: ValidatedTree) throws(UsageError) -> Answers in
      let ids = Set(tree.tree.facts.map(\.id))
      let mine = facts.filter { text in
        let id = String(text.prefix { $0 != "=" }).trimmingCharacters(in: .whitespaces)
        return ids.contains(id) || !known.contains(id)
      }
      return try FactArguments.answers(mine, tree: tree, command: spec.name)
    }
    let newAnswers = try forTree(diff.new)
    let oldAnswers = try forTree(diff.old)
    var file: ClassFile
    switch ClassFile.open(path, tree: diff.new, bytes: context.openInput) {
    case .success(let opened): file = opened
    case .failure(let refusal):
      context.fail(refusal)
      return nil
    }
    let renames = Dictionary(
      uniqueKeysWithValues: (diff.identifiers.first { $0.kind == .step }?.renamed ?? []).map { ($0.old, $0.new) })
    let headers = file.headers
    do {
      return try file.withRecords { source in
        try ClassDiff(
          old: diff.old, new: diff.new, headers: headers, source: &source, oldAnswers: oldAnswers,
          newAnswers: newAnswers, stepRenames: renames)
      }
    } catch let error as CSVInputError {
      context.fail(error)
      return nil
    }
  }

  private static func classText(_ students: ClassDiff, path: String, diff: TreeDiff, language: Language) -> String {
    let messages = DiffMessages(language: language, old: diff.old, new: diff.new)
    var text = messages.classHeading(path, changed: students.changed.count, rows: students.rows) + "\n"
    for student in students.changed {
      text += "  " + messages.studentLine(student) + "\n"
      text += "     " + messages.steps(old: true, student.old) + "\n"
      text += "     " + messages.steps(old: false, student.new) + "\n"
    }
    return text
  }

  private static func json(_ diff: TreeDiff, names: [String], students: ClassDiff?, on path: String?) -> String {
    let identity = { (tree: ValidatedTree, name: String) -> [String: Any] in
      [
        "file": name, "id": tree.identity.id, "version": tree.identity.version,
        "contentHash": tree.identity.contentHash,
      ]
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
        "combinations": jsonCount(change.combinations), "old": jsonResult(change.old), "new": jsonResult(change.new),
      ]
    }
    var object: [String: Any] = [
      "old": identity(diff.old, names[0]), "new": identity(diff.new, names[1]), "identifiers": identifiers,
      "behaviourChanged": diff.behaviourChanged, "combinations": jsonCount(diff.combinationCount),
      "changedCombinations": jsonCount(diff.changedCombinations), "changes": changes,
    ]
    if let students, let path {
      object["class"] = [
        "file": path, "rows": students.rows,
        "changed": students.changed.map { student -> [String: Any] in
          [
            "row": student.row, "line": student.line,
            "student": Dictionary(uniqueKeysWithValues: student.student.values.map { ($0.key.rawValue, $0.value) }),
            "old": jsonRow(student.old), "new": jsonRow(student.new),
          ]
        },
      ]
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func jsonRow(_ row: RowDiagnosis) -> [String: Any] {
    var object: [String: Any] = ["status": row.status.word, "steps": row.steps.map(\.id)]
    if case .pending(let fact) = row.status { object["pendingFact"] = fact }
    return object
  }

  /// A count as a JSON number, or as a string of digits when it does not fit one.
  private static func jsonCount(_ count: CombinationCount) -> Any {
    if let value = count.intValue { return value }
    return count.description
  }

  private static func jsonAnswer(_ answer: Answer) -> Any {
    switch answer {
    case .value(let value): value
    case .values(let values): values.sorted()
    case .unknown: NSNull()
    }
  }

  private static func jsonResult(_ result: TreeDiff.Result) -> [String: Any] {
    switch result {
    case .outcome(let node, let verdict, let steps): ["outcome": node, "verdict": verdict.rawValue, "steps": steps]
    case .unanswerable(let fact): ["unanswerable": fact]
    }
  }
}
