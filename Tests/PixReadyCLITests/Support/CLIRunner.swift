import Foundation
import PixReadyTestSupport
import Testing

/// Runs the real `pixready` binary as a subprocess, as a user would.
enum CLIRunner {
  /// What a run printed and returned.
  ///
  /// `stdout` and `stderr` are the words printed, read with ordinary spaces where French typography
  /// put non-breaking ones (``plain``): tests of content compare words. The bytes as printed are in
  /// `printedStdout` and `printedStderr`, for golden files and tests of typography.
  struct Result {
    var printedStdout: String
    var printedStderr: String
    var status: Int32

    /// Standard output, non-breaking spaces read as spaces.
    var stdout: String { printedStdout.plain }
    /// Standard error, non-breaking spaces read as spaces.
    var stderr: String { printedStderr.plain }
  }

  /// The package root, found from this file's path.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return url
  }()

  /// The built binary, next to the test bundle.
  static var binary: URL {
    Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("pixready")
  }

  /// Where a standard stream of the run goes instead of a pipe.
  enum Redirection {
    /// The file at this path (`< classe.csv`, `> /dev/full`).
    case file(String)
    /// Closed (`<&-`, `>&-`).
    case closed
  }

  /// Runs `pixready arguments` with `stdin`, in `directory` (the package root by default);
  /// `input` and `output` replace the standard input's and output's pipes.
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:], directory: URL? = nil,
    input redirectedInput: Redirection? = nil, output redirectedOutput: Redirection? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var closing: [String] = []
    if case .closed = redirectedInput { closing.append("<&-") }
    if case .closed = redirectedOutput { closing.append(">&-") }
    if !closing.isEmpty {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "exec \"$0\" \"$@\" " + closing.joined(separator: " "), binary.path] + arguments
    }
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    if case .file(let path) = redirectedInput {
      process.standardInput = FileHandle(forReadingAtPath: path)
    }
    if case .file(let path) = redirectedOutput {
      process.standardOutput = FileHandle(forWritingAtPath: path)
    }
    try process.run()
    if case .file = redirectedInput {
    } else {
      input.fileHandleForWriting.write(Data(stdin.utf8))
    }
    try input.fileHandleForWriting.close()
    var outData = Data()
    if case .file = redirectedOutput {
      try output.fileHandleForWriting.close()
    } else {
      outData = output.fileHandleForReading.readDataToEndOfFile()
    }
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      printedStdout: String(decoding: outData, as: UTF8.self), printedStderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// The path of a fixture in `Tests/PixReadyCLITests/Fixtures/`.
  static func fixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Tests/PixReadyCLITests/Fixtures/\(name)").path
  }
}
