/// The subcommands of `pixready`, in the order `--help` lists them.
enum Subcommand: String, CaseIterable {
  case ask
  case lint

  /// What the subcommand accepts.
  var spec: CommandSpec {
    switch self {
    case .ask: AskCommand.spec
    case .lint: LintCommand.spec
    }
  }

  /// Runs the subcommand.
  func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    switch self {
    case .ask: try AskCommand.run(arguments, context: &context)
    case .lint: try LintCommand.run(arguments, context: &context)
    }
  }
}
