/// Where the bytes of a class file come from: a file, standard input, or memory (tests).
public enum ByteInput: Sendable {
  /// An open file descriptor, read with `read(2)`; closed by the reader unless it is standard input.
  case descriptor(FileDescriptor)
  /// Bytes in memory.
  case memory([UInt8])

  /// Opens `path` for reading; `-` is standard input.
  public static func open(path: String) throws(CSVInputError) -> ByteInput {
    if path == "-" { return .descriptor(.standardInput) }
    if FileStatus(path: path)?.kind == .directory {
      throw .cannotOpen(path: path, reason: SystemError.isADirectory.reason)
    }
    do {
      return .descriptor(try FileDescriptor.open(path, .read))
    } catch {
      throw .cannotOpen(path: path, reason: error.reason)
    }
  }
}
