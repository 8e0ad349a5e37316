import PixReadyCore

/// Replaces names, INE and birthdates by stable pseudonyms, so that a report can leave the school
/// (to Pix support, to the académie) without personal data.
///
/// The pseudonym is the first 8 hex digits of HMAC-SHA-256 under ``key`` of the student's INE, or of
/// their normalised last name, first name and birthdate when there is no INE: the same student gets
/// the same pseudonym throughout a run and, with the same key, across runs. Without the key, a
/// pseudonym cannot be traced back to a name. The core has no randomness: the shell gives a random
/// key per run unless the user chose one (`--anonymize-key`).
///
/// ```swift
/// let pseudonymizer = Pseudonymizer(key: Array("secret".utf8), language: .fr)
/// pseudonymizer.pseudonymize(row).student  // nom « Élève 7F3A2C91 », prénom and birthdate empty
/// ```
public struct Pseudonymizer: Sendable, Equatable {
  /// The HMAC key.
  public let key: [UInt8]
  /// The language of the word before the code (« Élève », "Student").
  public let language: Language
  /// The key's padded blocks, compressed once for the whole run.
  private let hmac: SHA256.HMAC
  /// 32 bits of the HMAC of a fixed message: tells a code made under this key from one made under
  /// another (``RowDiagnosis/ObservedCode``), without keeping the key in every row.
  let fingerprint: UInt32

  /// Creates a pseudonymizer.
  ///
  /// - Parameters:
  ///   - key: the secret; any length (16 random bytes or more when the shell draws one).
  ///   - language: the language of the pseudonyms.
  public init(key: [UInt8], language: Language = .fr) {
    self.key = key
    self.language = language
    let hmac = SHA256.HMAC(key: key)
    self.hmac = hmac
    fingerprint = Array((Self.prefix + "fingerprint").utf8).withUnsafeBufferPointer { hmac.prefix($0) }
  }

  /// The 8-hex-digit code of a student (`7F3A2C91`), or `nil` when the identity holds nothing to hide.
  public func code(for student: StudentIdentity) -> String? {
    codeNumber(for: student).map(Self.hex)
  }

  /// The code of a student as the number whose 8 hex digits ``code(for:)`` writes.
  func codeNumber(for student: StudentIdentity) -> UInt32? {
    withMessage(for: student) { hmac.prefix($0) }
  }

  /// ``withMessage(ine:nom:prenom:dateNaissance:_:)`` of a decoded identity.
  func withMessage<Result>(
    for student: StudentIdentity, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    var ine = student[.ine]
    return ine.withUTF8 { ine in
      withMessage(
        ine: ine, nom: student[.nom], prenom: student[.prenom], dateNaissance: student[.dateNaissance], body)
    }
  }

  /// Calls `body` with the message whose HMAC gives a student's code, from their identity cells
  /// (the INE as UTF-8); `nil` when there is nothing to hide. The one place the rule is written:
  /// the INE trimmed and in capitals when there is one, else the spelling keys of the last name,
  /// first name and birthdate (read only then), after a prefix that keeps the codes to this use.
  /// The code is the first 32 bits of the message's HMAC under ``key`` (``prefix(_:)``), worked
  /// out at once or, by the batch engine, eight messages at a time (``prefixes(_:)``).
  func withMessage<Result>(
    ine: UnsafeBufferPointer<UInt8>, nom: @autoclosure () -> String, prenom: @autoclosure () -> String,
    dateNaissance: @autoclosure () -> String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    if ine.allSatisfy({ $0 < 0x80 }) {
      // What trimming and `uppercased()` do to ASCII text, on its bytes (most INE).
      let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
      guard let first = ine.firstIndex(where: { !isSpace($0) }), let last = ine.lastIndex(where: { !isSpace($0) })
      else { return withNameMessage(nom(), prenom(), dateNaissance(), body) }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.inePrefix.utf8CodeUnitCount + last + 1) {
        message in
        let prefix = UnsafeBufferPointer(start: Self.inePrefix.utf8Start, count: Self.inePrefix.utf8CodeUnitCount)
        var count = message.initialize(fromContentsOf: prefix)
        for byte in ine[first...last] {
          message[count] = (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
          count += 1
        }
        return body(UnsafeBufferPointer(rebasing: message[..<count]))
      }
    }
    let text = String(decoding: ine, as: UTF8.self).trimmedSpaces.uppercased()
    guard !text.isEmpty else { return withNameMessage(nom(), prenom(), dateNaissance(), body) }
    return Array((Self.prefix + "ine:" + text).utf8).withUnsafeBufferPointer(body)
  }

