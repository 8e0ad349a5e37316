import Foundation
import PackagePlugin

/// Embeds text files in the binary at build time, so that an installed binary needs no resource
/// bundle and no generated file is committed: the shipped trees (`Trees/*.json`) in PixReadyCLI, the
/// page's script and stylesheet (`Reports/Page/page.js`, `page.css`) in PixReadyIO.
///
/// The Swift source is written by the `EmbedFilesTool` executable into the plugin's work directory; the files
/// read are declared as inputs, so editing one of them rebuilds the target. `Trees/` is listed when
/// SwiftPM plans the build, which it redoes when the manifest or a target's folder changes, not
/// `Trees/`: after adding or removing a tree file, `touch Package.swift` (else the build embeds the old
/// list, or stops on « missing inputs » for a removed file).
@main
struct EmbedFilesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let (name, inputs) = try embeddedFiles(context: context, target: target)
    let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.map(\.lastPathComponent).joined(separator: ", ")) in \(target.name)",
        executable: try context.tool(named: "EmbedFilesTool").url,
        arguments: [name == "EmbeddedTrees" ? "trees" : "page", output.path] + inputs.map(\.path),
        inputFiles: inputs, outputFiles: [output])
    ]
  }

  /// The generated type's name and the files it holds, for `target`.
  private func embeddedFiles(context: PluginContext, target: Target) throws -> (String, [URL]) {
    switch target.name {
    case "PixReadyCLI":
      let trees = context.package.directoryURL.appending(path: "Trees")
      let files = try FileManager.default.contentsOfDirectory(at: trees, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
      return ("EmbeddedTrees", files)
    case "PixReadyIO":
      // The target's own folder (Target.directoryURL needs tools version 6.1).
      let page = context.package.directoryURL.appending(path: "Sources/PixReadyIO/Reports/Page")
      return ("PageAssets", [page.appending(path: "page.js"), page.appending(path: "page.css")])
    default:
      throw PluginError(description: "EmbedFiles embeds files in PixReadyCLI and PixReadyIO only, not \(target.name)")
    }
  }
}

/// A target the plugin does not know.
struct PluginError: Error, CustomStringConvertible {
  var description: String
}
