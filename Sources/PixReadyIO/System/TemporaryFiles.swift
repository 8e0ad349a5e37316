import Dispatch

/// The temporary files a process has created and not yet renamed or removed, so that an
/// interruption (Ctrl-C, SIGTERM) can remove them on the way out. Safe to use from any thread.
public final class TemporaryFiles: @unchecked Sendable {
  private let queue = DispatchQueue(label: "pixready.temporary-files")
  private var paths: Set<String> = []

  /// An empty registry.
  public init() {}

  /// Runs `create`, which makes the file at `path`, and records `path` when it succeeds, with no
  /// ``removeAll()`` in between: an interruption arriving as the file appears waits for both, so
  /// it never leaves a file it did not know of yet.
  public func create<Value>(_ path: String, by create: () throws(SystemError) -> Value) throws(SystemError) -> Value {
    let result = queue.sync { () -> Result<Value, SystemError> in
      let result = Result { () throws(SystemError) in try create() }
      if case .success = result { paths.insert(path) }
      return result
    }
    return try result.get()
  }

  /// Forgets a temporary file renamed or removed.
  public func remove(_ path: String) {
    queue.sync { _ = paths.remove(path) }
  }

  /// The files recorded now.
  public var current: Set<String> { queue.sync { paths } }

  /// Removes every recorded file from the disk and forgets them.
  public func removeAll() {
    let all = queue.sync { () -> Set<String> in
      defer { paths.removeAll() }
      return paths
    }
    for path in all { FileSystem.remove(path) }
  }
}
