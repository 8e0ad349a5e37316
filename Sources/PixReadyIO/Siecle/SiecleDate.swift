/// Birthdates as SIECLE writes them (`JJ/MM/AAAA`) and as people or spreadsheets may (`AAAA-MM-JJ`).
public enum SiecleDate {
  /// The date as `AAAA-MM-JJ`, from `JJ/MM/AAAA` (also `J/M/AAAA`) or `AAAA-MM-JJ`; `nil` when the
  /// text is not a real calendar date in one of these forms.
  public static func isoDate(_ text: String) -> String? {
    if let iso = isoDate(exportForm: text.utf8) { return iso }
    let trimmed = text.trimmedSpaces
    let slashParts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    let dashParts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    let parts: (day: Substring, month: Substring, year: Substring)
    if slashParts.count == 3 {
      parts = (slashParts[0], slashParts[1], slashParts[2])
    } else if dashParts.count == 3, dashParts[0].count == 4 {
      parts = (dashParts[2], dashParts[1], dashParts[0])
    } else {
      return nil
    }
    guard parts.year.count == 4, (1...2).contains(parts.day.count), (1...2).contains(parts.month.count),
      [parts.day, parts.month, parts.year].allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let day = Int(parts.day), let month = Int(parts.month), let year = Int(parts.year),
      (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
    else { return nil }
    return String(year) + "-" + pad(month) + "-" + pad(day)
  }

  /// The date as `AAAA-MM-JJ`, as ``isoDate(_:)`` reads it, and also from `JJ/MM/AA` (a year a
  /// spreadsheet cut to two digits): read in the past century that fits, `20AA` up to
  /// `currentYear`, `19AA` after it.
  public static func isoDate(_ text: String, currentYear: Int) -> String? {
    if let iso = isoDate(text) { return iso }
    let parts = text.trimmedSpaces.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 2, parts[2].allSatisfy({ $0.isASCII && $0.isNumber }),
      let short = Int(parts[2])
    else { return nil }
    let year = 2000 + short <= currentYear ? 2000 + short : 1900 + short
    return isoDate(parts[0] + "/" + parts[1] + "/" + String(year))
  }

  /// Whether `text` is a real date written exactly `JJ/MM/AAAA`, as Pix Orga requires.
  public static func isSiecleFormat(_ text: String) -> Bool {
    let characters = Array(text)
    return characters.count == 10 && characters[2] == "/" && characters[5] == "/" && isoDate(text) != nil
  }

  /// The date of `JJ/MM/AAAA` exactly, as SIECLE writes every date, read without splitting it:
  /// `.some(nil)` when it is no calendar date, `nil` when the text has another form.
  private static func isoDate(exportForm utf8: String.UTF8View) -> String?? {
    guard utf8.count == 10 else { return nil }
    var (day, month, year) = (0, 0, 0)
    for (offset, byte) in utf8.enumerated() {
      if offset == 2 || offset == 5 {
        guard byte == UInt8(ascii: "/") else { return nil }
        continue
      }
      guard (0x30...0x39).contains(byte) else { return nil }
      let digit = Int(byte - 0x30)
      if offset < 2 {
        day = day * 10 + digit
      } else if offset < 5 {
        month = month * 10 + digit
      } else {
        year = year * 10 + digit
      }
    }
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return .some(nil) }
    return .some(String(year) + "-" + pad(month) + "-" + pad(day))
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }
}
