/// French typography for text shown to people: the spaces before high punctuation and inside
/// guillemets become the non-breaking spaces a French reader expects, so that « ? » or « : »
/// never starts a line.
///
/// - a space before « : » becomes a non-breaking space (U+00A0);
/// - a space before « ; », « ? », « ! » and a space just inside « guillemets » become a narrow
///   non-breaking space (U+202F).
///
/// Only an ordinary space between a visible character and the mark changes: indentation, marks
/// written without a space (`fichier:12:3:`, `https://`) and text already typeset stay as they
/// are, so applying it twice changes nothing. Authors and messages keep writing ordinary spaces;
/// the tool typesets French text where it leaves for a person (see the README's notes on texts).
public enum FrenchTypography {
  /// A non-breaking space, before « : ».
  public static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
  /// A narrow non-breaking space, before « ; ? ! » and inside « guillemets ».
  public static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"

  /// `text` with French spacing around high punctuation and guillemets.
  ///
  /// Works on the UTF-8 bytes in one pass: a report for a whole school is typeset as one text.
  public static func typeset(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x3F || $0 == 0x21 || $0 == 0xC2 })
    else { return text }  // no « : ; ? ! » and no guillemet (« » start with the byte C2 in UTF-8)
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 16)
      for index in bytes.indices {
        guard bytes[index] == 0x20 else {
          out.append(bytes[index])
          continue
        }
        switch replacement(in: bytes, at: index) {
        case .ordinary: out.append(0x20)
        case .noBreak: out += [0xC2, 0xA0]
        case .narrowNoBreak: out += [0xE2, 0x80, 0xAF]
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  private enum Space { case ordinary, noBreak, narrowNoBreak }

  /// The space to write in place of the ordinary space at `index`, from the scalars around it
  /// (read from their UTF-8 bytes: « is C2 AB, » C2 BB, U+00A0 C2 A0, U+202F E2 80 AF).
  private static func replacement(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Space {
    let hasAfter = index + 1 < bytes.count
    let afterIsSpace = hasAfter && isSpace(in: bytes, startingAt: index + 1)
    let beforeIsGuillemet = index >= 2 && bytes[index - 2] == 0xC2 && bytes[index - 1] == 0xAB
    if beforeIsGuillemet, hasAfter, !afterIsSpace { return .narrowNoBreak }
    guard index > 0, !isSpace(in: bytes, endingAt: index), hasAfter else { return .ordinary }
    switch bytes[index + 1] {
    case 0x3A: return .noBreak
    case 0x3B, 0x3F, 0x21: return .narrowNoBreak
    case 0xC2 where index + 2 < bytes.count && bytes[index + 2] == 0xBB: return .narrowNoBreak
    default: return .ordinary
    }
  }

  /// Whether the scalar starting at `start` is a space (ordinary, tab, line break, no-break, narrow no-break).
  private static func isSpace(in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> Bool {
    switch bytes[start] {
    case 0x20, 0x09, 0x0A, 0x0D: return true
    case 0xC2: return start + 1 < bytes.count && bytes[start + 1] == 0xA0
    case 0xE2: return start + 2 < bytes.count && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xAF
    default: return false
    }
  }

  /// Whether the scalar ending just before `end` is a space.
  private static func isSpace(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
    switch bytes[end - 1] {
    case 0x20, 0x09, 0x0A, 0x0D: return true
    case 0xA0: return end >= 2 && bytes[end - 2] == 0xC2
    case 0xAF: return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
    default: return false
    }
  }
}

extension Language {
  /// `text` as it should reach a person in this language: French typography in French
  /// (``FrenchTypography``), unchanged in English.
  public func typeset(_ text: String) -> String {
    switch self {
    case .fr: FrenchTypography.typeset(text)
    case .en: text
    }
  }
}
