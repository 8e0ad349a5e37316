import Foundation
import PixReadyCore

/// Where a report for people is written, section by section: bytes gathered in a buffer of
/// about 512 KiB, handed to the output a chunk of whole lines at a time on an ``OutputThread``
/// (the system copies one chunk while the next is made), French typeset on the way when the
/// whole text is (Markdown in French); a text not typeset is handed over in the buffer it was
/// written in (``OutputBuffer``), not copied. Long lists of rows are written on several threads at once
/// (``appendRows(_:partSize:_:)``).
///
/// Typesetting whole lines gives the bytes typesetting the whole text would:
/// ``FrenchTypography`` never looks across a line break. A text written many times (the end of a
/// student's row, the same for every student with that outcome) can be made a ``Piece`` once: its
/// middle is typeset when it is made, not each time it is written.
struct ReportWriter: ~Copyable {
  /// A text made once with ``piece(_:)`` and appended many times, by any writer of the same
  /// report: its bytes, and (when typesetting) the typeset bytes of its middle, more than
  /// ``FrenchTypography/reach`` bytes from its ends, which no text around it changes. They lie in
  /// the report's ``PieceStorage``, read without counting references (several threads append the
  /// same pieces at once).
  struct Piece {
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let middle: UnsafeBufferPointer<UInt8>?
  }

  /// The bytes not handed over yet: `count` of them, in room for `capacity`, in ``buffer``.
  /// Appending is a bounds check and a copy (a report appends about ten times per row).
  private var bytes: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// The memory of ``bytes``: handed to the output whole when its lines need no typesetting.
  private var buffer: OutputBuffer
  private let typesets: Bool
  /// Where chunks go, and where their buffers come from.
  private let output: OutputThread
  /// Whether this writer writes some rows only (``appendRows(_:partSize:_:)``): its chunks are
  /// kept in ``collected`` for the writer that made it to hand over.
  private let collects: Bool
  /// The chunks handed over by a writer that ``collects``, in order.
  private var collected: [OutputThread.Chunk] = []
  /// How many threads may write rows at once.
  private let threads: Int
  private static let chunk = 1 << 19
  /// How many rows a thread writes at a time in ``appendRows(_:partSize:_:)``, unless told otherwise.
  static let rowsPerPart = 1 << 12
  /// The most threads ``appendRows(_:partSize:_:)`` uses: one output thread writes every byte, so
  /// more would hold more ranges in memory without making the report sooner.
  static let mostThreads = 4
  /// Where the pieces' bytes are kept, shared by every writer of the report.
  private let pieces: PieceStorage
  /// Where pieces' middles lie in the bytes not handed over yet, in order, and their typeset
  /// bytes: handed over as typeset already.
  private var typesetMiddles: [(start: Int, end: Int, typeset: UnsafeBufferPointer<UInt8>)] = []

  /// Runs `body` with a writer handing its bytes to `output`, then hands over what is left.
  ///
  /// - Parameter threads: how many threads may write rows at once
  ///   (``appendRows(_:partSize:_:)``); the bytes are the same for any number.
  static func write<Output: ByteOutputStream>(
    to output: inout Output, typesetIn language: Language?, threads: Int = 1, _ body: (inout ReportWriter) -> Void
  ) {
    withUnsafeMutablePointer(to: &output) { output in
      // Only the output thread uses `output` until `finish()` returns.
      let output = UncheckedSendable(output)
      let thread = OutputThread { output.value.pointee.write(bytes: $0) }
      let typesets =
        switch language {
        case .fr: true
        case .en, nil: false
        }
      var writer = ReportWriter(
        typesets: typesets, output: thread, collects: false, threads: threads, pieces: PieceStorage())
      body(&writer)
      writer.finish()
      thread.finish()
    }
  }

  /// A writer handing its bytes to `output`, or keeping them when it `collects`; typeset as French
  /// text is (``FrenchTypography``) when `typesets`.
  private init(
    typesets: Bool, output: OutputThread, collects: Bool, threads: Int, pieces: PieceStorage
  ) {
    self.typesets = typesets
    self.output = output
    self.collects = collects
    self.threads = max(threads, 1)
    self.pieces = pieces
    buffer = output.buffer(capacity: Self.chunk + Self.chunk / 2)
    bytes = buffer.base
    capacity = buffer.capacity
  }

