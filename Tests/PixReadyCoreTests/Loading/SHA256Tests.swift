import PixReadyCore
import PixReadyTestSupport
import Testing

/// SHA-256 and HMAC against the published test vectors (FIPS 180-4 examples, RFC 4231).
struct SHA256Tests {
  @Test func hashesTheStandardVectors() {
    #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func computesHMACAsRFC4231() {
    let mac = SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))
    let hex = mac.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    #expect(hex == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
  }

  private static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
  }

  /// RFC 4231 test case 6 (a key longer than a block), and messages whose padding takes a second block.
  @Test func signsManyMessagesUnderOneKeyAsTheOneShotHMACDoes() {
    let long = SHA256.HMAC(key: [UInt8](repeating: 0xaa, count: 131))
    let message = Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)
    #expect(Self.hex(long.code(message)) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    // Python: hmac.new(b"k", b"a" * n, sha256).hexdigest()[:16]
    let expected = [
      55: "2cc44ce77061ae61", 56: "bc446082d08be8bf", 63: "3bcad76e5ef6f3b0", 64: "51dc6773c877547b",
      119: "cf4a16a9fb2bd68c", 120: "265c5724e8e37106",
    ]
    let short = SHA256.HMAC(key: Array("k".utf8))
    for (count, digest) in expected {
      let message = [UInt8](repeating: UInt8(ascii: "a"), count: count)
      #expect(Self.hex(short.code(message)).prefix(16) == digest, "\(count) bytes")
      #expect(SHA256.hmac(key: Array("k".utf8), message: message) == short.code(message))
      #expect(message.withUnsafeBufferPointer { short.prefix($0) } == UInt32(digest.prefix(8), radix: 16))
    }
  }

  /// Eight messages at a time, one per SIMD lane: the same prefixes as one at a time, whatever
  /// the batch's length (a last group of fewer than eight), the messages' lengths and the key's.
  @Test func prefixesEightMessagesAtATimeAsOneAtATime() {
    var generator = SplitMix(seed: 4231)
    for key in [Array("k".utf8), [UInt8](repeating: 0xaa, count: 131)] {
      let hmac = SHA256.HMAC(key: key)
      var batch = SHA256.HMAC.PrefixBatch()
      for count in [0, 1, 7, 8, 9, 17, 64] {
        batch.removeAll()
        let messages = (0..<count).map { _ in
          (0..<Int.random(in: 0...SHA256.HMAC.PrefixBatch.maximumLength, using: &generator)).map { _ in
            UInt8.random(in: 0...255, using: &generator)
          }
        }
        for (index, message) in messages.enumerated() {
          #expect(message.withUnsafeBufferPointer { batch.append($0) } == index)
        }
        // A message needing two blocks is refused, and the batch left as it was.
        #expect([UInt8](repeating: 1, count: 56).withUnsafeBufferPointer { batch.append($0) } == nil)
        #expect(batch.count == count)
        #expect(batch.prefixes(under: hmac) == messages.map { $0.withUnsafeBufferPointer { hmac.prefix($0) } })
      }
    }
    // Python: hmac.new(b"k", b"a" * 55, sha256).hexdigest()[:8], the longest message a batch takes.
    var batch = SHA256.HMAC.PrefixBatch()
    #expect([UInt8](repeating: UInt8(ascii: "a"), count: 55).withUnsafeBufferPointer { batch.append($0) } == 0)
    #expect(batch.prefixes(under: SHA256.HMAC(key: Array("k".utf8))) == [0x2cc4_4ce7])
  }
}
