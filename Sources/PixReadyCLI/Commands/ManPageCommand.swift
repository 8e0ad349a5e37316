import PixReadyCore

/// `pixready manpage`: the manual page in troff, generated from the specs (`man -l` reads it).
enum ManPageCommand: Command {
  static let spec = CommandSpec(
    name: "manpage",
    summary: LocalizedText(
      fr: "affiche la page de manuel pixready.1 (troff)", en: "print the manual page pixready.1 (troff)"),
    discussion: LocalizedText(
      fr: """
        Installation : pixready manpage > ~/.local/share/man/man1/pixready.1 ; puis « man pixready ».
        Lecture directe : pixready manpage | man -l -
        """,
      en: """
        Install: pixready manpage --lang en > ~/.local/share/man/man1/pixready.1; then 'man pixready'.
        Read at once: pixready manpage --lang en | man -l -
        """))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    context.out.write(ManPage.text(context.language))
    return .success
  }
}
