#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Calls on paths: rename and remove.
public enum FileSystem {
  /// Renames `source` to `destination` atomically, replacing what `destination` named.
  ///
  /// - Throws: ``SystemError`` when the system refuses.
  public static func rename(_ source: String, to destination: String) throws(SystemError) {
    #if canImport(Darwin)
      let result = Darwin.rename(source, destination)
    #elseif canImport(Musl)
      let result = Musl.rename(source, destination)
    #else
      let result = Glibc.rename(source, destination)
    #endif
    if result != 0 { throw SystemError.last }
  }

  /// Removes the file at `path`, if any. Safe to call from a signal's handler queue.
  public static func remove(_ path: String) {
    _ = unlink(path)
  }
}
