extension Subcommand {
  /// The exit codes this subcommand can return, as its `--help` lists them.
  var exitCodes: [ExitCode] {
    switch self {
    case .ask: [.success, .failure, .endOfInput, .interrupted]
    case .template, .graph, .table, .page, .completions, .manpage: [.success, .failure]
    case .check, .lint, .diff: [.success, .findings, .failure]
    }
  }

  /// The subcommand whose spec is named `name`.
  static func named(_ name: String) -> Subcommand? {
    allCases.first { $0.spec.name == name }
  }
}
