/// SHA-256 (FIPS 180-4), used to name a tree by its content and to derive stable pseudonyms.
///
/// Written here because the package takes no dependencies and CryptoKit is not on Linux.
public struct SHA256: Sendable {
  /// The hash words (`H0`…`H7`) after the blocks compressed so far.
  typealias State = SIMD8<UInt32>

  /// The words of an empty hash.
  static let initial = State(
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)

  /// The round constants `K` (FIPS 180-4, 4.2.2).
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  private var state = Self.initial
  private var buffer: [UInt8] = []
  private var length: UInt64 = 0

  /// Creates an empty hash.
  public init() {}

  /// A hash that has already compressed `length` bytes (whole blocks) into `state`.
  init(state: State, length: UInt64) {
    self.state = state
    self.length = length
  }

  /// Adds bytes to the hash.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      buffer.append(byte)
      length &+= 1
      if buffer.count == 64 {
        buffer.withUnsafeBufferPointer { Self.compress(&state, $0.baseAddress.unsafelyUnwrapped) }
        buffer.removeAll(keepingCapacity: true)
      }
    }
  }

  /// The hash words after the bytes added so far and the final padding.
  var finalState: State {
    buffer.withUnsafeBufferPointer { Self.finish(state, length: length, tail: $0) }
  }

  /// The 32-byte digest of everything added.
  public func finalize() -> [UInt8] {
    Self.bytes(of: finalState)
  }

  /// The big-endian bytes of `state`.
  static func bytes(of state: State) -> [UInt8] {
    (0..<32).map { UInt8(truncatingIfNeeded: state[$0 >> 2] >> (24 - 8 * UInt32($0 & 3))) }
  }

  /// `state` after the last bytes of a message, `tail` (fewer than 64 unless the caller skips
  /// whole blocks), and the padding of a message of `length` bytes in all.
  static func finish(_ state: State, length: UInt64, tail: UnsafeBufferPointer<UInt8>) -> State {
    var state = state
    var rest = tail
    while rest.count >= 64, let start = rest.baseAddress {
      compress(&state, start)
      rest = UnsafeBufferPointer(rebasing: rest.dropFirst(64))
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { block in
      let total = rest.count + 9 <= 64 ? 64 : 128
      block.initialize(repeating: 0)
      if let source = rest.baseAddress, rest.count > 0 {
        block.baseAddress.unsafelyUnwrapped.update(from: source, count: rest.count)
      }
      block[rest.count] = 0x80
      let bitLength = length &* 8
      for index in 0..<8 {
        block[total - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * index))
      }
      let base = UnsafePointer(block.baseAddress.unsafelyUnwrapped)
      compress(&state, base)
      if total == 128 { compress(&state, base + 64) }
      return state
    }
  }

  /// The digest of `bytes`.
  public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hex(of bytes: some Sequence<UInt8>) -> String {
    hash(bytes).map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }.joined()
  }

  /// HMAC-SHA-256 (RFC 2104) of `message` under `key`; ``HMAC`` when one key signs many messages.
  public static func hmac(key: [UInt8], message: some Sequence<UInt8>) -> [UInt8] {
    bytes(of: HMAC(key: key).authenticate(Array(message)))
  }

  /// Compresses the 64 bytes at `block` into `state`.
  static func compress(_ state: inout State, _ block: UnsafePointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 72) { buffer in
      let w = buffer.baseAddress.unsafelyUnwrapped
      for i in 0..<16 {
        let bytes = block + 4 * i
        w[i] = UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16 | UInt32(bytes[2]) << 8 | UInt32(bytes[3])
      }
      let hash = w + 64
      for i in 0..<8 { hash[i] = state[i] }
      compress(hash, w)
      for i in 0..<8 { state[i] = hash[i] }
    }
  }
}
