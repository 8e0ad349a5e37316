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
    guard text.utf8.contains(where: { trigger[Int($0)] }) else { return text }
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 16)
      typeset(bytes, appendingTo: &out)
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// How far the rule looks: whether a space changes depends only on the bytes at most this
  /// many places before and after it.
  public static let reach = 3

  /// Appends `bytes` (UTF-8) to `out` with French spacing, as ``typeset(_:)`` does.
  ///
  /// A space only changes next to « : ; ? ! », « or »; the rule never looks across a line break,
  /// so a long text can be typeset line by line, in chunks that end with a line break.
  public static func typeset(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo out: inout [UInt8]) {
    typeset(bytes, range: 0..<bytes.count, appendingTo: &out)
  }

  /// Appends `bytes[range]` (UTF-8) to `out` with French spacing, reading the bytes around the
  /// range as its context: typesetting a text's consecutive ranges this way gives the bytes
  /// typesetting the whole text would. A range's bytes more than ``reach`` places from both of
  /// its ends do not depend on the text around it.
  public static func typeset(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, appendingTo out: inout [UInt8]) {
    // Only the space just before « : ; ? ! » (and ») and the one just after « can change: visit
    // those, and copy the runs between them as they are. A mark just past the range may change
    // the range's last space, and a « two places before it its first.
    var copied = range.lowerBound
    var index = max(0, range.lowerBound - 2)
    let end = min(bytes.count, range.upperBound + 1)
    let raw = UnsafeRawBufferPointer(bytes)
    while index < end {
      // Runs without a trigger byte are passed eight bytes at a time.
      if index + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let found =
          SWAR.matches(word, 0x3A) | SWAR.matches(word, 0x3B) | SWAR.matches(word, 0x3F)
          | SWAR.matches(word, 0x21) | SWAR.matches(word, 0xC2)
        guard found != 0 else {
          index += 8
          continue
        }
        index += found.trailingZeroBitCount >> 3
      }
      let byte = bytes[index]
      if trigger[Int(byte)] {
        let candidate: Int
        if byte != 0xC2 {
          candidate = index - 1
        } else if index + 1 < bytes.count, bytes[index + 1] == 0xBB {
          candidate = index - 1
        } else if index + 1 < bytes.count, bytes[index + 1] == 0xAB {
          candidate = index + 2
        } else {
          candidate = -1
        }
        if candidate >= copied, candidate < range.upperBound, bytes[candidate] == 0x20 {
          let space = replacement(in: bytes, at: candidate)
          if space != .ordinary {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<candidate]))
            switch space {
            case .ordinary: out.append(0x20)
            case .noBreak: out += [0xC2, 0xA0]
            case .narrowNoBreak: out += [0xE2, 0x80, 0xAF]
            }
            copied = candidate + 1
          }
        }
      }
      index += 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.upperBound]))
  }

  /// The bytes next to which a space may change: « : ; ? ! » and C2, the first byte of « and ».
  private static let trigger: [Bool] = (0..<256).map { [0x3A, 0x3B, 0x3F, 0x21, 0xC2].contains($0) }

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