  /// The code of a message given by ``withMessage(ine:nom:prenom:dateNaissance:_:)``.
  func prefix(_ message: UnsafeBufferPointer<UInt8>) -> UInt32 {
    hmac.prefix(message)
  }

  /// The codes of a batch of such messages, in the order they were added.
  func prefixes(_ batch: SHA256.HMAC.PrefixBatch) -> [UInt32] {
    batch.prefixes(under: hmac)
  }

  private func withNameMessage<Result>(
    _ nom: String, _ prenom: String, _ dateNaissance: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    let parts = [nom, prenom, dateNaissance].map { Spelling.key($0.trimmedSpaces) }
    guard parts.contains(where: { !$0.isEmpty }) else { return nil }
    return Array((Self.prefix + "name:" + parts.joined(separator: "|")).utf8).withUnsafeBufferPointer(body)
  }

  /// What every message starts with, so that a code serves pseudonyms only.
  private static let prefix = "pixready-pseudonym/1\u{0}"
  /// ``prefix`` and the INE's label.
  private static let inePrefix: StaticString = "pixready-pseudonym/1\u{0}ine:"

  /// The 8 hex digits of `code` in capitals, as ASCII bytes in one word, the most significant
  /// digit in the lowest byte: stored little-endian, they read in order. Worked out for all eight
  /// digits at once, with no branch (a pseudonym is written for every row of an anonymised report).
  static func hexDigits(_ code: UInt32) -> UInt64 {
    // Each nibble in a byte of its own, the least significant lowest, then the bytes turned round.
    var nibbles = UInt64(code)
    nibbles = (nibbles | nibbles << 16) & 0x0000_FFFF_0000_FFFF
    nibbles = (nibbles | nibbles << 8) & 0x00FF_00FF_00FF_00FF
    nibbles = (nibbles | nibbles << 4) & 0x0F0F_0F0F_0F0F_0F0F
    nibbles = nibbles.byteSwapped
    // 1 in each byte whose nibble is 10 or more: `A` is 7 further from `0` than `9` + 1.
    let letters = ((nibbles &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
    return nibbles &+ 0x3030_3030_3030_3030 &+ letters &* 7
  }

  /// The hex digit at `index` (0 is the most significant) of `code`, in capitals.
  static func hexDigit(_ code: UInt32, at index: Int) -> UInt8 {
    UInt8(truncatingIfNeeded: hexDigits(code) >> UInt64(8 * index))
  }

  /// The 8 hex digits of `code`.
  static func hex(_ code: UInt32) -> String {
    withUnsafeBytes(of: hexDigits(code).littleEndian) { String(decoding: $0, as: UTF8.self) }
  }

  /// The identity with the last name replaced by the pseudonym (« Élève 7F3A2C91 »), the INE by the
  /// code when there was one, the first name and birthdate emptied; the class is kept.
  ///
  /// An identity already pseudonymised is returned as is, so applying the pseudonymizer twice is harmless.
  public func pseudonymize(_ student: StudentIdentity) -> StudentIdentity {
    guard !Self.isPseudonym(student), let code = code(for: student) else { return student }
    var result = StudentIdentity()
    result[.nom] = ReportMessages(language: language).pseudonym(code)
    if !student[.ine].trimmedSpaces.isEmpty { result[.ine] = code }
    if student[ifPresent: .prenom] != nil { result[.prenom] = "" }
    if student[ifPresent: .dateNaissance] != nil { result[.dateNaissance] = "" }
    result[ifPresent: .classe] = student[ifPresent: .classe]
    return result
  }

  /// Whether an identity is already a pseudonym: « Élève » or "Student" and 8 hex digits as name,
  /// nothing else but the class and the same code as INE.
  public static func isPseudonym(_ student: StudentIdentity) -> Bool {
    guard student[.prenom].isEmpty, student[.dateNaissance].isEmpty else { return false }
    // Read as bytes: this runs for every row of an anonymised report.
    let nom = student[.nom].utf8
    guard nom.count > 8 else { return false }
    let code = nom.suffix(8)
    guard code.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x46).contains($0) }) else { return false }
    let ine = student[.ine].utf8
    guard ine.isEmpty || ine.elementsEqual(code) else { return false }
    return pseudonymPrefixes.contains { nom.count == $0.count + 8 && nom.starts(with: $0) }
  }

  /// « Élève » and "Student" with the space after them, as UTF-8.
  private static let pseudonymPrefixes = Language.allCases.map {
    Array(ReportMessages(language: $0).pseudonym("").utf8)
  }

  /// The row with its identity pseudonymised; the value of a rejected cell is dropped unless it
  /// belongs to a question column (an unreadable name would otherwise leak).
  public func pseudonymize(_ row: RowDiagnosis) -> RowDiagnosis {
    var result = row
    result.student = pseudonymize(row.student)
    if case .error(let error) = row.status {
      // A cell not understood may hold anything (an e-mail typed in an answer column): never shown.
      result.status = .error(error.hidingValues)
    }
    return result
  }

  /// The SIECLE cross-check finding with both identities pseudonymised, so that its sentence
  /// (``RosterFinding/message(in:)``) names no one: build warnings from the result.
  public func pseudonymize(_ finding: RosterFinding) -> RosterFinding {
    var result = finding
    result.roster = finding.roster.map(pseudonymize)
    result.siecle = finding.siecle.map(pseudonymize)
    return result
  }

  /// A SIECLE student with the same pseudonym as the roster row of the same INE.
  public func pseudonymize(_ student: SiecleStudent) -> SiecleStudent {
    let identity = pseudonymize(student.identity)
    return SiecleStudent(
      id: identity[.ine], ine: identity[.ine], hasINEElement: student.hasINEElement,
      lastName: identity[.nom], leavingDate: student.leavingDate, sexCode: nil, division: student.division,
      divisionGap: student.divisionGap, line: student.line)
  }

  /// A warning with its student pseudonymised and every name, INE and birthdate of that student
  /// struck from its sentence (names shorter than 3 letters are left, lest words be cut). Prefer building warnings from ``pseudonymize(_:)-RosterFinding``:
  /// a sentence may name a second person this method does not know.
  public func pseudonymize(_ warning: ReportWarning) -> ReportWarning {
    guard !Self.isPseudonym(warning.student) else { return warning }
    var result = warning
    result.student = pseudonymize(warning.student)
    let hidden = [warning.student.displayName, warning.student[.nom], warning.student[.prenom]]
    let replacement = result.student.displayName
    for text in hidden where text.trimmedSpaces.count >= 3 {
      result.message = result.message.replacingAll(text.trimmedSpaces, with: replacement)
    }
    if let code = code(for: warning.student), !warning.student[.ine].trimmedSpaces.isEmpty {
      result.message = result.message.replacingAll(warning.student[.ine].trimmedSpaces, with: code)
    }
    if !warning.student[.dateNaissance].trimmedSpaces.isEmpty {
      result.message = result.message.replacingAll(warning.student[.dateNaissance].trimmedSpaces, with: "…")
    }
    return result
  }
}

extension String {
  /// The text with every occurrence of `target` replaced, without Foundation.
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
