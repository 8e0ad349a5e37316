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
  /// With `deferred`, a code is left to the end of the block: its digits are written as zeros and
  /// their place noted, to be written by ``DeferredCodes/finish(in:)``.
  @inline(__always)
  func change(_ cells: InputCells, present: UInt8, deferred: DeferredCodes? = nil) -> Change {
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
      if Pseudonymizer.isPseudonym(student) { return .unchanged }
    }
    let code: Pseudonymizer.Code
    let batch = deferred.map { $0.batchPointer }
    if encoding == .utf8 {
      let count = length(cells, present, ine)
      let bytes = UnsafeBufferPointer(start: count == 0 ? nil : cells.base + cells.starts[ine], count: count)
      code = pseudonymizer.code(
        ine: bytes, nom: text(cells, present, nom), prenom: text(cells, present, prenom),
        dateNaissance: text(cells, present, dateNaissance), deferringTo: batch)
    } else {
      var utf8 = text(cells, present, ine)
      code = utf8.withUTF8 {
        pseudonymizer.code(
          ine: $0, nom: text(cells, present, nom), prenom: text(cells, present, prenom),
          dateNaissance: text(cells, present, dateNaissance), deferringTo: batch)
      }
    }
    if case .none = code { return .unchanged }
    var hidden = present & (1 << prenom | 1 << dateNaissance | 1 << classe) | 1 << nom
    if length(cells, present, ine) > 0 { hidden |= 1 << ine }
    return .hidden(
      PseudonymCells(
        input: cells, present: hidden, code: code, deferred: deferred, word: word, ine: ine, nom: nom,
        classe: classe))
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
  let code: Pseudonymizer.Code
  /// Where a deferred code's digits are noted.
  let deferred: DeferredCodes?
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
      for index in 0..<8 { output.append(Pseudonymizer.hexDigit(code, at: index)) }
    case .deferred(let index):
      deferred?.digits.append((offset: output.count, code: index))
      for _ in 0..<8 { output.append(UInt8(ascii: "0")) }
    case .none:
      break
    }
  }
}

/// The pseudonym codes of a block's rows, worked out together when the block ends (eight at a
/// time, ``SHA256/HMAC/PrefixBatch``): where each code's digits go in the block's output, and
/// which kept rows carry it.
final class DeferredCodes {
  /// The pseudonymizer whose codes these are.
  let pseudonymizer: Pseudonymizer
  /// The messages, by code index: the batch that
  /// ``Pseudonymizer/code(ine:nom:prenom:dateNaissance:deferringTo:)`` adds to, owned by this object.
  let batchPointer: UnsafeMutablePointer<SHA256.HMAC.PrefixBatch>
  /// The offset in the block's output of 8 digits to write, and the index of their code.
  var digits: [(offset: Int, code: Int)] = []
  /// The index of a kept row (``RowDiagnosis/observedCode``) and of its code.
  var kept: [(row: Int, code: Int)] = []

  /// Codes under `pseudonymizer`.
  init(pseudonymizer: Pseudonymizer) {
    self.pseudonymizer = pseudonymizer
    batchPointer = .allocate(capacity: 1)
    batchPointer.initialize(to: SHA256.HMAC.PrefixBatch())
  }

  deinit {
    batchPointer.deinitialize(count: 1)
    batchPointer.deallocate()
  }

  /// Works out the codes, writes their digits into `output` and their numbers into `rows`, and
  /// empties the batch for the next block.
  func finish(output: ByteBuffer, rows: inout [RowDiagnosis]) {
    guard batchPointer.pointee.count > 0 else { return }
    let codes = pseudonymizer.prefixes(batchPointer.pointee)
    for (offset, index) in digits {
      for digit in 0..<8 { output.base[offset + digit] = Pseudonymizer.hexDigit(codes[index], at: digit) }
    }
    for (row, index) in kept { rows[row].observedCode?.code = codes[index] }
    batchPointer.pointee.removeAll()
    digits.removeAll(keepingCapacity: true)
    kept.removeAll(keepingCapacity: true)
  }
}
