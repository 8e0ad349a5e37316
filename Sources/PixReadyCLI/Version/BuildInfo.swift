/// Where this binary was built from.
///
/// `.ci/release.sh` writes the commit into `ReleaseStamp.swift` (generated, not committed) and
/// builds with `-DPIXREADY_RELEASE`; a plain `swift build` ignores that file and knows no commit.
enum BuildInfo {
  /// The commit (`git describe --always --dirty`), or `nil` when built without the release script.
  static var commit: String? {
    #if PIXREADY_RELEASE
      ReleaseStamp.commit
    #else
      nil
    #endif
  }
}
