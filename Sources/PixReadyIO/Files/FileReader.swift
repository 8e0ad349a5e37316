/// Reads the start of a file, or all of it up to a limit, with the system's reason on failure.
public enum FileReader {
  /// Why a file could not be read.
  public struct Failure: Error, Sendable, Equatable {
    /// The path.
    public var path: String
    /// The system's reason (`strerror`).
    public var reason: String
  }

  /// Up to `maximum` bytes from the start of the file at `path`.
  ///
  /// - Returns: The bytes, and whether they are the whole file.
  /// - Throws: ``Failure`` when the file cannot be opened or read (a folder, no permission…).
  public static func read(path: String, maximum: Int) throws(Failure) -> (bytes: [UInt8], complete: Bool) {
    do {
      let descriptor = try FileDescriptor.open(path, .read)
      defer { descriptor.close() }
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while bytes.count <= maximum {
        let wanted = min(chunk.count, maximum + 1 - bytes.count)
        let count = try descriptor.read(into: &chunk, at: 0, count: wanted)
        if count == 0 { return (bytes, true) }
        bytes += chunk[..<count]
      }
      return (Array(bytes.prefix(maximum)), false)
    } catch {
      throw Failure(path: path, reason: error.reason)
    }
  }
}
