/// A growable run of bytes, reused from block to block, written through a ``ByteWriter``.
///
/// Owns its memory (freed on deinit). One owner at a time, handed over through the block
/// pipeline's semaphores.
final class ByteBuffer: @unchecked Sendable {
  /// The first byte.
  private(set) var base: UnsafeMutablePointer<UInt8>
  /// The bytes it can hold without growing (8 more bytes of slack follow, for word reads).
  private(set) var capacity: Int
  /// The bytes written so far.
  var count = 0

  /// Creates an empty buffer with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    // Pages are touched only when written: an unused buffer costs no resident memory.
    base = .allocate(capacity: self.capacity + 8)
  }

  deinit { base.deallocate() }

  /// The bytes written.
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  /// Makes room for at least `needed` bytes in all, keeping those written.
  func grow(toHold needed: Int) {
    guard needed > capacity else { return }
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 8)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends bytes (for the few writes outside a row loop).
  func append(_ bytes: UnsafeRawBufferPointer) {
    var writer = ByteWriter(self)
    writer.append(bytes)
    writer.commit()
  }

  /// Sets the 8 bytes of slack after the bytes written to zero: word reads past the data then
  /// read defined bytes (valgrind found them uninitialised in a file without a final line break).
  func zeroSlack() {
    (base + count).initialize(repeating: 0, count: 8)
  }

  /// Forgets the bytes, keeping the memory.
  func removeAll() { count = 0 }
}
