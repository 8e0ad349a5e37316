/// Dates as spreadsheets store them, written back as `JJ/MM/AAAA`.
enum SpreadsheetDate {
  /// The date of serial number `serial` (days since 30/12/1899, or since 01/01/1904 in the 1904
  /// system); the time of day is dropped. `nil` outside years 1900 to 9999.
  static func text(serial: Double, base1904: Bool) -> String? {
    guard serial.isFinite, serial >= (base1904 ? 0 : 1), serial < 2_958_466 else { return nil }
    // Serial 60 is 29/02/1900, a day that never was (Lotus's mistake, kept by Excel): shown as the
    // spreadsheet shows it; days before it are one off from 30/12/1899.
    var days = Int(serial.rounded(.down))
    if !base1904, days == 60 { return "29/02/1900" }
    if !base1904, days < 61 { days += 1 }
    let epoch = base1904 ? civilDays(year: 1904, month: 1, day: 1) : civilDays(year: 1899, month: 12, day: 30)
    return text(days: epoch + days)
  }

  /// `JJ/MM/AAAA` from an ISO date (`2009-01-05`, possibly followed by a time), `nil` otherwise.
  static func text(iso: String) -> String? {
    let parts = iso.prefix(10).split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil })
    else { return nil }
    return "\(parts[2])/\(parts[1])/\(parts[0])"
  }

  /// Days from 01/01/1970 to a date of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
  static func civilDays(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// `JJ/MM/AAAA` of a day counted from 01/01/1970.
  static func text(days: Int) -> String {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return pad(day) + "/" + pad(month) + "/" + String(year)
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
