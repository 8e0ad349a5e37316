#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path or an open descriptor is (a regular file, a pipe, a device…) and which file it is.
public struct FileStatus: Sendable, Equatable {
  /// The kinds of files the system knows.
  public enum Kind: Sendable, Equatable {
    /// An ordinary file.
    case regular
    /// A folder.
    case directory
    /// A named pipe (FIFO) or an anonymous pipe.
    case fifo
    /// A character device (`/dev/null`, a terminal).
    case characterDevice
    /// A block device (a disk).
    case blockDevice
    /// A symbolic link (only from ``init(linkAt:)``).
    case symbolicLink
    /// A socket.
    case socket
    /// Anything else.
    case other
  }

  /// The kind of file.
  public var kind: Kind
  /// The device holding the file.
  public var device: UInt64
  /// The file's number on its device.
  public var inode: UInt64
  /// The permission bits (`0o600`).
  public var permissions: UInt32

  /// The file at `path`, following symbolic links; `nil` when there is none.
  public init?(path: String) {
    var raw = stat()
    guard stat(path, &raw) == 0 else { return nil }
    self.init(raw)
  }

  /// The entry at `path` itself, a symbolic link included; `nil` when there is none.
  public init?(linkAt path: String) {
    var raw = stat()
    guard lstat(path, &raw) == 0 else { return nil }
    self.init(raw)
  }

  /// The file open on `descriptor`; `nil` when the descriptor is closed.
  public init?(descriptor: FileDescriptor) {
    var raw = stat()
    guard fstat(descriptor.rawValue, &raw) == 0 else { return nil }
    self.init(raw)
  }

  private init(_ raw: stat) {
    device = UInt64(raw.st_dev)
    inode = UInt64(raw.st_ino)
    permissions = UInt32(raw.st_mode) & 0o7777
    switch UInt32(raw.st_mode) & UInt32(S_IFMT) {
    case UInt32(S_IFREG): kind = .regular
    case UInt32(S_IFDIR): kind = .directory
    case UInt32(S_IFIFO): kind = .fifo
    case UInt32(S_IFCHR): kind = .characterDevice
    case UInt32(S_IFBLK): kind = .blockDevice
    case UInt32(S_IFLNK): kind = .symbolicLink
    case UInt32(S_IFSOCK): kind = .socket
    default: kind = .other
    }
  }

  /// Whether both statuses describe the same file (same device and inode).
  public func isSameFile(as other: FileStatus) -> Bool {
    device == other.device && inode == other.inode
  }

  /// Whether two paths name the same existing file.
  public static func sameFile(_ first: String, _ second: String) -> Bool {
    guard let a = FileStatus(path: first), let b = FileStatus(path: second) else { return false }
    return a.isSameFile(as: b)
  }
}
