import Foundation
import Testing

/// `pixready completions bash|zsh|fish`: scripts the shells accept, that complete what `--help` lists.
struct CompletionsTests {
  /// Runs `script` in `shell` with the arguments, returning its standard output.
  private func shell(_ shell: String, _ script: String, _ arguments: [String] = []) throws -> (String, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: shell)
    process.arguments = arguments + [script]
    process.currentDirectoryURL = CLIRunner.packageRoot
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
  }

  private func script(_ name: String) throws -> URL {
    let result = try CLIRunner.run(["completions", name])
    #expect(result.status == 0)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-\(UUID().uuidString).\(name)")
    try Data(result.printedStdout.utf8).write(to: url)
    return url
  }

  /// What bash completes for `words` (the last one being completed), with the generated script.
  private func bashCompletes(_ words: [String]) throws -> [String] {
    let file = try script("bash")
    defer { try? FileManager.default.removeItem(at: file) }
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let test = """
      source '\(file.path)'
      COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _pixready
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let (output, status) = try shell("/bin/bash", test, ["-c"])
    #expect(status == 0)
    return output.split(separator: "\n").map(String.init)
  }

  @Test func bashAcceptsTheScriptAndRegistersIt() throws {
    let file = try script("bash")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try shell("/bin/bash", file.path, ["-n"]).1 == 0)
    let (registered, _) = try shell("/bin/bash", "source '\(file.path)'; complete -p pixready", ["-c"])
    #expect(registered == "complete -o filenames -F _pixready pixready\n")
  }

  @Test func bashCompletesACommandFromItsStart() throws {
    #expect(try bashCompletes(["pixready", "ch"]) == ["check"])
    #expect(try bashCompletes(["pixready", "--lang", "en", "ta"]) == ["table"])
  }

  @Test func bashCompletesTheValuesTheHelpShows() throws {
    #expect(try bashCompletes(["pixready", "check", "--format", ""]) == ["csv", "json", "jsonl", "md", "html"])
    #expect(try bashCompletes(["pixready", "check", "--tree", "join"]) == ["join-error-codes"])
    #expect(try bashCompletes(["pixready", "--lang", ""]) == ["fr", "en"])
    let help = try CLIRunner.run(["check", "--help"]).stdout
    #expect(help.contains("  --format csv|json|jsonl|md|html\n"))
  }

  @Test(arguments: ["ask", "template", "check", "lint", "graph", "table", "diff", "completions", "manpage"])
  func bashOffersEveryOptionOfTheHelp(_ command: String) throws {
    let help = try CLIRunner.run([command, "--help"]).stdout
    let listed = help.split(separator: "\n").filter { $0.hasPrefix("  -") }.flatMap { line in
      line.split(separator: " ").prefix { $0.hasPrefix("-") }.map { $0.trimmingCharacters(in: [","]) }
    }
    #expect(!listed.isEmpty)
    #expect(Set(try bashCompletes(["pixready", command, "-"])) == Set(listed))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh")))
  func zshAcceptsTheScript() throws {
    let file = try script("zsh")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try shell("/usr/bin/zsh", file.path, ["-n"]).1 == 0)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fish")))
  func fishCompletesACommandAndItsValues() throws {
    let file = try script("fish")
    defer { try? FileManager.default.removeItem(at: file) }
    let test = "source '\(file.path)'; complete -C 'pixready ch'; complete -C 'pixready graph --format '"
    let (output, status) = try shell("/usr/bin/fish", test, ["-c"])
    #expect(status == 0)
    #expect(
      output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) } == ["check", "dot", "mermaid"])
  }

  @Test func unknownShellIsAUsageError() throws {
    let result = try CLIRunner.run(["completions", "powershell"])
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix("pixready: erreur : « powershell » n'est pas permis pour shell ; valeurs permises : "))
  }
}
