/// A cell's place in a sheet, written as spreadsheets do: `B12` is column 2, row 12.
public struct CellReference: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// The column, from 0 (`A`).
  public var column: Int
  /// The row, from 1.
  public var row: Int

  /// Creates a reference.
  public init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  /// Reads `B12`; `nil` when the text is not a letter-then-digit reference within a sheet's bounds
  /// (16,384 columns, 1,048,576 rows).
  public init?(_ text: some StringProtocol) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default: return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, (1...16_384).contains(column), (1...1_048_576).contains(row) else { return nil }
    self.column = column - 1
    self.row = row
  }

  /// The column's letters: `A` for 0, `Z` for 25, `AA` for 26.
  public static func letters(_ column: Int) -> String {
    var number = column + 1
    var text = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      text = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(remainder))) + text
      number = (number - 1) / 26
    }
    return text
  }

  /// `B12`.
  public var description: String { Self.letters(column) + String(row) }
}
