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

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends UTF-8 text.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      if let source = buffer.baseAddress { append(source, buffer.count) }
    }
  }

  /// Appends a non-negative integer in decimal.
  @inline(__always)
  mutating func appendDecimal(_ value: Int) {
    guard value >= 0 else {
      append(String(value))
      return
    }
    var digits = 1
    var power = 10
    while power <= value, digits < 19 {
      digits += 1
      power &*= 10
    }
    reserve(digits)
    var remaining = value
    var index = count + digits - 1
    repeat {
      base[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
      remaining /= 10
      index -= 1
    } while index >= count
    count += digits
  }
}
