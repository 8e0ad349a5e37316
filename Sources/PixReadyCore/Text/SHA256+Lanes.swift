extension SHA256.HMAC {
  /// Short messages whose HMAC prefixes (``SHA256/HMAC/prefix(_:)``) are worked out eight at a
  /// time, one message per SIMD lane: the pseudonyms of a block of rows cost about a third of one
  /// message at a time.
  ///
  /// ```swift
  /// var batch = SHA256.HMAC.PrefixBatch()
  /// message.withUnsafeBufferPointer { batch.append($0) }  // 0, its index
  /// batch.prefixes(under: hmac)  // [hmac.prefix(message)]
  /// ```
  public struct PrefixBatch: Sendable {
    /// The longest message a batch takes: with its padding, it fills one block.
    public static let maximumLength = 55

    /// Each message in its padded block of 64 bytes, the length counting the key's block before it.
    private var blocks: [UInt8] = []

    /// An empty batch.
    public init() {}

    /// The number of messages.
    public var count: Int { blocks.count / 64 }

    /// Adds a message and returns the index of its prefix in ``prefixes(under:)``; `nil`, adding
    /// nothing, when it is longer than ``maximumLength`` (hash it with ``SHA256/HMAC/prefix(_:)``).
    public mutating func append(_ message: UnsafeBufferPointer<UInt8>) -> Int? {
      guard message.count <= Self.maximumLength else { return nil }
      // The padded block made on the stack, then appended in one copy.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { block in
        block.initialize(repeating: 0)
        for (index, byte) in message.enumerated() { block[index] = byte }
        block[message.count] = 0x80
        let bits = UInt64(64 + message.count) * 8
        for index in 0..<8 { block[56 + index] = UInt8(truncatingIfNeeded: bits >> UInt64(56 - 8 * index)) }
        blocks.append(contentsOf: UnsafeBufferPointer(block))
      }
      return count - 1
    }

    /// Empties the batch, keeping its memory.
    public mutating func removeAll() {
      blocks.removeAll(keepingCapacity: true)
    }

    /// The prefix of each message's HMAC under `hmac`, in the order they were added.
    public func prefixes(under hmac: SHA256.HMAC) -> [UInt32] {
      var result: [UInt32] = []
      result.reserveCapacity(count + 7)
      blocks.withUnsafeBufferPointer { blocks in
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 72) { words in
          let w = words.baseAddress.unsafelyUnwrapped
          let digest = w + 64
          var first = 0
          while first < count {
            let lanes = min(8, count - first)
            // Word i of every message in lane order; missing lanes repeat the first message.
            for i in 0..<16 {
              var word = Lanes()
              for lane in 0..<8 {
                let bytes = blocks.baseAddress.unsafelyUnwrapped + 64 * (first + (lane < lanes ? lane : 0)) + 4 * i
                word[lane] =
                  UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16 | UInt32(bytes[2]) << 8 | UInt32(bytes[3])
              }
              w[i] = word
            }
            for i in 0..<8 { digest[i] = Lanes(repeating: hmac.inner[i]) }
            SHA256.compress(digest, w)
            // The outer message is the inner digest, then padding for 64 + 32 bytes.
            for i in 0..<8 { w[i] = digest[i] }
            w[8] = Lanes(repeating: 0x8000_0000)
            for i in 9..<15 { w[i] = Lanes() }
            w[15] = Lanes(repeating: (64 + 32) * 8)
            for i in 0..<8 { digest[i] = Lanes(repeating: hmac.outer[i]) }
            SHA256.compress(digest, w)
            for lane in 0..<lanes { result.append(digest[0][lane]) }
            first += lanes
          }
        }
      }
      return result
    }

    /// One 32-bit word of eight messages.
    typealias Lanes = SIMD8<UInt32>
  }
}
