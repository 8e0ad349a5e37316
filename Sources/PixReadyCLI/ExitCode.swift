/// The exit codes of `pixready`, documented in the README and in `--help`.
public enum ExitCode: Int32, Sendable, CaseIterable {
  /// Done; nothing to report.
  case success = 0
  /// Done, with findings: lint errors, rejected rows, `--fail-on` reached, behaviour changed (`diff`).
  case findings = 1
  /// Usage error, unusable tree, unreadable or unusable input file; nothing was written.
  case failure = 2
  /// `ask`: the input ended before the session was finished.
  case endOfInput = 3
  /// Interrupted by Ctrl-C.
  case interrupted = 130
}
