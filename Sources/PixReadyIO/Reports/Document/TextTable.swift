/// Texts met many times (names, classes), each kept once; a row points at its text by index.
///
/// Texts are told apart as Swift compares strings (canonical equivalence: « é » typed as one
/// scalar or as « e » and an accent is one text, kept as first met). A name is interned for every
/// row, so the spellings of short texts are also remembered byte for byte (``ShortSpellings``):
/// a spelling met before is found without hashing the string.
struct TextTable {
  /// The distinct texts, in the order first met.
  private(set) var texts: [String] = []
  /// Each text without leading and trailing whitespace, worked out once.
  private(set) var trimmedTexts: [String] = []
  private var indices: [String: Int32] = [:]
  private var spellings = ShortSpellings()
  /// For ``intern(trimming:)``: the index of the trimmed text of each short spelling met.
  private var untrimmedSpellings = ShortSpellings()

  /// The index of `text`, added when new.
  mutating func intern(_ text: String) -> Int32 {
    guard let key = ShortSpellings.Key(text) else { return internText(text) }
    if let known = spellings[key] { return known }
    let index = internText(text)
    spellings.remember(key, index)
    return index
  }

  /// The index of `text` without its leading and trailing whitespace (`trimmedSpaces`),
  /// added when new; a short spelling met before is not trimmed again.
  mutating func intern(trimming text: String) -> Int32 {
    guard let key = ShortSpellings.Key(text) else { return intern(text.trimmedSpaces) }
    if let known = untrimmedSpellings[key] { return known }
    let index = intern(text.trimmedSpaces)
    untrimmedSpellings.remember(key, index)
    return index
  }

  /// The index of the text spelt by the UTF-8 `bytes`, added when new: as ``intern(_:)`` of that
  /// text, with no `String` made for a short spelling met before.
  mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard let key = ShortSpellings.Key(bytes) else { return intern(String(decoding: bytes, as: UTF8.self)) }
    if let known = spellings[key] { return known }
    return intern(String(decoding: bytes, as: UTF8.self))
  }

  /// The index of the text spelt by the UTF-8 `bytes` without its leading and trailing whitespace:
  /// as ``intern(trimming:)`` of that text, with no `String` made for a short spelling met before.
  mutating func intern(trimming bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard let key = ShortSpellings.Key(bytes) else { return intern(trimming: String(decoding: bytes, as: UTF8.self)) }
    if let known = untrimmedSpellings[key] { return known }
    return intern(trimming: String(decoding: bytes, as: UTF8.self))
  }

  private mutating func internText(_ text: String) -> Int32 {
    if let known = indices[text] { return known }
    let index = Int32(texts.count)
    indices[text] = index
    texts.append(text)
    trimmedTexts.append(text.trimmedSpaces)
    return index
  }

  /// The text at `index`.
  subscript(index: Int32) -> String { texts[Int(index)] }

  /// The text at `index` without leading and trailing whitespace.
  func trimmed(_ index: Int32) -> String { trimmedTexts[Int(index)] }
}

/// The index of each spelling of up to 15 UTF-8 bytes met so far, compared byte for byte: an
/// open-addressing table of packed keys, hashed by ``SeededHash`` (with a per-process seed, so
/// that a crafted class file cannot make its names collide). It remembers at most ``limit``
/// spellings; texts past that are found by the table's dictionary as before.
struct ShortSpellings {
  /// A spelling packed in two words: bytes 0–7, then bytes 8–14 with the length and a mark in
  /// the top byte (so that no key is zero, the empty slot).
  struct Key: Equatable {
    var low: UInt64
    var high: UInt64

    /// The key of `text`, `nil` when it is longer than 15 bytes.
    init?(_ text: String) {
      var text = text
      guard let key = text.withUTF8({ Key($0) }) else { return nil }
      self = key
    }

    /// The key of the spelling `bytes` (UTF-8), `nil` when it is longer than 15 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 15 else { return nil }
      let count = bytes.count
      // Read into registers (``ByteWriter/loadShort(_:_:)``), not copied through memory.
      let low = bytes.baseAddress.map { ByteWriter.loadShort($0, min(count, 8)) } ?? 0
      let high = count > 8 ? ByteWriter.loadShort(bytes.baseAddress.unsafelyUnwrapped + 8, count - 8) : 0
      self.init(low: low, high: high, count: count)
    }

    private init(low: UInt64, high: UInt64, count: Int) {
      self.low = low
      self.high = high | (0x80 | UInt64(count)) << 56
    }

    /// A key from its stored words.
    fileprivate init(stored low: UInt64, _ high: UInt64) {
      self.low = low
      self.high = high
    }
  }

  /// The most spellings remembered (about 5 MiB of table at most).
  static let limit = 1 << 17

  private var lows: [UInt64] = []
  private var highs: [UInt64] = []
  private var values: [Int32] = []
  private var count = 0
  private let hash = SeededHash()

  /// The index remembered for `key`, if any.
  subscript(key: Key) -> Int32? {
    guard !lows.isEmpty else { return nil }
    let slot = find(key)
    return highs[slot] == 0 ? nil : values[slot]
  }

  /// Remembers `index` for `key` (not remembered yet), unless ``limit`` spellings already are.
  mutating func remember(_ key: Key, _ index: Int32) {
    guard count < Self.limit else { return }
    if (count + 1) * 2 > lows.count { grow() }
    let slot = find(key)
    lows[slot] = key.low
    highs[slot] = key.high
    values[slot] = index
    count += 1
  }

  /// The slot holding `key`, or the empty slot where it goes.
  private func find(_ key: Key) -> Int {
    let mask = lows.count - 1
    var slot = hash(key.low, key.high) & mask
    while highs[slot] != 0, highs[slot] != key.high || lows[slot] != key.low { slot = (slot + 1) & mask }
    return slot
  }

  private mutating func grow() {
    let old = (lows, highs, values)
    let size = max(256, lows.count * 2)
    lows = [UInt64](repeating: 0, count: size)
    highs = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    for slot in old.0.indices where old.1[slot] != 0 {
      let key = Key(stored: old.0[slot], old.1[slot])
      let free = find(key)
      lows[free] = key.low
      highs[free] = key.high
      values[free] = old.2[slot]
    }
  }
}
