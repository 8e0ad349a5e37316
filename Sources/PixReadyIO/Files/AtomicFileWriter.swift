#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file atomically with owner-only permissions: a temporary file in the same folder,
/// then `rename(2)`. Readers never see half a report, and student data is not world-readable.
public final class AtomicFileWriter: TextOutputStream {
  /// Why a file could not be written.
  public struct Failure: Error, Sendable, Equatable {
    /// The path.
    public var path: String
    /// The system's reason (`strerror`).
    public var reason: String
  }

  /// The final path.
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var failure: Failure?

  /// Opens a temporary file beside `path`, readable and writable by the owner only.
  public init(path: String) throws(Failure) {
    self.path = path
    temporaryPath = path + ".tmp-\(getpid())"
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    if descriptor >= 0 {
      close(descriptor)
      unlink(temporaryPath)
    }
  }

  /// Appends text.
  public func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flushBuffer() }
  }

  /// Writes out the buffer, syncs, and renames the temporary file over `path`.
  public func commit() throws(Failure) {
    flushBuffer()
    if let failure { throw failure }
    fsync(descriptor)
    close(descriptor)
    descriptor = -1
    guard rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw Failure(path: path, reason: reason)
    }
  }

  private func flushBuffer() {
    var offset = 0
    while offset < buffer.count, failure == nil {
      let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        failure = Failure(path: path, reason: String(cString: strerror(errno)))
      } else {
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Whether two paths name the same existing file (same device and inode).
  public static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }
}
