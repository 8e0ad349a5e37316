import Testing

@testable import PixReadyIO

/// A pseudonym's code written as the eight hex digits of « Élève 7F3A2C91 ».
struct PseudonymDigitsTests {
  /// The eight digits worked out at once are the code's hex digits in capitals, every nibble in
  /// every place: checked against the standard library's formatting.
  @Test func writesTheCodeInEightCapitalHexDigits() {
    var codes: [UInt32] = [
      0, 1, 9, 10, 15, 0x7F3A_2C91, 0x9999_9999, 0xAAAA_AAAA, 0xFFFF_FFFF, 0x0123_4567, 0x89AB_CDEF,
    ]
    for place in 0..<8 {
      for nibble in UInt32(0)..<16 {
        codes.append(nibble << (4 * UInt32(place)) | 0x5A5A_5A5A & ~(0xF << (4 * UInt32(place))))
      }
    }
    var state: UInt32 = 2_463_534_242
    for _ in 0..<2_000 {
      state ^= state << 13
      state ^= state >> 17
      state ^= state << 5
      codes.append(state)
    }
    for code in codes {
      let expected =
        String(repeating: "0", count: 8 - String(code, radix: 16).count) + String(code, radix: 16, uppercase: true)
      #expect(Pseudonymizer.hex(code) == expected)
      #expect((0..<8).map { Pseudonymizer.hexDigit(code, at: $0) } == Array(expected.utf8))
    }
  }
}
