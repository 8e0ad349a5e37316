import PixReadyCore

/// Pseudonyms on the byte path: a row's identity cells replaced as
/// ``Pseudonymizer/pseudonymize(_:)-StudentIdentity`` replaces them, before any formatter sees
/// them (rows that are not already pseudonyms): the last name becomes « Élève » and the code, the INE (when there is one) the code, the
/// first name and birthdate become empty, the class stays. The code itself comes from
/// ``Pseudonymizer``, so there is one rule.
struct CellPseudonyms: Sendable {
  /// What becomes of one row's identity cells.
  enum Change {
    /// Nothing to hide: the cells are written as they are.
    case unchanged
    /// The cells to write instead.
    case hidden(PseudonymCells)
  }

  /// The pseudonymizer whose code the cells get.
  let pseudonymizer: Pseudonymizer
  /// The word before the code, with its space (`Élève `).
  private let word: [UInt8]
  private let encoding: CSVEncoding
  private let ine = Self.index(.ine)
  private let nom = Self.index(.nom)
  private let prenom = Self.index(.prenom)
  private let dateNaissance = Self.index(.dateNaissance)
  private let classe = Self.index(.classe)

  /// Pseudonyms under `pseudonymizer` for cells in `encoding`.
  init(pseudonymizer: Pseudonymizer, encoding: CSVEncoding) {
    self.pseudonymizer = pseudonymizer
    self.encoding = encoding
    word = Array(ReportMessages(language: pseudonymizer.language).pseudonym("").utf8)
  }

  private static func index(_ field: StudentIdentity.Field) -> Int {
    StudentIdentity.Field.allCases.firstIndex(of: field) ?? 0
  }

  /// What becomes of the identity `cells` whose fields in `present` were read (a bit per index of
  /// `StudentIdentity.Field.allCases`).
  ///
  /// A code is left to `deferred`, the block's codes: its digits are written as zeros and their
  /// place noted, to be written by ``DeferredCodes/finish(output:rows:)``.
  @inline(__always)
  func change(_ cells: InputCells, present: UInt8, deferred: DeferredCodes) -> Change {
    guard let code = code(cells, present: present, deferred: deferred) else { return .unchanged }
    if case .none = code { return .unchanged }
    var hidden = present & (1 << prenom | 1 << dateNaissance | 1 << classe) | 1 << nom
    if length(cells, present, ine) > 0 { hidden |= 1 << ine }
    return .hidden(
      PseudonymCells(
        input: cells, present: hidden, code: code, deferred: deferred, word: word, ine: ine, nom: nom,
        classe: classe))
  }

  /// The code of the row whose identity `cells` are, left to `deferred` (``DeferredCodes/Code/none``
  /// when there is nothing to hide); `nil` when the row is already a pseudonym, kept as it is.
  @inline(__always)
  func code(_ cells: InputCells, present: UInt8, deferred: DeferredCodes) -> DeferredCodes.Code? {
    // Plain methods rather than local closures: closures capturing `self` and `cells` were boxed
    // on the heap for every row.
    // A name already pseudonymised (« Élève » and 8 digits: 14 bytes at least) is kept as it is.
    if length(cells, present, prenom) == 0, length(cells, present, dateNaissance) == 0,
      length(cells, present, nom) >= 14
    {
      var student = StudentIdentity()
      for (index, field) in StudentIdentity.Field.allCases.enumerated() where present & (1 << index) != 0 {
        student[field] = text(cells, present, index)
      }
      if Pseudonymizer.isPseudonym(student) { return nil }
    }
    if encoding == .utf8 {
      let count = length(cells, present, ine)
      let bytes = UnsafeBufferPointer(start: count == 0 ? nil : cells.base + cells.starts[ine], count: count)
      return code(bytes, cells, present, deferred: deferred)
    }
    var utf8 = text(cells, present, ine)
    return utf8.withUTF8 { code($0, cells, present, deferred: deferred) }
  }

  /// The code of the row whose INE is `ine` (UTF-8), left to `deferred`; the other cells are
  /// decoded only when there is no INE.
  private func code(
    _ ine: UnsafeBufferPointer<UInt8>, _ cells: InputCells, _ present: UInt8, deferred: DeferredCodes
  ) -> DeferredCodes.Code {
    pseudonymizer.withMessage(
      ine: ine, nom: text(cells, present, nom), prenom: text(cells, present, prenom),
      dateNaissance: text(cells, present, dateNaissance)
    ) { deferred.add($0) } ?? .none
  }

  /// The byte length of `field`'s cell, 0 when the field was not read.
  @inline(__always)
  private func length(_ cells: InputCells, _ present: UInt8, _ field: Int) -> Int {
    present & (1 << field) == 0 ? 0 : cells.ends[field] - cells.starts[field]
  }

  /// The text of `field`'s cell, empty when the field was not read.
  private func text(_ cells: InputCells, _ present: UInt8, _ field: Int) -> String {
    length(cells, present, field) == 0 ? "" : decode(cells, field)
  }

  private func decode(_ cells: InputCells, _ field: Int) -> String {
    let bytes = UnsafeBufferPointer(
      start: cells.base + cells.starts[field], count: cells.ends[field] - cells.starts[field])
    return encoding == .utf8 ? String(decoding: bytes, as: UTF8.self) : encoding.decode(bytes) ?? ""
  }
}

/// The identity cells of a pseudonymised row: the code where the INE and last name were, the
/// class copied from the input, nothing else.
struct PseudonymCells: IdentityCells {
  /// The row's cells as read.
  let input: InputCells
  /// The fields written (a bit per index of `StudentIdentity.Field.allCases`).
  let present: UInt8
  /// The code, whose 8 hex digits are written (zeros for now when deferred).
  let code: DeferredCodes.Code
  /// Where a deferred code's digits are noted.
  let deferred: DeferredCodes
  /// The word before the code in the last name.
  let word: [UInt8]
  /// The indexes of the INE, the last name and the class.
  let ine: Int
  let nom: Int
  let classe: Int

  @inline(__always)
  func append(_ field: Int, to output: inout ByteWriter) {
    if field == classe {
      input.append(field, to: &output)
      return
    }
    guard field == nom || field == ine else { return }
    if field == nom { output.append(word) }
    switch code {
    case .known(let code):
      output.append(word: Pseudonymizer.hexDigits(code))
    case .deferred(let index):
      deferred.digits.append((offset: output.count, code: index))
      output.append(word: 0x3030_3030_3030_3030)  // eight « 0 », replaced once the code is known
    case .none:
      break
    }
  }
}
