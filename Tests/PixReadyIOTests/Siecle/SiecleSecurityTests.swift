import PixReadyCore
import PixReadyIO
import Testing

/// XML attacks are refused before the parser sees them; nothing outside the file is ever read.
struct SiecleSecurityTests {
  @Test func refusesAFileLargerThanTheLimitWithoutReadingItAll() {
    // The limit made small: a file over it is refused as a whole file, not as an archive entry.
    let limits = ZipArchive.Limits(
      maximumEntries: 10, maximumUncompressedSize: 1 << 10, maximumRatio: 200, ratioThreshold: 1 << 20)
    let export = SiecleFixtures.read("eleves-iso-8859-15.xml", limits: limits)
    #expect(export.findings.map(\.problem) == [.fileTooLarge(limit: 1 << 10)])
    #expect(export.findings[0].problem.code == "file-too-large")
    let finding = SiecleFinding(.fileTooLarge(limit: 256 << 20), at: SourceLocation(file: "a.xml", line: 0))
    #expect(finding.message(in: .fr).contains("le fichier dépasse 256 Mio ; non lu."))
    #expect(finding.message(in: .en).contains("the file is larger than 256 MiB; not read."))
  }

  @Test func refusesAnEntityExpansionBomb() {
    let export = SiecleFixtures.read("xml-bomb.xml")
    #expect(export.findings.map(\.problem) == [.documentTypeDeclaration])
    #expect(export.uai == nil)
  }

  @Test func refusesAnExternalEntityEvenAfterAComment() {
    let export = SiecleFixtures.read("external-entity.xml")
    #expect(export.findings.map(\.problem) == [.documentTypeDeclaration])
    #expect(
      export.findings[0].message(in: .fr)
        == "déclaration <!DOCTYPE ou <!ENTITY refusée : un export SIECLE n'en contient pas, et c'est ainsi que "
        + "fonctionnent les attaques par entités XML. Téléchargez à nouveau l'export sans le modifier.")
  }

  @Test func refusesADoctypeInsideAZip() throws {
    let bytes = try SiecleFixtures.bytes("siecle/external-entity.xml")
    let zip = try #require(TestZip.stored(name: "ElevesSansAdresses.xml", data: bytes))
    let export = SiecleReader.read(bytes: zip, sourceName: "x.zip")
    #expect(export.findings.map(\.problem) == [.documentTypeDeclaration])
  }

  /// Without a DTD, `&xxe;` names no entity: a parse error, not a file read.
  @Test func reportsAnUndeclaredEntityAsMalformed() {
    let export = SiecleFixtures.read("undeclared-entity.xml")
    #expect(export.findings.first?.problem == .malformedXML(.undeclaredEntity("xxe")))
    #expect(export.findings.first?.location.line == 4)
    #expect(export.uai != "root:x:0:0:root:/root:/bin/bash")
  }

  @Test func refusesAProlongedProlog() {
    let comment = "<!--" + String(repeating: "x", count: 70_000) + "-->"
    let export = SiecleFixtures.read(xml: "<?xml version=\"1.0\"?>\n\(comment)\n<BEE_ELEVES/>")
    #expect(export.findings.map(\.problem) == [.prologTooLong])
  }

  @Test func acceptsPredefinedEntitiesAndCharacterReferences() {
    let xml = SiecleFixtures.xml(
      uai: "A&amp;B&#233;", students: SiecleFixtures.eleve("1", ine: "X1", nom: "D&apos;ARC"),
      structures: SiecleFixtures.division("1", "3A"))
    let export = SiecleFixtures.read(xml: xml)
    #expect(export.uai == "A&Bé")
    #expect(export.students.first?.lastName == "D'ARC")
  }
}

/// Builds a one-entry stored zip in memory.
enum TestZip {
  static func stored(name: String, data: [UInt8]) -> [UInt8]? {
    func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
    let crc = Int(CRC32.checksum(data))
    let nameBytes = Array(name.utf8)
    let common =
      le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc) + le32(data.count) + le32(data.count)
      + le16(nameBytes.count) + le16(0)
    let local = le32(0x0403_4B50) + common + nameBytes + data
    let central =
      le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + nameBytes
    let end =
      le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(central.count) + le32(local.count) + le16(0)
    return local + central + end
  }
}
