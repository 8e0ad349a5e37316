#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input, output and error as the process found them.
public enum StandardDescriptors {
  /// Which of standard input, output and error were closed when the process started (`<&-`,
  /// `>&-`). Each closed one is reopened on `/dev/null`, so that no file or queue opened later takes
  /// its number (pixready would then read its own report as the class file). Call it first.
  ///
  /// - Returns: The descriptors that were closed; reading or writing them must be reported as
  ///   « descripteur de fichier invalide » by the caller.
  public static func reserveClosed() -> Set<FileDescriptor> {
    var closed: Set<FileDescriptor> = []
    for descriptor in [FileDescriptor.standardInput, .standardOutput, .standardError] {
      guard fcntl(descriptor.rawValue, F_GETFD) == -1, errno == EBADF else { continue }
      closed.insert(descriptor)
      let placeholder = open("/dev/null", O_RDWR)
      if placeholder >= 0, placeholder != descriptor.rawValue { _ = close(placeholder) }
    }
    return closed
  }
}
