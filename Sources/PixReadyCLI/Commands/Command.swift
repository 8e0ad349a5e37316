import PixReadyCore

/// A subcommand: its spec and how it runs.
protocol Command {
  /// What the command accepts, for parsing and help.
  static var spec: CommandSpec { get }
  /// Runs with parsed arguments; returns the exit code.
  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode
}
