/// The order people expect of class names (divisions): numbers compared as numbers, so that
/// `2NDE2` comes before `2NDE10`, and letters compared by their spelling key (``Spelling``), so
/// that `2nde1` and `2NDE1` sit together.
///
/// The one order of classes in the product: the class file to fill in, the reports, the SIECLE
/// divisions. Texts with the same key and the same numbers are ordered by their characters, so the
/// order is total and does not depend on the input's order.
///
/// ```swift
/// ["2NDE10", "1G3", "2nde2"].sorted(by: NaturalOrder.less)  // ["1G3", "2nde2", "2NDE10"]
/// NaturalOrder.classLess("2NDE1", "")                        // true: no class comes last
/// ```
public enum NaturalOrder {
  /// Whether `a` comes before `b`.
  public static func less(_ a: String, _ b: String) -> Bool {
    let order = compare(Spelling.key(a).utf8, Spelling.key(b).utf8)
    return order != 0 ? order < 0 : a < b
  }

  /// Whether the class `a` comes before the class `b`: ``less(_:_:)``, a student without a class
  /// (an empty name) last.
  public static func classLess(_ a: String, _ b: String) -> Bool {
    if a.isEmpty || b.isEmpty { return b.isEmpty && !a.isEmpty }
    return less(a, b)
  }

  /// The rank of each distinct class name in ``classLess(_:_:)`` order: a long list sorted by
  /// class compares ranks, and each pair of names is compared once, not once per pair of rows.
  public static func classRanks(_ classes: some Sequence<String>) -> [String: Int] {
    let sorted = Set(classes).sorted(by: classLess)
    return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
  }

  /// Compares two keys: runs of ASCII digits by their value (written in any length, leading zeros
  /// aside), other bytes one by one. Negative, zero or positive, as `a` comes before, with or after `b`.
  private static func compare(_ a: String.UTF8View, _ b: String.UTF8View) -> Int {
    var i = a.startIndex
    var j = b.startIndex
    while i != a.endIndex, j != b.endIndex {
      let x = a[i]
      let y = b[j]
      guard isDigit(x), isDigit(y) else {
        if x != y { return x < y ? -1 : 1 }
        a.formIndex(after: &i)
        b.formIndex(after: &j)
        continue
      }
      // Two numbers: skip their leading zeros, then the longer is the larger, else the first digit that differs.
      while i != a.endIndex, a[i] == zero { a.formIndex(after: &i) }
      while j != b.endIndex, b[j] == zero { b.formIndex(after: &j) }
      let endI = a[i...].firstIndex { !isDigit($0) } ?? a.endIndex
      let endJ = b[j...].firstIndex { !isDigit($0) } ?? b.endIndex
      let lengths = (a.distance(from: i, to: endI), b.distance(from: j, to: endJ))
      if lengths.0 != lengths.1 { return lengths.0 < lengths.1 ? -1 : 1 }
      if let (x, y) = zip(a[i..<endI], b[j..<endJ]).first(where: { $0 != $1 }) { return x < y ? -1 : 1 }
      i = endI
      j = endJ
    }
    if i == a.endIndex, j == b.endIndex { return 0 }
    return i == a.endIndex ? -1 : 1
  }

  private static let zero = UInt8(ascii: "0")

  private static func isDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte)
  }
}
