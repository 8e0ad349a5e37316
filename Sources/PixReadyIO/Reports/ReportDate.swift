import Foundation

/// The date printed in every report and in `ask --save`: local time with its offset from UTC.
///
/// Written once as ISO 8601 (`2025-11-24T17:00:00+01:00`, `Z` at UTC), the form of the JSON
/// reports; ``ReportMessages`` turns it into words for people (« 24 novembre 2025 à 17 h 00 », the
/// local time).
public enum ReportDate {
  /// `date` in ISO 8601, in `timeZone`, with the offset.
  public static func iso8601(_ date: Date, in timeZone: TimeZone) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = timeZone
    return formatter.string(from: date)
  }

  /// The time zone named by `TZ` (`Europe/Paris`, `:Europe/Paris`, `UTC`), else the system's.
  public static func timeZone(named tz: String?) -> TimeZone {
    guard var name = tz, !name.isEmpty else { return TimeZone.current }
    if name.hasPrefix(":") { name.removeFirst() }
    return TimeZone(identifier: name) ?? TimeZone(abbreviation: name) ?? TimeZone.current
  }
}
