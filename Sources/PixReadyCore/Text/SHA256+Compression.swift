/// A 32-bit word of the compression: one message's (`UInt32`), or eight messages' side by side
/// (``SHA256/HMAC/PrefixBatch``), so that one compression serves both.
protocol CompressionWord {
  /// The word with `value` in every lane.
  init(broadcast value: UInt32)
  static func &+ (a: Self, b: Self) -> Self
  static func ^ (a: Self, b: Self) -> Self
  static func & (a: Self, b: Self) -> Self
  static func | (a: Self, b: Self) -> Self
  /// Σ0, Σ1, σ0 and σ1 (FIPS 180-4, 4.1.2).
  static func bigSigma0(_ x: Self) -> Self
  static func bigSigma1(_ x: Self) -> Self
  static func smallSigma0(_ x: Self) -> Self
  static func smallSigma1(_ x: Self) -> Self
}

extension UInt32: CompressionWord {
  init(broadcast value: UInt32) { self = value }
  @inline(__always) static func bigSigma0(_ x: Self) -> Self { rotate(x, 2) ^ rotate(x, 13) ^ rotate(x, 22) }
  @inline(__always) static func bigSigma1(_ x: Self) -> Self { rotate(x, 6) ^ rotate(x, 11) ^ rotate(x, 25) }
  @inline(__always) static func smallSigma0(_ x: Self) -> Self { rotate(x, 7) ^ rotate(x, 18) ^ (x &>> 3) }
  @inline(__always) static func smallSigma1(_ x: Self) -> Self { rotate(x, 17) ^ rotate(x, 19) ^ (x &>> 10) }

  @inline(__always)
  private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 &- count))
  }
}

// Rotations written as their two shifts, each right shift XORed with a left shift that is not its
// rotation's other half. Written as rotations, LLVM finds them and, with no vector rotation before
// AVX-512, works out every lane one by one; written as the right shifts and the left shifts XORed
// apart, it merges each pair of left shifts into two shifts by alternating counts, which x86
// (before AVX2) makes of four shifts and shuffles (pshufd, punpckldq). Paired this way, each shift
// stays one instruction: a message's HMAC takes 2,790 instructions instead of 3,480.
extension SIMD8<UInt32>: CompressionWord {
  init(broadcast value: UInt32) { self.init(repeating: value) }
  @inline(__always) static func bigSigma0(_ x: Self) -> Self {
    ((x &>> 2) ^ (x &<< 19)) ^ ((x &>> 13) ^ (x &<< 10)) ^ ((x &>> 22) ^ (x &<< 30))
  }
  @inline(__always) static func bigSigma1(_ x: Self) -> Self {
    ((x &>> 6) ^ (x &<< 21)) ^ ((x &>> 11) ^ (x &<< 7)) ^ ((x &>> 25) ^ (x &<< 26))
  }
  @inline(__always) static func smallSigma0(_ x: Self) -> Self {
    ((x &>> 7) ^ (x &<< 14)) ^ ((x &>> 18) ^ (x &<< 25)) ^ (x &>> 3)
  }
  @inline(__always) static func smallSigma1(_ x: Self) -> Self {
    ((x &>> 17) ^ (x &<< 13)) ^ ((x &>> 19) ^ (x &<< 15)) ^ (x &>> 10)
  }
}

extension SHA256 {
  /// The compression function (FIPS 180-4, 6.2.2), one block per lane of `Word`: `w` holds the
  /// block's 16 words and gets the rest of the schedule, `hash` holds the eight hash words and
  /// gets the new ones.
  @inline(__always)
  static func compress<Word: CompressionWord>(_ hash: UnsafeMutablePointer<Word>, _ w: UnsafeMutablePointer<Word>) {
    for i in 16..<64 {
      w[i] = w[i - 16] &+ Word.smallSigma0(w[i - 15]) &+ w[i - 7] &+ Word.smallSigma1(w[i - 2])
    }
    var a = hash[0]
    var b = hash[1]
    var c = hash[2]
    var d = hash[3]
    var e = hash[4]
    var f = hash[5]
    var g = hash[6]
    var h = hash[7]
    roundConstants.withUnsafeBufferPointer { k in
      let k = k.baseAddress.unsafelyUnwrapped
      // Eight rounds at a time, the registers' roles turning instead of their values moving.
      for i in stride(from: 0, to: 64, by: 8) {
        round(a, b, c, &d, e, f, g, &h, Word(broadcast: k[i]) &+ w[i])
        round(h, a, b, &c, d, e, f, &g, Word(broadcast: k[i + 1]) &+ w[i + 1])
        round(g, h, a, &b, c, d, e, &f, Word(broadcast: k[i + 2]) &+ w[i + 2])
        round(f, g, h, &a, b, c, d, &e, Word(broadcast: k[i + 3]) &+ w[i + 3])
        round(e, f, g, &h, a, b, c, &d, Word(broadcast: k[i + 4]) &+ w[i + 4])
        round(d, e, f, &g, h, a, b, &c, Word(broadcast: k[i + 5]) &+ w[i + 5])
        round(c, d, e, &f, g, h, a, &b, Word(broadcast: k[i + 6]) &+ w[i + 6])
        round(b, c, d, &e, f, g, h, &a, Word(broadcast: k[i + 7]) &+ w[i + 7])
      }
    }
    hash[0] = hash[0] &+ a
    hash[1] = hash[1] &+ b
    hash[2] = hash[2] &+ c
    hash[3] = hash[3] &+ d
    hash[4] = hash[4] &+ e
    hash[5] = hash[5] &+ f
    hash[6] = hash[6] &+ g
    hash[7] = hash[7] &+ h
  }

  /// One round: `d` gets `T1` added, `h` becomes `T1 + T2`.
  @inline(__always)
  private static func round<Word: CompressionWord>(
    _ a: Word, _ b: Word, _ c: Word, _ d: inout Word, _ e: Word, _ f: Word, _ g: Word, _ h: inout Word,
    _ constantAndWord: Word
  ) {
    let t1 = h &+ Word.bigSigma1(e) &+ (g ^ (e & (f ^ g))) &+ constantAndWord
    let t2 = Word.bigSigma0(a) &+ ((a & b) | (c & (a | b)))
    d = d &+ t1
    h = t1 &+ t2
  }
}
