/// What spreadsheets do to identity cells on the way through CSV, noticed row by row: an INE
/// that lost its leading zeros, an INE or class turned into scientific notation, a birth year cut
/// to two digits. Each kind is told once per column, with its rows.
public struct IdentityDamage: Sendable, Equatable {
  /// One kind of damage.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// An INE of digits only, shorter than SIECLE's 11 characters (`00000000123` → `123`).
    case shortINE = "ine-leading-zeros-lost"
    /// A number in scientific notation (`3E1` → `3,00E+01`).
    case scientificNotation = "scientific-notation"
    /// A date whose year has two digits (`05/01/2009` → `05/01/09`).
    case twoDigitYear = "two-digit-year"
  }

  /// A kind of damage in a column, with the lines where it was seen.
  public struct Finding: Sendable, Equatable {
    /// The kind.
    public var kind: Kind
    /// The identity column.
    public var field: StudentIdentity.Field
    /// The first lines (or workbook rows) where it was seen, in order, at most ``IdentityDamage/lineLimit``.
    public var lines: [Int]
    /// How many rows in all.
    public var count: Int
    /// The first value seen, as an example.
    public var example: String
  }

  /// The most lines kept per finding.
  public static let lineLimit = 20

  /// The findings, in the order first seen.
  public private(set) var findings: [Finding] = []

  /// No damage seen yet.
  public init() {}

  /// Looks at one row's identity.
  public mutating func add(_ student: StudentIdentity, line: Int) {
    for field in [StudentIdentity.Field.ine, .classe, .dateNaissance] {
      guard let kind = Self.kind(of: student[field], field: field) else { continue }
      note(Finding(kind: kind, field: field, lines: [line], count: 1, example: student[field].trimmedSpaces))
    }
  }

  /// Adds the findings of rows read after those already seen (a parallel block).
  public mutating func merge(_ other: IdentityDamage) {
    for finding in other.findings { note(finding) }
  }

  private mutating func note(_ finding: Finding) {
    guard let index = findings.firstIndex(where: { $0.kind == finding.kind && $0.field == finding.field }) else {
      findings.append(finding)
      return
    }
    findings[index].count += finding.count
    findings[index].lines += finding.lines.prefix(Self.lineLimit - findings[index].lines.count)
  }

  /// The damage `text` shows in column `field`, if any.
  public static func kind(of text: String, field: StudentIdentity.Field) -> Kind? {
    let bytes = Array(text.trimmedSpaces.utf8)
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    switch field {
    case .ine, .classe:
      if isScientific(bytes) { return .scientificNotation }
      if field == .ine, (1..<11).contains(bytes.count), bytes.allSatisfy(isDigit) { return .shortINE }
      return nil
    case .dateNaissance:
      let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
      guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }), parts[2].count == 2,
        parts[0].count <= 2, parts[1].count <= 2
      else { return nil }
      return .twoDigitYear
    case .nom, .prenom:
      return nil
    }
  }

  /// `3E+01`, `3,00E+01`, `1.5e-3`: digits, maybe a decimal part, `E`, a sign, digits.
  private static func isScientific(_ bytes: [UInt8]) -> Bool {
    guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }),
      e > 0, e + 2 < bytes.count, bytes[e + 1] == UInt8(ascii: "+") || bytes[e + 1] == UInt8(ascii: "-")
    else { return false }
    let mantissa = bytes[..<e].split(
      maxSplits: 1, omittingEmptySubsequences: false,
      whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
    let digits = { (slice: ArraySlice<UInt8>) in
      !slice.isEmpty && slice.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
    return mantissa.allSatisfy(digits) && digits(bytes[(e + 2)...])
  }

  /// Whether the byte path must leave a cell of identity field `field` (its index in
  /// `StudentIdentity.Field.allCases`) to the row-by-row path, which notices damage: true for every
  /// cell ``kind(of:field:)`` flags, and for a few more (a cheap test on bytes).
  static func mayBeDamaged(field: Int, _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    switch StudentIdentity.Field.allCases[field] {
    case .ine:
      if length < 11 { return true }
      for index in 0..<length where start[index] == UInt8(ascii: "+") || start[index] == UInt8(ascii: "-") {
        return true
      }
      return false
    case .classe:
      for index in 0..<length where start[index] == UInt8(ascii: "+") || start[index] == UInt8(ascii: "-") {
        return true
      }
      return false
    case .dateNaissance: return length < 10
    case .nom, .prenom: return false
    }
  }
}
