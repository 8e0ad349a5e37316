import Dispatch

/// Writes a report file atomically with owner-only permissions: a new temporary file with a
/// random name in the same folder, created exclusively (never through a symbolic link planted at
/// its name) and set to 0600, then synced and renamed over the destination. Readers never see half
/// a report, and student data is not world-readable.
///
/// A FIFO or a character device (`/dev/stdout`, `/dev/null`, a pipe made with `mkfifo`) is written
/// into directly: it is never replaced by a regular file. A folder, a disk device or a socket is
/// refused. For large reports the sync starts early: every 16 MiB written, a background
/// `fdatasync` sends what is written so far to the disk while the report goes on.
public final class AtomicFileWriter: ByteOutputStream {
  /// Why a file could not be written.
  public struct Failure: Error, Sendable, Equatable {
    /// The path.
    public var path: String
    /// The system's reason (`strerror`), said in the user's language by ``SystemErrorText``.
    public var reason: String

    /// A failure to write `path`, for `reason`.
    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }
  }

  /// The reason given for a destination that is neither a file, a FIFO nor a character device.
  public static let notWritableKind = "Not a regular file, FIFO or character device"

  /// The final path.
  public let path: String
  /// The temporary file renamed over ``path`` by ``commit()``; `nil` when writing into a FIFO or device.
  public let temporaryPath: String?
  private let descriptor: FileDescriptor
  private let temporaries: TemporaryFiles?
  private var open = true
  private var buffer: [UInt8] = []
  private var failure: Failure?
  private var unsynced = 0
  private let syncing = DispatchGroup()
  private static let earlySyncBytes = 16 << 20

  /// Opens the destination: a new temporary file beside `path`, or `path` itself when it is a
  /// FIFO or a character device.
  ///
  /// - Parameters:
  ///   - path: The destination.
  ///   - temporaries: Where the temporary file is recorded so that an interruption removes it.
  ///   - shared: The file holds no personal data and is meant for others (the questionnaire page,
  ///     put on a shared drive): readable by everyone (0644) instead of the owner only (0600).
  /// - Throws: ``Failure`` when the destination cannot be written (no such folder, no permission,
  ///   a folder, a disk device…).
  public init(path: String, temporaries: TemporaryFiles? = nil, shared: Bool = false) throws(Failure) {
    self.path = path
    self.temporaries = temporaries
    switch FileStatus(path: path)?.kind {
    case .fifo?, .characterDevice?:
      descriptor = try Self.failing(path) { () throws(SystemError) in try FileDescriptor.open(path, .writeExisting) }
      temporaryPath = nil
    case .directory?:
      throw Failure(path: path, reason: SystemError.isADirectory.reason)
    case .blockDevice?, .socket?, .symbolicLink?, .other?:
      throw Failure(path: path, reason: Self.notWritableKind)
    case .regular?, nil:
      (descriptor, temporaryPath) = try Self.failing(path) { () throws(SystemError) in
        try Self.createTemporary(beside: path, temporaries: temporaries, permissions: shared ? 0o644 : 0o600)
      }
    }
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    syncing.wait()
    if open { discard() }
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
  ///
  /// - Throws: ``Failure`` when a write, the sync or the rename failed; the temporary file is then
  ///   removed and the destination left as it was.
  public func commit() throws(Failure) {
    flushBuffer()
    syncing.wait()
    if let failure {
      discard()
      throw failure
    }
    guard let temporaryPath else {
      descriptor.close()
      open = false
      return
    }
    do {
      try descriptor.sync()
      descriptor.close()
      open = false
      try FileSystem.rename(temporaryPath, to: path)
      temporaries?.remove(temporaryPath)
    } catch {
      discard()
      throw Failure(path: path, reason: error.reason)
    }
  }

  /// Closes the descriptor if still open and removes the temporary file.
  private func discard() {
    if open { descriptor.close() }
    open = false
    guard let temporaryPath else { return }
    FileSystem.remove(temporaryPath)
    temporaries?.remove(temporaryPath)
  }

  private func flushBuffer() {
    buffer.withUnsafeBytes { writeAll($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    do {
      try descriptor.write(bytes)
    } catch {
      failure = Failure(path: path, reason: error.reason)
      return
    }
    unsynced += bytes.count
    if temporaryPath != nil, unsynced >= Self.earlySyncBytes, syncing.wait(timeout: .now()) == .success {
      unsynced = 0
      let descriptor = descriptor
      DispatchQueue.global().async(group: syncing) { descriptor.syncDataEarly() }
    }
  }

  /// Creates `.<name>.<random>.tmp` in the folder of `path`, exclusively, then sets its
  /// permissions (0600 for reports) whatever the umask.
  /// The result of `body`, or the failure to write `path` for the system's reason.
  private static func failing<T>(_ path: String, _ body: () throws(SystemError) -> T) throws(Failure) -> T {
    do {
      return try body()
    } catch {
      throw Failure(path: path, reason: error.reason)
    }
  }

  private static func createTemporary(
    beside path: String, temporaries: TemporaryFiles?, permissions: UInt32
  ) throws(SystemError) -> (FileDescriptor, String) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var generator = SystemRandomNumberGenerator()
    var attempts = 0
    while true {
      let suffix = String(generator.next(), radix: 16)
      let temporary = folder + "." + name + "." + suffix + ".tmp"
      let descriptor: FileDescriptor
      do throws(SystemError) {
        let open = { () throws(SystemError) in try FileDescriptor.open(temporary, .createNew) }
        if let temporaries {
          descriptor = try temporaries.create(temporary, by: open)
        } else {
          descriptor = try open()
        }
      } catch  where error == .exists && attempts < 16 {
        attempts += 1
        continue
      }
      do {
        try descriptor.setPermissions(permissions)
      } catch {
        descriptor.close()
        FileSystem.remove(temporary)
        temporaries?.remove(temporary)
        throw error
      }
      return (descriptor, temporary)
    }
  }
}
