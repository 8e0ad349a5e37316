import PixReadyCore

/// What `pixready --version` prints: the version, the commit, the shipped trees' ids and versions.
enum VersionText {
  static func text(_ language: Language) -> String {
    let fr = language == .fr
    var text = "pixready \(PixReadyCLI.version)\n"
    if let commit = BuildInfo.commit {
      text += "commit \(commit)\n"
    } else {
      text +=
        fr ? "commit inconnu (construit sans .ci/release.sh)\n" : "commit unknown (built without .ci/release.sh)\n"
    }
    text += fr ? "Arbres fournis :\n" : "Shipped trees:\n"
    for file in EmbeddedTrees.files {
      let identity = TreeCheck(bytes: Array(file.json.utf8), sourceName: "Trees/\(file.name)").identity
      text += "  " + (identity.map { "\($0.id) \($0.version)" } ?? file.name) + "\n"
    }
    return text
  }
}
