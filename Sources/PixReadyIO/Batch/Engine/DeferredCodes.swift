import PixReadyCore

/// The pseudonym codes of a block's rows, worked out together when the block ends, eight at a
/// time (``SHA256/HMAC/PrefixBatch``): where each code's digits go in the block's output, and
/// which kept rows carry it. One per worker, used by its thread only.
final class DeferredCodes {
  /// A row's code, or where it will be.
  enum Code: Equatable {
    /// Nothing to hide.
    case none
    /// The code, worked out at once (a message too long for the batch).
    case known(UInt32)
    /// The index of its message in the batch.
    case deferred(Int)
  }

  /// The pseudonymizer whose codes these are.
  let pseudonymizer: Pseudonymizer
  /// The messages of the codes left to the block's end, by index.
  private var batch = SHA256.HMAC.PrefixBatch()
  /// The offset in the block's output of 8 digits to write, and the index of their code.
  var digits: [(offset: Int, code: Int)] = []
  /// The index of a kept row (``RowDiagnosis/observedCode``) and of its code.
  private var kept: [(row: Int, code: Int)] = []
  /// The index of a compact row (``ObservedRows/Compact/code``) and of its code.
  private var keptCompact: [(row: Int, code: Int)] = []

  /// Codes under `pseudonymizer`.
  init(pseudonymizer: Pseudonymizer) {
    self.pseudonymizer = pseudonymizer
  }

  /// The code of the kept row at index `row` of the block's rows, to be set on it when the block ends.
  func observe(_ student: StudentIdentity, row: Int) -> RowDiagnosis.ObservedCode {
    var observed = RowDiagnosis.ObservedCode(fingerprint: pseudonymizer.fingerprint, code: nil)
    switch pseudonymizer.withMessage(for: student, { add($0) }) ?? .none {
    case .none: break
    case .known(let code): observed.code = code
    case .deferred(let index): kept.append((row: row, code: index))
    }
    return observed
  }

  /// Notes that compact row `row` of the block gets the code at `index` of the batch when the block ends.
  func observeCompact(row: Int, code index: Int) {
    keptCompact.append((row: row, code: index))
  }

  /// The code of a message (``Pseudonymizer/withMessage(ine:nom:prenom:dateNaissance:_:)``):
  /// added to the batch when short enough, else hashed now.
  func add(_ message: UnsafeBufferPointer<UInt8>) -> Code {
    batch.append(message).map(Code.deferred) ?? .known(pseudonymizer.prefix(message))
  }

  /// Works out the codes, writes their digits into `output` and their numbers into `rows` and
  /// `compact`, and empties the batch for the next block.
  func finish(output: ByteBuffer, rows: inout [RowDiagnosis], compact: inout [ObservedRows.Compact]) {
    guard batch.count > 0 else { return }
    let codes = pseudonymizer.prefixes(batch)
    for (offset, index) in digits {
      UnsafeMutableRawPointer(output.base + offset).storeBytes(
        of: Pseudonymizer.hexDigits(codes[index]).littleEndian, as: UInt64.self)
    }
    for (row, index) in kept { rows[row].observedCode?.code = codes[index] }
    for (row, index) in keptCompact { compact[row].code = codes[index] }
    batch.removeAll()
    digits.removeAll(keepingCapacity: true)
    kept.removeAll(keepingCapacity: true)
    keptCompact.removeAll(keepingCapacity: true)
  }
}
