import PixReadyCore

/// Placeholder.
enum TableCommand: Command {
  static let spec = CommandSpec(name: "table", summary: LocalizedText(fr: "…", en: "…"))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode { .success }
}
