/// The subcommands of `pixready`, in the order `--help` lists them.
enum Subcommand: String, CaseIterable {
  case template
  case check
  case lint

  /// What the subcommand accepts.
  var spec: CommandSpec {
    switch self {
    case .template: TemplateCommand.spec
    case .check: CheckCommand.spec
    case .lint: LintCommand.spec
    }
  }

  /// Runs the subcommand.
  func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    switch self {
    case .template: try TemplateCommand.run(arguments, context: &context)
    case .check: try CheckCommand.run(arguments, context: &context)
    case .lint: try LintCommand.run(arguments, context: &context)
    }
  }
}
