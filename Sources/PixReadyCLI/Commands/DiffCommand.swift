import PixReadyCore

/// Placeholder.
enum DiffCommand: Command {
  static let spec = CommandSpec(name: "diff", summary: LocalizedText(fr: "…", en: "…"))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode { .success }
}
