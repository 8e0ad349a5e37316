/// The subcommands of `pixready`, in the order `--help` lists them.
enum Subcommand: String, CaseIterable {
  case ask
  case page
  case template
  case check
  case lint
  case graph
  case table
  case diff
  case completions
  case manpage

  /// What the subcommand accepts.
  var spec: CommandSpec {
    switch self {
    case .ask: AskCommand.spec
    case .page: PageCommand.spec
    case .template: TemplateCommand.spec
    case .check: CheckCommand.spec
    case .lint: LintCommand.spec
    case .graph: GraphCommand.spec
    case .table: TableCommand.spec
    case .diff: DiffCommand.spec
    case .completions: CompletionsCommand.spec
    case .manpage: ManPageCommand.spec
    }
  }

  /// Runs the subcommand.
  func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    switch self {
    case .ask: try AskCommand.run(arguments, context: &context)
    case .page: try PageCommand.run(arguments, context: &context)
    case .template: try TemplateCommand.run(arguments, context: &context)
    case .check: try CheckCommand.run(arguments, context: &context)
    case .lint: try LintCommand.run(arguments, context: &context)
    case .graph: try GraphCommand.run(arguments, context: &context)
    case .table: try TableCommand.run(arguments, context: &context)
    case .diff: try DiffCommand.run(arguments, context: &context)
    case .completions: try CompletionsCommand.run(arguments, context: &context)
    case .manpage: try ManPageCommand.run(arguments, context: &context)
    }
  }
}
