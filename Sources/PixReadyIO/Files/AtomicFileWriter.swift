import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file atomically with owner-only permissions: a temporary file in the same folder,
/// then `rename(2)`. Readers never see half a report, and student data is not world-readable.
///
/// The file is synced before the rename. For large reports the sync starts early: every 16 MiB
/// written, a background `fdatasync` sends what is written so far to the disk while the report
/// goes on, so the last sync only waits for the end of the file.
public final class AtomicFileWriter: ByteOutputStream {
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
  private var unsynced = 0
  private let syncing = DispatchGroup()
  private static let earlySyncBytes = 16 << 20

  /// Opens a temporary file beside `path`, readable and writable by the owner only.
  ///
  /// - Parameter shared: the file holds no personal data and is meant for others (the
  ///   questionnaire page, put on a shared drive): readable by everyone, as the umask allows.
  public init(path: String, shared: Bool = false) throws(Failure) {
    self.path = path
    temporaryPath = path + ".tmp-\(getpid())"
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, shared ? 0o644 : 0o600)
    guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    syncing.wait()
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

  /// Appends bytes; a large run is written straight through, without a copy into the buffer.
  public func write(bytes: UnsafeRawBufferPointer) {
    if buffer.count + bytes.count < 1 << 16 {
      buffer.append(contentsOf: bytes)
      return
    }
    flushBuffer()
    writeAll(bytes)
  }

  /// Writes out the buffer, syncs, and renames the temporary file over `path`.
  public func commit() throws(Failure) {
    flushBuffer()
    syncing.wait()
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
    buffer.withUnsafeBytes { writeAll($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count, failure == nil, let base = bytes.baseAddress {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = Failure(path: path, reason: String(cString: strerror(errno)))
      } else {
        offset += written
      }
    }
    unsynced += bytes.count
    if unsynced >= Self.earlySyncBytes, syncing.wait(timeout: .now()) == .success {
      unsynced = 0
      let descriptor = descriptor
      DispatchQueue.global().async(group: syncing) { _ = fdatasync(descriptor) }
    }
  }

  /// Whether two paths name the same existing file (same device and inode).
  public static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }
}
