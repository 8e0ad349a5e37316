import PixReadyCore

/// Escapes text for HTML that is also well-formed XML: only the five XML entities are used.
enum HTMLText {
  /// Text or attribute value with `&`, `<`, `>`, `"` and `'` escaped; control characters other than
  /// tab and line breaks are dropped (XML forbids them); bidirectional controls are neutralised
  /// (``BidiText``). French spacing is typeset first (``FrenchTypography``: it only changes spaces
  /// before « : ; ? ! » and inside guillemets, which English text does not have).
  static func escape(_ text: String) -> String {
    let text = FrenchTypography.typeset(text)
    // Most texts have nothing to change: no markup character, no control, and none of the bytes
    // that start a C1 control (C2), a bidirectional control (E2) or U+FFFE/U+FFFF (EF).
    if !text.utf8.contains(where: { unsafe[Int($0)] }) { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if BidiText.isControl(scalar) {
          out.unicodeScalars.append(BidiText.replacement)
        } else if scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0xFFFE
          && scalar.value != 0xFFFF
        {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Whether ``escape(_:)`` leaves `text` as it is: nothing to escape, drop or typeset (no byte
  /// that may start either).
  static func isPlain(_ text: String) -> Bool {
    !text.utf8.contains(where: { unsafe[Int($0)] || $0 == 0x3A || $0 == 0x3B || $0 == 0x3F || $0 == 0x21 })
  }

  /// The bytes that send a text the slow way in ``escape(_:)``.
  private static let unsafe: [Bool] = (0..<256).map { byte in
    switch byte {
    case 0x09, 0x0A, 0x0D: false
    case 0..<0x20, 0x7F, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0xC2, 0xE2, 0xEF: true
    default: false
    }
  }

  /// An element with escaped text content and optional attributes (values escaped).
  static func element(_ name: String, _ text: String, attributes: [(String, String)] = []) -> String {
    "<\(name)\(attributeList(attributes))>\(escape(text))</\(name)>"
  }

  /// ` a="1" b="2"`, values escaped.
  static func attributeList(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }
}
