import PixReadyCore
import PixReadyIO

/// The README's command summary, generated from the specs: one row per subcommand, in the order of
/// `--help`, with its summary in French and in English. A test keeps the README's copy current
/// (`PIXREADY_UPDATE_GOLDEN=1` rewrites it between the two markers).
enum CommandTable {
  /// The line before the table in the README.
  static let startMarker =
    "<!-- Generated from the command specs (Sources/PixReadyCLI/Documentation/CommandTable.swift): "
    + "PIXREADY_UPDATE_GOLDEN=1 swift test --filter ReadmeCommandTableTests rewrites it. -->"
  /// The line after the table in the README.
  static let endMarker = "<!-- End of the generated command table. -->"

  /// The Markdown table.
  static func markdown() -> String {
    var text = "| commande / command | à quoi elle sert | what it does |\n|---|---|---|\n"
    for command in Subcommand.allCases {
      let summary = command.spec.summary
      text += "| `pixready \(command.spec.name)` | \(MarkdownText.inline(summary.text(in: .fr))) | "
      text += "\(MarkdownText.inline(summary.text(in: .en))) |\n"
    }
    return text
  }
}
