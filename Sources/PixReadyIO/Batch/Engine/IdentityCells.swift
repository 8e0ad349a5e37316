/// Where a row's identity cells come from when the byte path writes it.
protocol IdentityCells {
  /// Appends the text of the identity field at `field` (an index of `StudentIdentity.Field.allCases`).
  func append(_ field: Int, to output: inout ByteWriter)
}

/// Identity cells read from a block: byte ranges checked by the copier.
struct InputCells: IdentityCells {
  /// The block's bytes.
  let base: UnsafePointer<UInt8>
  /// Each field's first byte.
  let starts: UnsafeMutablePointer<Int>
  /// One past each field's last byte.
  let ends: UnsafeMutablePointer<Int>
  /// Copies (or transcodes) the bytes.
  let copier: IdentityCopier

  @inline(__always)
  func append(_ field: Int, to output: inout ByteWriter) {
    copier.append(base + starts[field], ends[field] - starts[field], to: &output)
  }

  /// The identity of the fields in `present` (bit k for field k), decoded; `nil` when a cell does
  /// not decode (the copier has accepted every cell, so it does).
  func student(present: UInt8) -> StudentIdentity? {
    var student = StudentIdentity()
    for (index, field) in StudentIdentity.Field.allCases.enumerated() where present & (1 << index) != 0 {
      let cell = UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
      guard let text = copier.encoding.decode(cell) else { return nil }
      student[field] = text
    }
    return student
  }
}
