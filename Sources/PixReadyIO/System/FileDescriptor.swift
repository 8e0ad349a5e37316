#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open file descriptor, with the few calls pixready makes on it. Every call retries when a
/// signal interrupts it and reports a failure as a ``SystemError``.
public struct FileDescriptor: Sendable, Equatable, Hashable {
  /// How to open a path.
  public enum OpenMode: Sendable, Equatable {
    /// Read only.
    case read
    /// Write only, into something that already exists (a FIFO, a device): no creation, no truncation.
    case writeExisting
    /// Create a new file, readable and writable by the owner only; fails when anything, a symbolic
    /// link included, already has that name (`O_CREAT | O_EXCL | O_NOFOLLOW`).
    case createNew
  }

  /// The number the system gave.
  public let rawValue: Int32

  /// Wraps a number the system gave.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// Standard input.
  public static let standardInput = FileDescriptor(rawValue: STDIN_FILENO)
  /// Standard output.
  public static let standardOutput = FileDescriptor(rawValue: STDOUT_FILENO)
  /// Standard error.
  public static let standardError = FileDescriptor(rawValue: STDERR_FILENO)

  /// Opens `path`; the descriptor is closed on `exec`.
  ///
  /// - Throws: ``SystemError`` when the system refuses (no such file, permission, name taken…).
  public static func open(_ path: String, _ mode: OpenMode) throws(SystemError) -> FileDescriptor {
    let flags: Int32
    switch mode {
    case .read: flags = O_RDONLY
    case .writeExisting: flags = O_WRONLY | O_NOCTTY
    case .createNew: flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW
    }
    while true {
      let raw = systemOpen(path, flags | O_CLOEXEC, 0o600)
      if raw >= 0 { return FileDescriptor(rawValue: raw) }
      let error = SystemError.last
      if !error.isInterruption { throw error }
    }
  }

  /// Reads up to `buffer.count` bytes.
  ///
  /// - Returns: How many bytes were read; 0 at the end of the file.
  /// - Throws: ``SystemError`` when the read fails (a closed descriptor, an I/O error…).
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
    while true {
      #if canImport(Darwin)
        let count = Darwin.read(rawValue, buffer.baseAddress, buffer.count)
      #elseif canImport(Musl)
        let count = Musl.read(rawValue, buffer.baseAddress, buffer.count)
      #else
        let count = Glibc.read(rawValue, buffer.baseAddress, buffer.count)
      #endif
      if count >= 0 { return count }
      let error = SystemError.last
      if !error.isInterruption { throw error }
    }
  }

  /// Reads up to `count` bytes into `bytes`, from index `offset`.
  ///
  /// - Returns: How many bytes were read; 0 at the end of the file.
  /// - Throws: ``SystemError`` when the read fails.
  public func read(into bytes: inout [UInt8], at offset: Int, count: Int) throws(SystemError) -> Int {
    let result = bytes.withUnsafeMutableBytes { buffer in
      Result { () throws(SystemError) in
        try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[offset..<(offset + count)]))
      }
    }
    return try result.get()
  }

  /// Writes all of `bytes`.
  ///
  /// - Throws: ``SystemError`` at the first failed write (disk full, broken pipe, closed descriptor…).
  public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
      #if canImport(Darwin)
        let written = Darwin.write(rawValue, base + offset, bytes.count - offset)
      #elseif canImport(Musl)
        let written = Musl.write(rawValue, base + offset, bytes.count - offset)
      #else
        let written = Glibc.write(rawValue, base + offset, bytes.count - offset)
      #endif
      if written >= 0 {
        offset += written
        continue
      }
      let error = SystemError.last
      if !error.isInterruption { throw error }
    }
  }

  /// Sends the file's data and metadata to the disk (`fsync`).
  ///
  /// - Throws: ``SystemError`` when the disk could not confirm the write.
  public func sync() throws(SystemError) {
    while fsync(rawValue) != 0 {
      let error = SystemError.last
      if !error.isInterruption { throw error }
    }
  }

  /// Starts sending the data written so far to the disk (`fdatasync`, or `fsync` where there is
  /// none); the result is not needed because ``sync()`` checks everything at the end.
  public func syncDataEarly() {
    #if canImport(Darwin)
      _ = fsync(rawValue)
    #else
      _ = fdatasync(rawValue)
    #endif
  }

  /// Sets the permission bits (`fchmod`), e.g. `0o600` for owner only.
  ///
  /// - Throws: ``SystemError`` when the system refuses.
  public func setPermissions(_ permissions: UInt32) throws(SystemError) {
    while fchmod(rawValue, mode_t(permissions)) != 0 {
      let error = SystemError.last
      if !error.isInterruption { throw error }
    }
  }

  /// Closes the descriptor.
  public func close() {
    #if canImport(Darwin)
      _ = Darwin.close(rawValue)
    #elseif canImport(Musl)
      _ = Musl.close(rawValue)
    #else
      _ = Glibc.close(rawValue)
    #endif
  }

  /// Whether the descriptor is a terminal.
  public var isTerminal: Bool { isatty(rawValue) == 1 }

  private static func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Darwin)
      Darwin.open(path, flags, mode)
    #elseif canImport(Musl)
      Musl.open(path, flags, mode)
    #else
      Glibc.open(path, flags, mode)
    #endif
  }
}
