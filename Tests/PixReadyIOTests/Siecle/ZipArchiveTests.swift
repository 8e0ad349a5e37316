import PixReadyIO
import Testing

/// The zip reader: central directory, extraction, and the limits against zip bombs.
struct ZipArchiveTests {
  private func archive(_ name: String, limits: ZipArchive.Limits = .standard) throws -> ZipArchive {
    try ZipArchive(bytes: try SiecleFixtures.bytes(name), limits: limits)
  }

  @Test func listsEntriesWithFolders() throws {
    let entries = try archive("siecle/in-folder.zip").entries
    #expect(entries.map(\.name) == ["Export/", "Export/ElevesSansAdresses.xml"])
    #expect(entries.map(\.isDirectory) == [true, false])
    #expect(entries.map(\.method) == [0, 8])
  }

  @Test func recognisesArchivesByContent() throws {
    #expect(ZipArchive.looksLikeArchive(try SiecleFixtures.bytes("siecle/ElevesSansAdresses.zip")))
    #expect(!ZipArchive.looksLikeArchive(try SiecleFixtures.bytes("siecle/eleves-iso-8859-15.xml")))
    #expect(ZipArchive.looksLikeArchive([0x50, 0x4B, 0x05, 0x06]))
  }

  @Test func refusesATruncatedArchive() throws {
    #expect(throws: ZipArchive.Failure.notAnArchive) { try archive("siecle/broken.zip") }
    #expect(throws: ZipArchive.Failure.notAnArchive) { try ZipArchive(bytes: Array("PK\u{3}\u{4}".utf8)) }
  }

  @Test func refusesAZipBombByRatio() throws {
    let bomb = try archive("zip/bomb.zip")
    let entry = try #require(bomb.entries.first)
    #expect(entry.uncompressedSize == 20 << 20)
    #expect(throws: ZipArchive.Failure.suspiciousRatio(name: "ElevesSansAdresses.xml", ratio: 1029, limit: 200)) {
      try bomb.extract(entry)
    }
  }

  @Test func refusesAnEntryLargerThanTheLimit() throws {
    let limits = ZipArchive.Limits(
      maximumEntries: 10, maximumUncompressedSize: 1 << 20, maximumRatio: 10_000, ratioThreshold: 0)
    let bomb = try archive("zip/bomb.zip", limits: limits)
    let entry = try #require(bomb.entries.first)
    #expect(throws: ZipArchive.Failure.entryTooLarge(name: entry.name, size: 20 << 20, limit: 1 << 20)) {
      try bomb.extract(entry)
    }
  }

  @Test func refusesTooManyEntries() throws {
    let limits = ZipArchive.Limits(
      maximumEntries: 1, maximumUncompressedSize: 1 << 20, maximumRatio: 200, ratioThreshold: 1 << 20)
    #expect(throws: ZipArchive.Failure.tooManyEntries(count: 2, limit: 1)) {
      try archive("siecle/two-xml.zip", limits: limits)
    }
  }

  /// The header says 100 bytes; the data inflates to 1 MiB. Decoding stops at 100.
  @Test func neverInflatesPastTheAnnouncedSize() throws {
    let lying = try archive("zip/lying-size.zip")
    let entry = try #require(lying.entries.first)
    #expect(throws: ZipArchive.Failure.checksumMismatch(name: "ElevesSansAdresses.xml")) { try lying.extract(entry) }
  }

  @Test func detectsCorruptData() throws {
    let corrupt = try archive("zip/corrupt-data.zip")
    let entry = try #require(corrupt.entries.first)
    do {
      _ = try corrupt.extract(entry)
      Issue.record("corrupt data was accepted")
    } catch {
      switch error {
      case .checksumMismatch(let name), .invalidData(let name, _): #expect(name == "a.txt")
      default: Issue.record("unexpected \(error)")
      }
    }
  }

  @Test func refusesEncryptedAndUnsupportedMethods() throws {
    let encrypted = try archive("zip/encrypted.zip")
    #expect(throws: ZipArchive.Failure.encrypted(name: "a.txt")) { try encrypted.extract(encrypted.entries[0]) }
    let bzip2 = try archive("zip/bzip2.zip")
    #expect(throws: ZipArchive.Failure.unsupportedMethod(name: "a.txt", method: 12)) {
      try bzip2.extract(bzip2.entries[0])
    }
  }
}
