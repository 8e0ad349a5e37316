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
    let entries = names.map { name -> LintPlan.Entry in
      guard let loaded = TreeSource.load(name) else {
        return .notFound(TreeNotFound(name: name, shipped: TreeSource.shippedNames))
      }
      return .tree(LintPlan.TreeFile(bytes: loaded.bytes, name: loaded.name, builtIn: loaded.builtIn))
    }
    let plan = LintPlan(
      entries: entries, format: format == .json ? .json : .text, strict: arguments.has("--strict"),
      language: context.language)
    let err = context.err
    let console = RunConsole(say: { err.write($0) }, fail: { [context] in context.fail($0) })
    var out = context.out
    switch LintRun(plan: plan).run(standardOutput: &out, console: console) {
    case .clean: return .success
    case .findings: return .findings
    case .notFound: return .failure
    }
  }
}
