// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "pixready",
  // Built and tested: Linux x86_64 (glibc), by CI (.ci/run), including the static release build
  // (.ci/release.sh). Expected to build, not tested: macOS 13 or later (the Darwin branches of
  // Sources/PixReadyIO/System, the only folder that calls the operating system). Not supported:
  // Windows (an #error in that folder says so at compile time).
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pixready", targets: ["pixready"]),
    .library(name: "PixReadyCore", targets: ["PixReadyCore"]),
    .library(name: "PixReadyIO", targets: ["PixReadyIO"]),
  ],
  targets: [
    // Pure core: tree model, loading from bytes, validation, evaluation, diagnostics. No I/O.
    .target(name: "PixReadyCore"),
    // Imperative shell: CSV and SIECLE readers, prompt session, report writers, files.
    // page.js and page.css are embedded at build time (enum PageAssets): no resource bundle.
    .target(
      name: "PixReadyIO", dependencies: ["PixReadyCore"],
      exclude: ["Reports/Page/page.js", "Reports/Page/page.css"],
      plugins: ["EmbedFiles"]
    ),
    // Command-line parsing and one file per subcommand. Trees/*.json are embedded at build time
    // (enum EmbeddedTrees). The committed man page is generated (`pixready manpage`) and shipped by
    // .ci/release.sh, not compiled.
    .target(
      name: "PixReadyCLI", dependencies: ["PixReadyCore", "PixReadyIO"], exclude: ["Documentation/pixready.1"],
      plugins: ["EmbedFiles"]
    ),
    // The thin executable.
    .executableTarget(name: "pixready", dependencies: ["PixReadyCLI"]),
    // The build-tool plugin that embeds the trees and the page's files as Swift string literals
    // (no generated file is committed), and the tool it runs. Under Sources/: the design card
    // allows no top-level Plugins/.
    .plugin(
      name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"], path: "Sources/Plugins/EmbedFiles"
    ),
    .executableTarget(name: "EmbedFilesTool", path: "Sources/Tools/EmbedFiles"),
    // Micro-benchmark of one decision: tree walk, table read, flat form (Benchmarks/README.md).
    .executableTarget(name: "pixready-bench", dependencies: ["PixReadyCore"], path: "Benchmarks/Micro"),
    // What every test target shares: one golden-file helper (PIXREADY_UPDATE_GOLDEN=1 rewrites).
    // Used only by test targets.
    .target(name: "PixReadyTestSupport", path: "Tests/PixReadyTestSupport"),
    .testTarget(
      name: "PixReadyCoreTests",
      dependencies: ["PixReadyCore", "PixReadyTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "PixReadyIOTests",
      dependencies: ["PixReadyCore", "PixReadyIO", "PixReadyTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "PixReadyCLITests",
      dependencies: ["PixReadyCore", "PixReadyIO", "PixReadyCLI", "pixready", "PixReadyTestSupport"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
