import PixReadyIO
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading lines from a file descriptor, as `ask` reads standard input.
struct DescriptorLineSourceTests {
  /// The lines read from a pipe into which `bytes` were written and closed.
  private func lines(_ bytes: [UInt8]) throws -> [String] {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    defer { close(ends[0]) }
    let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    close(ends[1])
    try #require(written == bytes.count)
    var source = DescriptorLineSource(descriptor: ends[0])
    var lines: [String] = []
    while let line = source.nextLine() { lines.append(line) }
    return lines
  }

  @Test func readsLinesWithoutTheirBreaksAndALastLineWithoutOne() throws {
    #expect(try lines(Array("1\noui\r\n\nMédiacentre".utf8)) == ["1", "oui", "", "Médiacentre"])
  }

  @Test func endsAtOnceOnEmptyInput() throws {
    #expect(try lines([]) == [])
  }

  @Test func replacesBytesThatAreNotUTF8() throws {
    #expect(try lines([0x4C, 0xE9, 0x61, 0x0A]) == ["L\u{FFFD}a"])
  }

  @Test func readsLongInputAcrossBufferBoundaries() throws {
    let many = (1...3000).map { "ligne \($0)" }
    #expect(try lines(Array((many.joined(separator: "\n") + "\n").utf8)) == many)
  }
}
