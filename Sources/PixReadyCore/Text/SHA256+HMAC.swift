extension SHA256 {
  /// HMAC-SHA-256 (RFC 2104) under one key, for many messages: the key's inner and outer padded
  /// blocks are compressed once, so a short message costs two compressions of its own.
  ///
  /// ```swift
  /// let hmac = SHA256.HMAC(key: Array("secret".utf8))
  /// hmac.code(Array("message".utf8))  // the 32-byte digest of SHA256.hmac(key:message:)
  /// ```
  public struct HMAC: Sendable, Equatable {
    /// The key's inner and outer padded blocks, compressed.
    let inner: State
    let outer: State

    /// Prepares `key` (hashed first when longer than a block, as the RFC says).
    public init(key: [UInt8]) {
      var block = key.count > 64 ? SHA256.hash(key) : key
      block += [UInt8](repeating: 0, count: 64 - block.count)
      var inner = SHA256.initial
      var outer = SHA256.initial
      block.map { $0 ^ 0x36 }.withUnsafeBufferPointer { compress(&inner, $0.baseAddress.unsafelyUnwrapped) }
      block.map { $0 ^ 0x5c }.withUnsafeBufferPointer { compress(&outer, $0.baseAddress.unsafelyUnwrapped) }
      self.inner = inner
      self.outer = outer
    }

    /// The 32-byte HMAC of `message`.
    public func code(_ message: [UInt8]) -> [UInt8] {
      SHA256.bytes(of: authenticate(message))
    }

    /// The first 32 bits of the HMAC of `message`, big-endian: its first four bytes.
    public func prefix(_ message: UnsafeBufferPointer<UInt8>) -> UInt32 {
      authenticate(message)[0]
    }

    /// The digest words of the HMAC of `message`.
    func authenticate(_ message: [UInt8]) -> State {
      message.withUnsafeBufferPointer { authenticate($0) }
    }

    private func authenticate(_ message: UnsafeBufferPointer<UInt8>) -> State {
      let digest = SHA256.finish(inner, length: 64 + UInt64(message.count), tail: message)
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { bytes in
        for index in 0..<32 {
          bytes[index] = UInt8(truncatingIfNeeded: digest[index >> 2] >> (24 - 8 * UInt32(index & 3)))
        }
        return SHA256.finish(outer, length: 64 + 32, tail: UnsafeBufferPointer(bytes))
      }
    }
  }
}
