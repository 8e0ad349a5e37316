// swift-tools-version: 6.0
import PackageDescription

// The fuzzing harnesses (README « Fuzzing »): one executable per parser, built by `run.sh` with
// `-sanitize=fuzzer,address`. A package of its own, so that the root `swift build` and
// `swift test` never build them. The root package is a path dependency through the link
// `.build/pixready` that `run.sh` makes to `../..`: a package's identity is the name of its folder,
// and the checkout's folder may be named anything (even `fuzz`, which would clash with this one).
let rootIdentity = "pixready"

func harness(_ name: String, _ libraries: [String]) -> Target {
  .executableTarget(
    name: name, dependencies: ["FuzzDriver"] + libraries.map { .product(name: $0, package: rootIdentity) },
    path: "Harnesses/\(name)")
}

let package = Package(
  name: "pixready-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: ".build/pixready")],
  targets: [
    // libFuzzer's driver, shared by the harnesses.
    .target(
      name: "FuzzDriver", dependencies: [.product(name: "PixReadyCore", package: rootIdentity)],
      path: "Harnesses/FuzzDriver"),
    harness("fuzz-tree", ["PixReadyCore"]),
    harness("fuzz-csv", ["PixReadyCore", "PixReadyIO"]),
    harness("fuzz-zip", ["PixReadyIO"]),
    harness("fuzz-siecle", ["PixReadyIO"]),
    harness("fuzz-xml", ["PixReadyIO"]),
    harness("fuzz-prompt", ["PixReadyIO"]),
    harness("fuzz-workbook", ["PixReadyCore", "PixReadyIO"]),
    harness("fuzz-answers", ["PixReadyCore", "PixReadyIO"]),
  ],
  // Harness glue (a C callback, one global handler) reads more simply without strict concurrency.
  swiftLanguageModes: [.v5]
)
