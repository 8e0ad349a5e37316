import Foundation
import PixReadyCore
import PixReadyIO

/// `pixready lint FILE...`: checks trees and prints every finding compiler-style.
enum LintCommand: Command {

  static let spec = CommandSpec(
    name: "lint",
    summary: LocalizedText(
      fr: "vérifie des arbres : références, cycles, exhaustivité", en: "check trees: references, cycles, exhaustiveness"
    ),
    positionals: LocalizedText(fr: "[ARBRE...]", en: "[TREE...]"), positionalValues: .tree,
    minimumPositionals: 0, maximumPositionals: nil,
    options: [
      .choice(
        "--format", TextOrJSON.self,
        help: LocalizedText(fr: "format des constats (text par défaut)", en: "format of findings (default text)")),
      CommandSpec.Option(
        name: "--strict", help: LocalizedText(fr: "les avertissements font échouer", en: "warnings fail too")),
    ],
    discussion: LocalizedText(
      fr:
        "Sans argument, vérifie l'arbre fourni par défaut.",
      en: "Without argument, checks the default shipped tree."))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let format = try arguments.choice("--format", default: TextOrJSON.text, command: spec.name)
    let names = arguments.positionals.isEmpty ? [TreeSource.defaultTree] : arguments.positionals
    var all: [Diagnostic] = []
    var combinations = CombinationCount.zero
    var unreadable = false
    var reports: [String] = []
    for name in names {
      guard let loaded = TreeSource.load(name) else {
        context.fail(
          CLIProblem.unknownTree(name: name, shipped: TreeSource.shippedNames))
        unreadable = true
        continue
      }
      let check = TreeCheck(bytes: loaded.bytes, sourceName: loaded.name)
      all += check.diagnostics
      combinations += check.combinationsProven
      if format == .text {
        for diagnostic in check.diagnostics {
          context.out.write(text: diagnostic.formatted(in: context.language) + "\n")
        }
        if !check.diagnostics.hasErrors {
          context.out.write(
            text:
              context.messages.lintTreeLine(
                loaded.name, builtIn: loaded.builtIn, identity: check.identity, combinations: check.combinationsProven,
                pending: check.combinationsPending) + "\n")
        }
      } else {
        reports.append(json(check, name: loaded.name, language: context.language))
      }
    }
    let errors = all.filter { $0.severity == .error }.count
    let warnings = all.count - errors
    if format == .json {
      context.out.write("[\n" + reports.joined(separator: ",\n") + "\n]\n")
    } else {
      context.out.write(
        text: context.messages.lintSummary(
          files: names.count, errors: errors, warnings: warnings, combinations: combinations)
          + "\n")
    }
    if unreadable { return .failure }
    return errors > 0 || (arguments.has("--strict") && warnings > 0) ? .findings : .success
  }

  /// A count as a JSON number, or as a string of digits when it does not fit one.
  private static func jsonCount(_ count: CombinationCount) -> Any {
    if let value = count.intValue { return value }
    return count.description
  }

  private static func json(_ check: TreeCheck, name: String, language: Language) -> String {
    let diagnostics = check.diagnostics.map { ProblemJSON.object($0, language: language) }
    var object: [String: Any] = [
      "file": name, "combinationsProven": jsonCount(check.combinationsProven),
      "combinationsPending": jsonCount(check.combinationsPending),
      "diagnostics": diagnostics,
      "valid": check.tree != nil,
    ]
    if let identity = check.identity {
      object["tree"] = ["id": identity.id, "version": identity.version, "contentHash": identity.contentHash]
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
