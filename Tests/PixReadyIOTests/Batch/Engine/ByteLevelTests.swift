import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// The byte-level pieces of the fast path agree with the String-level code they stand in for.
struct ByteLevelTests {
  /// Calls `body` with `bytes` followed by the 8 bytes of slack the fast path reads past a key.
  private func withKey<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<UInt8>) -> Result) -> Result? {
    (bytes + [UInt8](repeating: 0xAA, count: 8)).withUnsafeBufferPointer { $0.baseAddress.map(body) }
  }

  @Test func findsEveryKeyByItsBytesAndTag() {
    var map = ByteKeyMap()
    var keys: [([UInt8], Int)] = []
    for length in 0...40 {
      for tag in 0..<3 {
        keys.append((Array((0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + tag) }), tag))
      }
    }
    // Keys that differ only after their 16th byte.
    keys.append((Array(repeating: 0x41, count: 30) + [1], 0))
    keys.append((Array(repeating: 0x41, count: 30) + [2], 0))
    for (index, (key, tag)) in keys.enumerated() {
      #expect(withKey(key) { map.find($0, key.count, tag: tag) } == .some(nil))
      _ = withKey(key) { map.insert($0, key.count, tag: tag, value: Int32(index)) }
    }
    #expect(map.count == keys.count)
    for (index, (key, tag)) in keys.enumerated() {
      #expect(
        withKey(key) { map.find($0, key.count, tag: tag) } == Int32(index), "key of \(key.count) bytes, tag \(tag)")
    }
  }

  @Test func copiesTheTableBeforeChangingAMapThatIsShared() {
    var original = ByteKeyMap()
    _ = withKey(Array("oui".utf8)) { original.insert($0, 3, value: 1) }
    var copy = original
    _ = withKey(Array("non".utf8)) { copy.insert($0, 3, value: 2) }
    #expect(withKey(Array("non".utf8)) { original.find($0, 3) } == .some(nil))
    #expect(withKey(Array("non".utf8)) { copy.find($0, 3) } == 2)
    #expect(withKey(Array("oui".utf8)) { copy.find($0, 3) } == 1)
  }

  @Test func validatesUTF8AsStrictlyAsTheStandardLibrary() {
    let cases: [[UInt8]] = [
      [0xC3, 0xA9], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
      [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0x80], [0xFF], [0x41, 0xC3, 0x41],
    ]
    var random = SplitMix(seed: 42)
    let pieces: [UInt8] = [0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
    let generated = (0..<3000).map { _ in (0..<(random.next() % 7)).map { _ in pieces[Int(random.next() % 15)] } }
    for bytes in cases + generated {
      let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) } != nil
      #expect(withKey(bytes) { UTF8Strict.isValid($0, bytes.count) } == expected, "\(bytes)")
    }
  }

  @Test(arguments: CSVEncoding.allCases)
  func takesAnIdentityCellAsIsOnlyWhenTheSlowPathWouldWriteItsBytes(encoding: CSVEncoding) {
    let copier = IdentityCopier(encoding: encoding, outputDelimiter: UInt8(ascii: ";"))
    let alphabet = [
      "a", "Z", "é", "É", "œ", "€", " ", "\u{A0}", "\u{301}", "\"", ";", ",", "\\", "\t", "\n", "'", "-", "0", "ō",
    ]
    var random = SplitMix(seed: 7)
    var accepted = 0
    for _ in 0..<4000 {
      let text = (0..<(random.next() % 6)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
      let bytes = ClassFileGenerator(encoding: encoding).encode(text)
      let decoded = bytes.withUnsafeBufferPointer { encoding.decode($0) }
      guard withKey(bytes, { copier.accepts($0, bytes.count) }) == true, let decoded else { continue }
      accepted += 1
      #expect(decoded.trimmedSpaces == decoded, "\(decoded.debugDescription) would be trimmed")
      #expect(CSVReportFormatter.line([decoded], delimiter: ";") == decoded + "\r\n", "\(decoded.debugDescription)")
      #expect(JSONText.string(decoded) == "\"" + decoded + "\"", "\(decoded.debugDescription) needs escaping")
      let buffer = ByteBuffer(capacity: 64)
      var writer = ByteWriter(buffer)
      _ = withKey(bytes) { copier.append($0, bytes.count, to: &writer) }
      writer.commit()
      #expect(Array(buffer.bytes) == Array(decoded.utf8))
    }
    #expect(accepted > 300)
  }
}

