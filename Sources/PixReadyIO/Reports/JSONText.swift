/// Writes JSON text by hand: fast, ordered keys, no Foundation round trip for each row.
enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  static func string(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A JSON array of strings.
  static func strings(_ items: [String]) -> String {
    "[" + items.map(string).joined(separator: ",") + "]"
  }

  /// A JSON object from ordered key/value pairs whose values are already JSON text.
  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  /// `null` or the string.
  static func optional(_ text: String?) -> String {
    text.map(string) ?? "null"
  }
}
