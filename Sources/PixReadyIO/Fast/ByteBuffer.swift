/// A growable run of bytes with cheap appends, reused from block to block.
///
/// Owns its memory (freed on deinit). Not thread-safe: one owner at a time, handed over through
/// the block pipeline's semaphores.
final class ByteBuffer: @unchecked Sendable {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  /// The bytes written so far.
  var count = 0

  /// Creates an empty buffer with room for `capacity` bytes (plus 8 bytes of slack for word reads).
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    // Pages are touched only when written: an unused buffer costs no resident memory.
    base = .allocate(capacity: self.capacity + 8)
  }

  deinit { base.deallocate() }

  /// The bytes written.
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(count + extra) }
  }

  private func grow(_ needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 8)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends `length` bytes from `source`.
  @inline(__always)
  func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
    reserve(length)
    (base + count).update(from: source, count: length)
    count += length
  }

  /// Appends all of `bytes`.
  func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      if let source = buffer.baseAddress { append(source, buffer.count) }
    }
  }

  /// Appends one byte.
  @inline(__always)
  func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends a non-negative integer in decimal.
  func appendDecimal(_ value: Int) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    guard value >= 0, value < 10_000_000_000 else {
      append(Array(String(value).utf8))
      return
    }
    var remaining = value
    var length = 0
    withUnsafeMutableBytes(of: &digits) { scratch in
      repeat {
        length += 1
        scratch[10 - length] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
      } while remaining > 0
      if let start = scratch.baseAddress {
        append(start.assumingMemoryBound(to: UInt8.self) + (10 - length), length)
      }
    }
  }

  /// Appends UTF-8 text.
  func append(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      if let source = buffer.baseAddress { append(source, buffer.count) }
    }
  }

  /// Forgets the bytes, keeping the memory.
  func removeAll() { count = 0 }
}
