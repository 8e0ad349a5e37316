/// Text written into XML parts: escaped, and without the characters XML 1.0 cannot hold.
enum XMLText {
  /// `text` with `&`, `<`, `>` and `"` escaped; control characters other than tab and line breaks
  /// (forbidden in XML 1.0, a workbook with one does not open) are left out.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
