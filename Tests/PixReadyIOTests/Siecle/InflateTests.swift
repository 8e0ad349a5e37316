import Foundation
import PixReadyIO
import Testing

/// The DEFLATE decoder, against streams made by Python's zlib (see `make-siecle-fixtures.py`).
struct InflateTests {
  /// `name size crc32` lines written by the fixture generator.
  private func checksums() throws -> [String: (size: Int, crc: UInt32)] {
    let text = String(decoding: try SiecleFixtures.bytes("zip/checksums.txt"), as: UTF8.self)
    var result: [String: (Int, UInt32)] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 3, let size = Int(parts[1]), let crc = UInt32(parts[2], radix: 16) {
        result[String(parts[0])] = (size, crc)
      }
    }
    return result
  }

  @Test(arguments: ["stored.zip", "deflate-dynamic.zip", "deflate-fixed.zip", "deflate-stored-blocks.zip"])
  func decodesEveryBlockType(fixture: String) throws {
    let archive = try ZipArchive(bytes: try SiecleFixtures.bytes("zip/\(fixture)"))
    let entry = try #require(archive.entries.first)
    let data = try archive.extract(entry)
    let expected = try #require(try checksums()["text"])
    #expect(data.count == expected.size)
    #expect(CRC32.checksum(data) == expected.crc)
    #expect(String(decoding: data.prefix(10), as: UTF8.self) == "0;Inès;0\n")
  }

  @Test func decodesLargeMultiBlockAndIncompressibleEntries() throws {
    let archive = try ZipArchive(bytes: try SiecleFixtures.bytes("zip/deflate-large.zip"))
    #expect(archive.entries.map(\.name) == ["large.txt", "noise.bin", "empty.txt"])
    let sums = try checksums()
    for (entry, key) in zip(archive.entries, ["large", "noise"]) {
      let data = try archive.extract(entry)
      let expected = try #require(sums[key])
      #expect(data.count == expected.size)
      #expect(CRC32.checksum(data) == expected.crc)
    }
    #expect(try archive.extract(archive.entries[2]) == [])
  }

  @Test func refusesTheReservedBlockType() {
    #expect(throws: Inflate.Failure.invalidBlockType) { try Inflate.decompress([0x07], outputLimit: 100) }
  }

  @Test func refusesAStoredBlockWhoseLengthsDisagree() {
    #expect(throws: Inflate.Failure.storedLengthMismatch) {
      try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00], outputLimit: 100)
    }
  }

  @Test func reportsATruncatedStream() throws {
    let archive = try ZipArchive(bytes: try SiecleFixtures.bytes("zip/deflate-dynamic.zip"))
    let entry = try #require(archive.entries.first)
    let bytes = try SiecleFixtures.bytes("zip/deflate-dynamic.zip")
    let start = entry.localHeaderOffset + 30 + entry.name.utf8.count
    let cut = bytes[start..<(start + entry.compressedSize / 2)]
    #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress(cut, outputLimit: 1 << 20) }
  }

  @Test func refusesADistanceBeforeTheStart() {
    var writer = BitWriter()
    writer.bits(1, count: 1)  // final block
    writer.bits(1, count: 2)  // fixed Huffman
    writer.code(0b000_0001, length: 7)  // length symbol 257: 3 bytes
    writer.code(0, length: 5)  // distance 1, with nothing decoded yet
    #expect(throws: Inflate.Failure.distanceTooFar) { try Inflate.decompress(writer.bytes[...], outputLimit: 100) }
  }

  @Test func decodesAHandWrittenFixedBlockWithAnOverlappingMatch() throws {
    var writer = BitWriter()
    writer.bits(1, count: 1)
    writer.bits(1, count: 2)
    writer.code(0x30 + Int(UInt8(ascii: "a")), length: 8)  // literal 'a'
    writer.code(0b000_0010, length: 7)  // length symbol 258: 4 bytes
    writer.code(0, length: 5)  // distance 1
    writer.code(0, length: 7)  // end of block
    #expect(try Inflate.decompress(writer.bytes[...], outputLimit: 100) == Array("aaaaa".utf8))
  }

  @Test func stopsAtTheOutputLimit() throws {
    let archive = try ZipArchive(bytes: try SiecleFixtures.bytes("zip/bomb.zip"))
    let entry = try #require(archive.entries.first)
    let bytes = try SiecleFixtures.bytes("zip/bomb.zip")
    let start = entry.localHeaderOffset + 30 + entry.name.utf8.count
    #expect(throws: Inflate.Failure.outputLimitExceeded(limit: 1 << 20)) {
      try Inflate.decompress(bytes[start..<(start + entry.compressedSize)], outputLimit: 1 << 20)
    }
  }
}

/// Writes DEFLATE bits: values least significant bit first, Huffman codes most significant bit first.
private struct BitWriter {
  var bytes: [UInt8] = []
  private var count = 0

  mutating func bits(_ value: Int, count bitCount: Int) {
    for index in 0..<bitCount { append((value >> index) & 1) }
  }

  mutating func code(_ code: Int, length: Int) {
    for index in stride(from: length - 1, through: 0, by: -1) { append((code >> index) & 1) }
  }

  private mutating func append(_ bit: Int) {
    if count % 8 == 0 { bytes.append(0) }
    bytes[bytes.count - 1] |= UInt8(bit << (count % 8))
    count += 1
  }
}
