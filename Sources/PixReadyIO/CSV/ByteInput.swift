#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the bytes of a class file come from: a file, standard input, or memory (tests).
public enum ByteInput: Sendable {
  /// An open file descriptor, read with `read(2)`; closed by the reader unless it is standard input.
  case descriptor(Int32)
  /// Bytes in memory.
  case memory([UInt8])

  /// Opens `path` for reading; `-` is standard input.
  public static func open(path: String) throws(CSVInputError) -> ByteInput {
    if path == "-" { return .descriptor(STDIN_FILENO) }
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      throw .cannotOpen(path: path, reason: String(cString: strerror(EISDIR)))
    }
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    return .descriptor(descriptor)
  }
}
