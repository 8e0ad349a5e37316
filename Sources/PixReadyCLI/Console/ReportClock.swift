import Foundation
import PixReadyIO

/// The date of reports and `ask --save` files: now, or `SOURCE_DATE_EPOCH` (seconds) for
/// reproducible files, in the local time zone (`TZ` when set) with its offset.
enum ReportClock {
  /// The date in ISO 8601 with the offset, as ``ReportDate`` writes it.
  static func now(_ environment: [String: String]) -> String {
    ReportDate.iso8601(date(environment), in: ReportDate.timeZone(named: environment["TZ"]))
  }

  /// The date itself: now, or `SOURCE_DATE_EPOCH`.
  static func date(_ environment: [String: String]) -> Date {
    environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
  }
}
