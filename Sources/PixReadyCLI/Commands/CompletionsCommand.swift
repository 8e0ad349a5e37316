import PixReadyCore

/// `pixready completions bash|zsh|fish`: the shell completion script, generated from the specs.
enum CompletionsCommand: Command {
  /// The shells a script is generated for.
  static let shells = ["bash", "zsh", "fish"]

  static let spec = CommandSpec(
    name: "completions",
    summary: LocalizedText(
      fr: "affiche le script de complétion pour bash, zsh ou fish",
      en: "print the completion script for bash, zsh or fish"),
    positionals: LocalizedText(fr: "bash|zsh|fish", en: "bash|zsh|fish"), positionalValues: .choices(shells),
    minimumPositionals: 1, maximumPositionals: 1,
    discussion: LocalizedText(
      fr: """
        Installation :
          pixready completions bash > ~/.local/share/bash-completion/completions/pixready
          pixready completions zsh > "${fpath[1]}/_pixready"
          pixready completions fish > ~/.config/fish/completions/pixready.fish
        """,
      en: """
        Install:
          pixready completions bash > ~/.local/share/bash-completion/completions/pixready
          pixready completions zsh > "${fpath[1]}/_pixready"
          pixready completions fish > ~/.config/fish/completions/pixready.fish
        """))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let shell = arguments.positionals[0]
    switch shell {
    case "bash": context.out.write(BashCompletion.script())
    case "zsh": context.out.write(ZshCompletion.script(context.language))
    case "fish": context.out.write(FishCompletion.script(context.language))
    default: throw UsageError.invalidValue(option: "shell", value: shell, allowed: shells, command: spec.name)
    }
    return .success
  }
}
