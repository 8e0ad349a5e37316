import PixReadyCore

/// Names (one key or several, each as `Spelling.key` makes it) kept as a filter of bits, looked up
/// from a file's cells without making their keys: ``surelyAbsent(_:)`` tells that no name of the
/// filter has a cell's key, or cannot tell.
///
/// A name is a bit set from the hash of its keys; a cell is keyed byte by byte by
/// `Spelling.forEachKeyByte`, hashed the same way, and its bit read: a cell of ASCII bytes (the
/// same text in UTF-8, Windows-1252 and ISO-8859-15), or, in a UTF-8 file, of ASCII and Latin-1's
/// letters (`é`, `ï`, `ç`…). A clear bit means absent; a set bit, any other byte or a name of the
/// filter that is not ASCII (left out: no such cell has its key) means « cannot tell ».
struct NameFilter: Sendable {
  /// The bits, a power of two words long.
  private var words: [UInt64]

  /// A filter of `names`, each the list of its keys (a last name; a last and a first name).
  init(_ names: some Collection<[String]>) {
    let ascii = names.filter { $0.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }
    // About 32 bits a name: one cell in 32 that no name has is still told « cannot tell ».
    var count = 1
    while count * 64 < ascii.count * 32 { count *= 2 }
    words = [UInt64](repeating: 0, count: count)
    for name in ascii {
      var hash = Self.start
      for (index, key) in name.enumerated() {
        if index > 0 { hash = Self.hash(hash, 0) }
        hash = key.utf8.reduce(hash, Self.hash)
      }
      let bit = bit(hash)
      words[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Whether no name of one key has the key of this cell; `true` for a cell whose key is empty.
  /// `utf8` tells that the cell is UTF-8, so that Latin-1's letters can be keyed too.
  func surelyAbsent(_ cell: UnsafeBufferPointer<UInt8>, utf8: Bool) -> Bool {
    var hash = Self.start
    guard let empty = Self.key(cell, utf8: utf8, into: &hash) else { return false }
    return empty || isClear(hash)
  }

  /// Whether no name of two keys has the keys of these cells; `true` when either key is empty.
  func surelyAbsent(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>, utf8: Bool) -> Bool {
    var hash = Self.start
    guard let firstEmpty = Self.key(first, utf8: utf8, into: &hash) else { return false }
    if firstEmpty { return true }
    hash = Self.hash(hash, 0)
    guard let secondEmpty = Self.key(second, utf8: utf8, into: &hash) else { return false }
    return secondEmpty || isClear(hash)
  }

  private func isClear(_ hash: UInt64) -> Bool {
    let bit = bit(hash)
    return words[bit >> 6] & (1 << UInt64(bit & 63)) == 0
  }

  /// The bit of a hash, from its high bits, the best mixed.
  private func bit(_ hash: UInt64) -> Int {
    let bits = words.count * 64
    return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits.trailingZeroBitCount))
  }

  /// Hashes the key of a cell as `Spelling.key` makes it; whether the key is empty, `nil` for a
  /// byte the walk cannot key (past ASCII, or past Latin-1's letters in UTF-8).
  private static func key(_ cell: UnsafeBufferPointer<UInt8>, utf8: Bool, into hash: inout UInt64) -> Bool? {
    var walked = hash
    let add = { (byte: UInt8) in walked = Self.hash(walked, byte) }
    let counted = utf8 ? Spelling.forEachKeyByte(ofUTF8: cell, add) : Spelling.forEachKeyByte(ofASCII: cell, add)
    guard let count = counted else { return nil }
    hash = walked
    return count == 0
  }

  private static let start: UInt64 = 0xCBF2_9CE4_8422_2325

  /// FNV-1a, one byte.
  private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01B3
  }
}
