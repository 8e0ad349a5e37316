#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#else
  #error("pixready needs the C library's memchr (Linux or macOS); port ByteSearch to this platform.")
#endif

/// The C library's vectorised byte search, for the readers that scan whole blocks.
enum ByteSearch {
  /// Whether the `count` bytes at `start` hold `byte`.
  static func contains(_ byte: UInt8, in start: UnsafePointer<UInt8>, count: Int) -> Bool {
    count > 0 && memchr(start, Int32(byte), count) != nil
  }
}
