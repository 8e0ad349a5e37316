import PixReadyCore

extension CombinationCount {
  /// The count as a JSON number, or as a string of digits when it does not fit one
  /// (`lint --format json`, `diff --format json`).
  var jsonValue: Any {
    if let value = intValue { return value }
    return description
  }
}
