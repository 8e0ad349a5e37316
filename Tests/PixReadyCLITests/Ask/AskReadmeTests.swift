import Foundation
import Testing

/// The README's transcript of `pixready ask` is what the binary prints.
struct AskReadmeTests {
  @Test func theReadmeTranscriptIsARealSession() throws {
    let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```\n$ pixready ask\n"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let transcript = String(readme[start.upperBound..<end.lowerBound])

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "\"$0\" ask 2>&1", CLIRunner.binary.path]
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data("oui\noui\nLéa\naucune\nENT\no\nCertifiable\nnon\n".utf8))
    try input.fileHandleForWriting.close()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(printed.plain == transcript)
  }
}
