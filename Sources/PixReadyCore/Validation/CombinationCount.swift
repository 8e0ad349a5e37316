/// A number of combinations of answers, exact however large (a chain of 64 boolean questions
/// already has more than `Int.max`).
///
/// An unsigned integer of any size, with just what counting combinations needs: add, multiply and
/// divide exactly by a small number, compare, print in decimal.
public struct CombinationCount: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible,
  ExpressibleByIntegerLiteral
{
  /// Base-2³² digits, least significant first, without leading zeros (zero is empty).
  private var limbs: [UInt32]

  /// Zero.
  public static let zero = CombinationCount(0)

  /// The count `value` (negative values count as zero).
  public init(_ value: Int) {
    var rest = UInt(max(0, value))
    limbs = []
    while rest > 0 {
      limbs.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    }
  }

  /// The count written as a literal (`256`).
  public init(integerLiteral value: Int) {
    self.init(value)
  }

  /// The count as an `Int`, or `nil` when it does not fit.
  public var intValue: Int? {
    guard limbs.count <= 2 else { return nil }
    var value: UInt = 0
    for limb in limbs.reversed() { value = value << 32 | UInt(limb) }
    return value <= UInt(Int.max) ? Int(value) : nil
  }

  /// Whether the count is zero.
  public var isZero: Bool { limbs.isEmpty }

  /// The sum of two counts.
  public static func + (left: CombinationCount, right: CombinationCount) -> CombinationCount {
    var result = CombinationCount(0)
    var carry: UInt64 = 0
    for index in 0..<max(left.limbs.count, right.limbs.count) {
      let sum =
        UInt64(index < left.limbs.count ? left.limbs[index] : 0)
        + UInt64(index < right.limbs.count ? right.limbs[index] : 0) + carry
      result.limbs.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry > 0 { result.limbs.append(UInt32(carry)) }
    return result
  }

  /// Adds a count.
  public static func += (left: inout CombinationCount, right: CombinationCount) {
    left = left + right
  }

  /// The count times a small factor (`factor` ≥ 0, below 2³²).
  public func multiplied(by factor: Int) -> CombinationCount {
    let multiplier = UInt64(max(0, min(factor, Int(UInt32.max))))
    guard multiplier > 0 else { return .zero }
    var result = CombinationCount(0)
    var carry: UInt64 = 0
    for limb in limbs {
      let product = UInt64(limb) * multiplier + carry
      result.limbs.append(UInt32(truncatingIfNeeded: product))
      carry = product >> 32
    }
    if carry > 0 { result.limbs.append(UInt32(carry)) }
    return result
  }

  /// The count divided by a small divisor (`divisor` ≥ 1, below 2³²), rounded down.
  public func divided(by divisor: Int) -> CombinationCount {
    let divisor = UInt64(max(1, min(divisor, Int(UInt32.max))))
    var result = [UInt32](repeating: 0, count: limbs.count)
    var remainder: UInt64 = 0
    for index in limbs.indices.reversed() {
      let current = remainder << 32 | UInt64(limbs[index])
      result[index] = UInt32(current / divisor)
      remainder = current % divisor
    }
    while result.last == 0 { result.removeLast() }
    var count = CombinationCount(0)
    count.limbs = result
    return count
  }

  /// Orders counts by value.
  public static func < (left: CombinationCount, right: CombinationCount) -> Bool {
    if left.limbs.count != right.limbs.count { return left.limbs.count < right.limbs.count }
    for index in left.limbs.indices.reversed() where left.limbs[index] != right.limbs[index] {
      return left.limbs[index] < right.limbs[index]
    }
    return false
  }

  /// The count in decimal digits.
  public var description: String {
    guard !isZero else { return "0" }
    var chunks: [UInt32] = []
    var rest = self
    while !rest.isZero {
      let quotient = rest.divided(by: 1_000_000_000)
      let product = quotient.multiplied(by: 1_000_000_000)
      chunks.append(rest.subtractingSmaller(product))
      rest = quotient
    }
    var text = String(chunks.removeLast())
    for chunk in chunks.reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
  }

  /// `self - other` where the difference is below 2³² (the remainder of a division).
  private func subtractingSmaller(_ other: CombinationCount) -> UInt32 {
    let low = UInt64(limbs.first ?? 0) | UInt64(limbs.count > 1 ? limbs[1] : 0) << 32
    let otherLow = UInt64(other.limbs.first ?? 0) | UInt64(other.limbs.count > 1 ? other.limbs[1] : 0) << 32
    return UInt32(truncatingIfNeeded: low &- otherLow)
  }
}
