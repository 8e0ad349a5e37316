/// A text output that also takes raw UTF-8 bytes, so that large reports are written without
/// building a `String` first.
public protocol ByteOutputStream: TextOutputStream {
  /// Appends UTF-8 bytes.
  mutating func write(bytes: UnsafeRawBufferPointer)
}

extension String: ByteOutputStream {
  /// Appends UTF-8 bytes (whole characters: a batch run writes whole rows).
  public mutating func write(bytes: UnsafeRawBufferPointer) {
    self += String(decoding: bytes, as: UTF8.self)
  }
}