extension ByteLevelTests {
  @Test(arguments: StudentIdentity.Field.allCases.indices)
  func writesIdentityKeysAsTheJSONFormatterDoes(field: Int) {
    let name = StudentIdentity.Field.allCases[field].rawValue
    #expect(RowLayout.memberPrefix(field).description == JSONText.string(name) + ":\"")
  }

  /// Word reads look up to 8 bytes past a block's data: those bytes are set (issue 15, point 14:
  /// valgrind saw them uninitialised in a file without a final line break).
  @Test func zeroesTheEightBytesAfterABlocksData() throws {
    let reader = try CSVFileReader(input: .memory(Array("ine;nom\n1;ALBERT".utf8)), path: "classe.csv")
    var blocks = BlockReader(reader: reader, blockSize: 64)
    let job = BlockJob(capacity: 64, outputCapacity: 64)
    job.input.base.update(repeating: 0xAA, count: job.input.capacity + 8)
    _ = try blocks.fill(job)
    #expect(job.input.count == 8)
    #expect(
      Array(UnsafeBufferPointer(start: job.input.base + job.input.count, count: 8)) == Array(repeating: 0, count: 8))
  }
}

extension ByteLevelTests {
  /// Every length a short copy takes, at every offset in a word: the bytes copied, nothing read
  /// or written around them (guard bytes in both buffers stay as they were).
  @Test func copiesShortRunsAndNothingAroundThem() {
    for length in 0...16 {
      for offset in 0..<8 {
        let source = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var destination = [UInt8](repeating: 0xEE, count: 40)
        source.withUnsafeBufferPointer { source in
          destination.withUnsafeMutableBufferPointer { destination in
            ByteWriter.copyShort(source.baseAddress! + 12 + offset, length, to: destination.baseAddress! + 8 + offset)
          }
        }
        var expected = [UInt8](repeating: 0xEE, count: 40)
        expected[(8 + offset)..<(8 + offset + length)] = source[(12 + offset)..<(12 + offset + length)]
        #expect(destination == expected, "length \(length), offset \(offset)")
      }
    }
  }

  /// Up to 8 bytes read as a little-endian number, at the very end of their buffer (nothing past
  /// it is read: the address sanitizer would say so).
  @Test func loadsAFewBytesAsANumber() {
    for length in 0...8 {
      let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(length, 1))
      defer { bytes.deallocate() }
      for index in 0..<length { bytes[index] = UInt8(truncatingIfNeeded: index &* 37 &+ 11) }
      let expected = (0..<length).reduce(UInt64(0)) { $0 | UInt64(bytes[$1]) << (8 * UInt64($1)) }
      #expect(ByteWriter.loadShort(bytes, length) == expected, "length \(length)")
    }
  }

  /// The batch's rows write numbers (line numbers, counts) as Swift writes them, negative ones too.
  @Test func writesNumbersInDecimal() {
    var values = Array(-12...1_000) + [9_999, 10_000, 1_234_567, Int.max, Int.min]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1]
    }
    let buffer = ByteBuffer(capacity: 16)
    var writer = ByteWriter(buffer)
    for value in values {
      writer.appendDecimal(value)
      writer.append(UInt8(ascii: " "))
    }
    writer.commit()
    #expect(String(decoding: buffer.bytes, as: UTF8.self) == values.map { "\($0) " }.joined())
  }
}
