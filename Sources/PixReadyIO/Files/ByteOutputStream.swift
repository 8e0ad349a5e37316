/// A text output that also takes raw UTF-8 bytes, so that large reports are written without
/// building a `String` first.
public protocol ByteOutputStream: TextOutputStream {
  /// Appends UTF-8 bytes.
  mutating func write(bytes: UnsafeRawBufferPointer)
}