  /// Makes `bytes` a piece to append many times.
  mutating func piece(_ bytes: [UInt8]) -> Piece {
    let reach = FrenchTypography.reach
    var middle: UnsafeBufferPointer<UInt8>?
    if typesets, bytes.count > 2 * reach {
      var typeset: [UInt8] = []
      bytes.withUnsafeBufferPointer {
        FrenchTypography.typeset($0, range: reach..<(bytes.count - reach), appendingTo: &typeset)
      }
      middle = pieces.keep(typeset)
    }
    return Piece(bytes: pieces.keep(bytes), middle: middle)
  }

  /// Appends a piece.
  mutating func append(_ piece: Piece) {
    let start = count
    append(piece.bytes)
    if let middle = piece.middle {
      let reach = FrenchTypography.reach
      typesetMiddles.append((start + reach, count - reach, middle))
    }
  }

  /// Appends UTF-8 text. A literal is appended as a `StaticString` (this one is disfavoured).
  @_disfavoredOverload
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends a literal.
  mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends bytes.
  mutating func append(_ other: [UInt8]) {
    other.withUnsafeBufferPointer { append($0) }
  }

  /// Appends bytes.
  @inline(__always)
  mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
    guard let base = other.baseAddress else { return }
    reserve(other.count)
    if other.count <= 16 {
      // Most appends are a few bytes: copied here rather than through a call to `memmove`.
      ByteWriter.copyShort(base, other.count, to: bytes + count)
    } else {
      (bytes + count).update(from: base, count: other.count)
    }
    count += other.count
  }

  /// Appends one byte (ASCII).
  mutating func append(byte: UInt8) {
    reserve(1)
    bytes[count] = byte
    count += 1
  }

  /// Appends the 8 bytes of `word`, the lowest first.
  mutating func append(word: UInt64) {
    reserve(8)
    UnsafeMutableRawPointer(bytes + count).storeBytes(of: word.littleEndian, as: UInt64.self)
    count += 8
  }

  /// Appends an integer in decimal.
  mutating func appendDecimal(_ value: Int) {
    guard value >= 0 else { return append(String(value)) }
    reserve(ByteWriter.decimalRoom)
    count = ByteWriter.writeDecimal(value, to: bytes + count) - bytes
  }

  /// Makes room for `more` bytes.
  @inline(__always)
  private mutating func reserve(_ more: Int) {
    if count + more > capacity { grow(to: count + more) }
  }

  @inline(never)
  private mutating func grow(to needed: Int) {
    let larger = OutputBuffer(capacity: max(needed, 2 * capacity))
    larger.base.update(from: bytes, count: count)
    use(larger)
  }

  /// Writes on in `buffer` from now on.
  private mutating func use(_ buffer: OutputBuffer) {
    self.buffer = buffer
    bytes = buffer.base
    capacity = buffer.capacity
  }

  /// Appends rows `0..<count`, which `body` writes a range at a time, to the writer it is given.
  ///
  /// With one thread, that is `body(0..<count, &self)`. With more, each thread writes ranges of
  /// `partSize` rows in turn (``rowsPerPart``, unless the caller knows that a range writes fewer
  /// rows: each range is a hand-over between threads), each to a writer of its own (typeset
  /// there), and hands its chunks to the output when the range before it has been handed over:
  /// the bytes are the same, and each thread holds one range at most. Call it at the end of a
  /// line. `body` is then called on several threads at once: it must only read what it captures,
  /// end each range with the end of a line, and not make pieces.
  mutating func appendRows(
    _ count: Int, partSize: Int = rowsPerPart, _ body: (Range<Int>, inout ReportWriter) -> Void
  ) {
    let partSize = max(partSize, 1)
    let parts = (count + partSize - 1) / partSize
    guard threads > 1, parts > 1 else { return body(0..<count, &self) }
    assert(self.count == 0 || bytes[self.count - 1] == 0x0A, "rows start at the end of a line")
    finish()
    let typesets = typesets
    let output = output
    let pieces = pieces
    let threads = min(threads, parts, Self.mostThreads)
    let turn = HandOffTurn()
    withoutActuallyEscaping(body) { body in
      // The group returns when every range is handed over: `body` is used until then only.
      let body = UncheckedSendable(body)
      ThreadGroup.run(threads) { thread in
        // One writer per thread, emptied after each of its ranges.
        var writer = ReportWriter(typesets: typesets, output: output, collects: true, threads: 1, pieces: pieces)
        for part in stride(from: thread, to: parts, by: threads) {
          body.value(part * partSize..<min(count, (part + 1) * partSize), &writer)
          writer.finish()
          turn.wait(for: part)
          writer.handOverCollected()
          turn.pass()
        }
      }
    }
  }

  /// Hands the chunks a writer that ``collects`` has kept to the output, in order. Each is moved
  /// out, so that the output thread holds its only reference and can reuse it without a copy.
  private mutating func handOverCollected() {
    collected.reverse()
    while let chunk = collected.popLast() { output.send(chunk) }
  }

  /// Hands the lines gathered so far to the output once there are enough of them; call it after
  /// a line is complete.
  mutating func lineEnded() {
    guard count >= Self.chunk else { return }
    var end = count
    while end > 0, bytes[end - 1] != 0x0A { end -= 1 }
    drain(upTo: end)
  }

  /// Hands everything left to the output.
  mutating func finish() {
    drain(upTo: count)
  }

  private mutating func drain(upTo end: Int) {
    guard end > 0 else { return }
    guard typesets else {
      // The lines are handed over in the buffer they were written in; what follows them (part of
      // a line) starts the next buffer.
      let lines = buffer
      lines.count = end
      use(output.buffer(capacity: capacity))
      bytes.update(from: lines.base + end, count: count - end)
      count -= end
      if collects { collected.append(.buffer(lines)) } else { output.send(.buffer(lines)) }
      return
    }
    // Typeset into a chunk of its own, around the pieces' middles, which are typeset already; a
    // middle cut by `end` is typeset with the bytes after it, as any text.
    var chunk = output.buffer()
    let lines = UnsafeBufferPointer(start: bytes, count: end)
    var position = 0
    var handed = 0
    for middle in typesetMiddles {
      guard middle.end <= end else { break }
      FrenchTypography.typeset(lines, range: position..<middle.start, appendingTo: &chunk)
      chunk.append(contentsOf: middle.typeset)
      position = middle.end
      handed += 1
    }
    FrenchTypography.typeset(lines, range: position..<end, appendingTo: &chunk)
    typesetMiddles.removeFirst(handed)
    typesetMiddles.removeAll { $0.start < end }
    for index in typesetMiddles.indices {
      typesetMiddles[index].start -= end
      typesetMiddles[index].end -= end
    }
    if collects { collected.append(.array(chunk)) } else { output.send(.array(chunk)) }
    // What follows the last line handed over (part of a line) moves to the front; the two may overlap.
    UnsafeMutableRawPointer(bytes).copyMemory(from: bytes + end, byteCount: count - end)
    count -= end
  }
}

/// Whose turn it is to hand chunks over, when ranges are written side by side
/// (``ReportWriter/appendRows(_:partSize:_:)``).
private final class HandOffTurn: @unchecked Sendable {
  private let condition = NSCondition()
  private var next = 0

  /// Waits until the ranges before `part` are handed over.
  func wait(for part: Int) {
    condition.lock()
    while next != part { condition.wait() }
    condition.unlock()
  }

  /// Lets the next range be handed over.
  func pass() {
    condition.lock()
    next += 1
    condition.broadcast()
    condition.unlock()
  }
}

/// The bytes of a report's pieces (``ReportWriter/Piece``), each kept in place until the report is
/// written: pieces point into them. Pieces are made by the writer the report began with, between
/// its sections; writers of rows (``ReportWriter/appendRows(_:partSize:_:)``) only read them.
private final class PieceStorage: @unchecked Sendable {
  private var blocks: [UnsafeMutableBufferPointer<UInt8>] = []

  /// Keeps a copy of `bytes`, which stays where it is until the storage is freed.
  func keep(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
    let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = block.initialize(from: bytes)
    blocks.append(block)
    return UnsafeBufferPointer(block)
  }

  deinit {
    for block in blocks { block.deallocate() }
  }
}
