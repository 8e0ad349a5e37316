import PixReadyCore
import PixReadyIO

/// The `pixready` command line: parses arguments, dispatches to a subcommand, returns the exit code.
public enum PixReadyCLI {
  /// The version printed by `--version`.
  public static let version = "0.1.0"

  /// Runs `pixready` with `arguments` (without the program name) and the process environment.
  public static func main(_ arguments: [String], environment: [String: String]) -> Int32 {
    let closed = StandardDescriptors.reserveClosed()
    var context = CommandContext(
      language: language(arguments, environment), out: .output(closed: closed.contains(.standardOutput)),
      environment: environment, interruption: Interruption(), standardInputClosed: closed.contains(.standardInput))
    context.out.language = context.language
    context.err.language = context.language
    defer { context.interruption.stop() }
    let code = dispatch(arguments, context: &context)
    context.out.flush()
    if let failure = context.out.failure {
      context.fail(
        CLIProblem.cannotWriteStandardOutput(reason: failure.reason))
      return ExitCode.failure.rawValue
    }
    return code.rawValue
  }

  private static func dispatch(_ arguments: [String], context: inout CommandContext) -> ExitCode {
    if let value = requestedLanguage(arguments), Language(rawValue: value) == nil {
      return report(.unknownLanguage(value), context: &context)
    }
    let arguments = withoutLanguage(arguments)
    guard let first = arguments.first else {
      context.out.write(text: Help.main(context.language))
      return .success
    }
    if first == "--version" || first == "-V" {
      context.out.write(text: VersionText.text(context.language))
      return .success
    }
    if first == "--help" || first == "-h" || first == "help" {
      context.out.write(text: Help.main(context.language))
      return .success
    }
    guard let command = Subcommand(rawValue: first) else {
      let names = Subcommand.allCases.map(\.rawValue)
      let error =
        first.hasPrefix("-")
        ? UsageError.unknownOption(
          first, command: "pixready", suggestion: EditDistance.suggestion(for: first, among: ["--help", "--version"]))
        : UsageError.unknownCommand(first, suggestion: EditDistance.suggestion(for: first, among: names))
      return report(error, context: &context)
    }
    let rest = Array(arguments.dropFirst())
    do {
      let parsed = try ParsedArguments.parse(rest, spec: command.spec)
      if parsed.has("--help") {
        context.out.write(text: Help.command(command.spec, context.language))
        return .success
      }
      return try command.run(parsed, context: &context)
    } catch let error as UsageError {
      return report(error, context: &context)
    } catch let problem as any Problem {
      context.fail(problem)
      return .failure
    } catch {
      context.fail(UnexpectedProblem(detail: String(describing: error)))
      return .failure
    }
  }

  private static func report(_ error: UsageError, context: inout CommandContext) -> ExitCode {
    context.fail(error)
    context.err.write(context.messages.seeHelp(error.command) + "\n")
    return .failure
  }

  /// The arguments without `--lang X` / `--lang=X`, which may stand anywhere, even before the command.
  private static func withoutLanguage(_ arguments: [String]) -> [String] {
    var kept: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        kept += arguments[(index - 1)...]
        break
      }
      if argument.hasPrefix("--lang=") { continue }
      if argument == "--lang" {
        index += 1
        continue
      }
      kept.append(argument)
    }
    return kept
  }

  /// The value of `--lang`, if given.
  private static func requestedLanguage(_ arguments: [String]) -> String? {
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument.hasPrefix("--lang=") { return String(argument.dropFirst(7)) }
      if argument == "--lang" { return index + 1 < arguments.count ? arguments[index + 1] : "" }
    }
    return nil
  }

  /// `--lang en` or `--lang=en` anywhere wins; otherwise French.
  private static func language(_ arguments: [String], _ environment: [String: String]) -> Language {
    for (index, argument) in arguments.enumerated() {
      if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .fr }
      if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) ?? .fr }
    }
    return .fr
  }
}
