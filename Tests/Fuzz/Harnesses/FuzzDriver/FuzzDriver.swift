import PixReadyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libFuzzer's entry point when the program keeps its own `main` (SwiftPM renames an executable's
/// `main`, so `LLVMFuzzerTestOneInput` alone would not link).
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The one input handler of this process; libFuzzer's callback is a C function and captures nothing.
nonisolated(unsafe) private var handler: (([UInt8]) -> Void)?

/// What every harness shares: running libFuzzer, failing loudly, finding the repository's files.
public enum FuzzDriver {
  /// Runs libFuzzer with the command line's options, calling `test` with each input; never returns.
  public static func run(_ test: @escaping ([UInt8]) -> Void) -> Never {
    handler = test
    var argc = CommandLine.argc
    var argv = Optional(CommandLine.unsafeArgv)
    let status = llvmFuzzerRunDriver(&argc, &argv) { data, size in
      handler?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
      return 0
    }
    exit(status)
  }

  /// Stops the process with `message` (libFuzzer then saves the input as a crash) unless `condition`.
  public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    say("fuzz invariant broken: \(message())")
    abort()
  }

  /// Writes a line on standard error.
  public static func say(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }

  /// The repository's root folder, from this file's path.
  public static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(5)  // Tests/Fuzz/Harnesses/FuzzDriver/FuzzDriver.swift
    return parts.joined(separator: "/")
  }()

  /// The bytes of a file of the repository (`Trees/certification-readiness.json`).
  public static func bytes(_ relativePath: String) -> [UInt8] {
    guard let file = fopen(root + "/" + relativePath, "rb") else {
      say("cannot open \(root)/\(relativePath)")
      exit(2)
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count <= 0 { break }
      bytes += chunk[..<count]
    }
    return bytes
  }

  /// The shipped tree, validated: the harnesses of the batch and the prompt run it.
  public static func shippedTree(_ name: String = "certification-readiness") -> ValidatedTree {
    guard let tree = TreeCheck(bytes: bytes("Trees/\(name).json"), sourceName: name).tree else {
      say("the shipped tree \(name) does not validate")
      exit(2)
    }
    return tree
  }
}
