import PixReadyCore
import PixReadyIO

/// The README's table of exit codes, generated from ``ExitCode`` and its meanings, as `--help`
/// and the man page are. A test keeps the README's copy current (`PIXREADY_UPDATE_GOLDEN=1`
/// rewrites it between the two markers).
enum ExitCodeTable {
  /// The line before the table in the README.
  static let startMarker =
    "<!-- Generated from ExitCode (Sources/PixReadyCLI/ExitCode+Meaning.swift): "
    + "PIXREADY_UPDATE_GOLDEN=1 swift test --filter ReadmeCommandTableTests rewrites it. -->"
  /// The line after the table in the README.
  static let endMarker = "<!-- End of the generated exit code table. -->"

  /// The Markdown table: every code, what it means in French and in English, and for code 1 what
  /// it means for each command that returns it.
  static func markdown() -> String {
    var text = "| code | signification | meaning |\n|---|---|---|\n"
    for code in ExitCode.allCases {
      text += "| \(code.rawValue) | \(cell(code.meaning(.fr))) | \(cell(code.meaning(.en))) |\n"
      for command in Subcommand.allCases where command.exitCodes.contains(code) {
        let french = code.meaning(.fr, for: command)
        // A command's meaning the general line already holds (ask's « fin de l'entrée ») says nothing new.
        guard !code.meaning(.fr).hasSuffix(french) else { continue }
        text += "| \(code.rawValue) (`\(command.spec.name)`) | \(cell(french)) | "
        text += "\(cell(code.meaning(.en, for: command))) |\n"
      }
    }
    return text
  }

  private static func cell(_ text: String) -> String { MarkdownText.inline(text) }
}
