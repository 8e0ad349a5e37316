import Foundation
import Testing

/// `--help` as a first-time user reads it (issue 17, points 18 and 19): options in aligned columns,
/// each subcommand with only its own exit codes; `lint` alone names the built-in tree as such.
struct HelpLayoutTests {
  /// The options section of a help text, one line per row.
  private func optionLines(_ help: String) -> [Substring] {
    let section = help.components(separatedBy: "\nOptions :\n").last?.components(separatedBy: "\n\n").first ?? ""
    return section.split(separator: "\n")
  }

  @Test(arguments: ["ask", "template", "check", "lint", "graph", "table", "diff"])
  func alignsEveryDescriptionInOneColumn(command: String) throws {
    let result = try CLIRunner.run([command, "--help"])
    #expect(result.status == 0)
    let lines = optionLines(result.stdout)
    #expect(lines.count >= 2)
    // Where each description starts: after the name's column, or on the next line for a long name.
    var starts: Set<Int> = []
    for line in lines {
      let text = String(line)
      if text.hasPrefix("  --") || text.hasPrefix("  -") {
        guard let gap = text.dropFirst(2).range(of: "  ") else { continue }  // a long name alone on its line
        let rest = text[gap.upperBound...]
        let start = text.distance(from: text.startIndex, to: rest.firstIndex { $0 != " " } ?? rest.startIndex)
        starts.insert(start)
      } else {
        starts.insert(text.prefix { $0 == " " }.count)
      }
    }
    #expect(starts.count == 1, "\(command): descriptions start at columns \(starts.sorted())")
  }

  /// The main help's command list: every summary starts in the same column, « completions » included.
  @Test(arguments: ["fr", "en"])
  func alignsTheCommandSummariesInOneColumn(language: String) throws {
    let help = try CLIRunner.run(["--lang", language, "--help"]).stdout
    let heading = language == "fr" ? "\nCommandes :\n" : "\nCommands:\n"
    let section = help.components(separatedBy: heading).last?.components(separatedBy: "\n\n").first ?? ""
    let lines = section.split(separator: "\n")
    #expect(lines.count == 10)
    let starts = Set(
      lines.map { line in
        let afterName = line.dropFirst(2).drop { $0 != " " }
        return line.count - afterName.drop { $0 == " " }.count
      })
    #expect(starts.count == 1, "summaries start at columns \(starts.sorted())")
  }

  @Test func eachSubcommandListsOnlyItsOwnExitCodes() throws {
    let template = try CLIRunner.run(["template", "--help"])
    #expect(
      template.stdout.hasSuffix(
        "Codes de sortie :\n  0    terminé, rien à signaler\n"
          + "  2    erreur d'usage, arbre inutilisable, fichier illisible, écriture impossible (y compris sur la "
          + "sortie standard) ; rien n'est écrit avec -o\n"))
    #expect(!template.stdout.contains("ask"))
    let check = try CLIRunner.run(["check", "--help"])
    #expect(check.stdout.contains("\n  1    terminé avec des lignes rejetées, ou --fail-on atteint\n"))
    #expect(!check.stdout.contains("comportement modifié") && !check.stdout.contains("\n  3 "))
    let ask = try CLIRunner.run(["ask", "--help", "--lang", "en"])
    #expect(ask.stdout.contains("\n  3    input ended before the session finished\n  130  interrupted (Ctrl-C)\n"))
    #expect(!ask.stdout.contains("\n  1    "))
  }

  @Test func lintWithoutAFileNamesTheBuiltInTree() throws {
    let directory = FileManager.default.temporaryDirectory
    let result = try CLIRunner.run(["lint"], directory: directory)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("arbre intégré au binaire : certification-readiness@"))
    #expect(!result.stdout.contains("Trees/"))
    #expect(
      result.stdout.hasSuffix("1 arbre vérifié : 0 erreur, 0 avertissement, 2304 combinaisons de réponses prouvées.\n"))
  }
}
