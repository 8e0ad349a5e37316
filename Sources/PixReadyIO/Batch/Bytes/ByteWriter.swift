/// Appends to a ``ByteBuffer`` from a local variable: the row loop's writes touch no class
/// property (each would cost a dynamic exclusivity check), and the count is stored back by
/// ``commit()``.
struct ByteWriter {
  private let buffer: ByteBuffer
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The bytes in the buffer, those appended here included.
  private(set) var count: Int

  /// Starts appending after what `buffer` holds.
  init(_ buffer: ByteBuffer) {
    self.buffer = buffer
    base = buffer.base
    capacity = buffer.capacity
    count = buffer.count
  }

  /// Stores the count back into the buffer.
  func commit() { buffer.count = count }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(count + extra) }
  }

  private mutating func grow(_ needed: Int) {
    buffer.count = count
    buffer.grow(toHold: needed)
    base = buffer.base
    capacity = buffer.capacity
  }

  /// Appends `length` bytes from `source`.
  @inline(__always)
  mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
    reserve(length)
    (base + count).update(from: source, count: length)
    count += length
  }

  /// Appends `length` bytes from `source` a word at a time, for short runs: reads up to 7 bytes
  /// past the source's end (block buffers keep that slack) and writes up to 7 bytes past the new
  /// end, which later appends overwrite.
  @inline(__always)
  mutating func appendShort(_ source: UnsafePointer<UInt8>, _ length: Int) {
    reserve(length + 8)
    count = Self.copyWords(source, length, to: base + count) - base
  }

  /// Reserves `extra` bytes and returns where the next byte goes, for a writer that then moves
  /// the end with ``advance(to:)``.
  @inline(__always)
  mutating func cursor(reserving extra: Int) -> UnsafeMutablePointer<UInt8> {
    reserve(extra)
    return base + count
  }

  /// Moves the end to `end`, a position returned by ``cursor(reserving:)`` plus what was written.
  @inline(__always)
  mutating func advance(to end: UnsafeMutablePointer<UInt8>) {
    count = end - base
  }

  /// Copies `length` bytes a word at a time: reads up to 7 bytes past the source's end and writes
  /// up to 7 bytes past the destination's; returns the destination's new end.
  @inline(__always)
  static func copyWords(
    _ source: UnsafePointer<UInt8>, _ length: Int, to destination: UnsafeMutablePointer<UInt8>
  ) -> UnsafeMutablePointer<UInt8> {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(destination)
    var offset = 0
    while offset < length {
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
      offset += 8
    }
    return destination + length
  }

  /// Copies `length` bytes, 16 at most, reading and writing none past either end: two words (or
  /// half-words) that overlap in the middle, or up to three bytes. Shorter than a call to
  /// `memmove` or a loop of bytes for the few bytes most appends of a report are.
  @inline(__always)
  static func copyShort(_ source: UnsafePointer<UInt8>, _ length: Int, to destination: UnsafeMutablePointer<UInt8>) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(destination)
    if length >= 8 {
      let (first, last) = (
        from.loadUnaligned(as: UInt64.self), from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      )
      to.storeBytes(of: first, as: UInt64.self)
      to.storeBytes(of: last, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 {
      let (first, last) = (
        from.loadUnaligned(as: UInt32.self), from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      )
      to.storeBytes(of: first, as: UInt32.self)
      to.storeBytes(of: last, toByteOffset: length - 4, as: UInt32.self)
    } else if length > 0 {
      let (first, middle, last) = (source[0], source[length / 2], source[length - 1])
      destination[0] = first
      destination[length / 2] = middle
      destination[length - 1] = last
    }
  }

  /// The `length` bytes at `source` (8 at most) as a little-endian number, read as
  /// ``copyShort(_:_:to:)`` reads them (none past either end), straight into a register: a word
  /// copied through memory and read back at once waits for the copy's stores.
  @inline(__always)
  static func loadShort(_ source: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    let from = UnsafeRawPointer(source)
    if length >= 8 { return UInt64(littleEndian: from.loadUnaligned(as: UInt64.self)) }
    if length >= 4 {
      let first = UInt64(UInt32(littleEndian: from.loadUnaligned(as: UInt32.self)))
      let last = UInt64(UInt32(littleEndian: from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)))
      return first | last << (8 * UInt64(length - 4))
    }
    guard length > 0 else { return 0 }
    let middle = length / 2
    return UInt64(source[0]) | UInt64(source[middle]) << (8 * UInt64(middle))
      | UInt64(source[length - 1]) << (8 * UInt64(length - 1))
  }

  /// Writes a non-negative integer in decimal at `destination`, which has room for
  /// ``decimalRoom`` bytes; returns the new end. The one decimal writer of the batch and its
  /// reports.
  @inline(__always)
  static func writeDecimal(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    var digits = 1
    var power = 10
    while power <= value, digits < decimalRoom {
      digits += 1
      power &*= 10
    }
    // Two digits at a time, from the end, out of « 00 01 02 … 99 ».
    let pairs = digitPairs.utf8Start
    var remaining = value
    var position = destination + digits
    while remaining >= 10 {
      let pair = 2 &* (remaining % 100)
      remaining /= 100
      position -= 2
      position[0] = pairs[pair]
      position[1] = pairs[pair &+ 1]
    }
    if position > destination { destination.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining) }
    return destination + digits
  }

  /// The most digits a non-negative `Int` has.
  static let decimalRoom = 19

  /// The numbers 00 to 99, two digits each.
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """

  /// Appends raw bytes.
  mutating func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress else { return }
    append(source.assumingMemoryBound(to: UInt8.self), bytes.count)
  }

  /// Appends bytes held in an array.
  @inline(__always)
  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      if let source = buffer.baseAddress { append(source, buffer.count) }
    }
  }

  /// Appends the 8 bytes of `word`, the lowest first.
  @inline(__always)
  mutating func append(word: UInt64) {
    let cursor = cursor(reserving: 8)
    UnsafeMutableRawPointer(cursor).storeBytes(of: word.littleEndian, as: UInt64.self)
    advance(to: cursor + 8)
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends a literal.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    append(text.utf8Start, text.utf8CodeUnitCount)
  }

  /// Appends UTF-8 text.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      if let source = buffer.baseAddress { append(source, buffer.count) }
    }
  }

  /// Appends an integer in decimal.
  @inline(__always)
  mutating func appendDecimal(_ value: Int) {
    guard value >= 0 else {
      append(String(value))
      return
    }
    reserve(Self.decimalRoom)
    count = Self.writeDecimal(value, to: base + count) - base
  }
}
